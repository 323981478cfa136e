// IndexedDB does not exist in Node: fake-indexeddb implements it in memory, to the spec.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	closeStore,
	getSetting,
	listDatasets,
	removeDataset,
	saveDataset,
	setSetting,
	StoreError,
	type StoredDataset
} from '$lib/data/store';

const dataset = (id: string, addedAt: string): StoredDataset => ({
	id,
	name: `${id}.csv`,
	files: [`${id}.csv`],
	addedAt,
	summary: {
		observations: 1,
		years: [2023],
		areaCodes: ['WK999990'],
		indicatorIds: ['woz_value'],
		newAreas: 0,
		newIndicators: 0,
		targets: 0
	},
	tables: {
		observations: new TextEncoder().encode(
			'area_code,indicator_id,year,value\nWK999990,woz_value,2023,1\n'
		)
	}
});

afterEach(() => {
	closeStore();
	globalThis.indexedDB = new IDBFactory();
});

describe('store', () => {
	it('keeps datasets, bytes included, in the order they were added', async () => {
		await saveDataset(dataset('b', '2026-11-23T10:00:01.000Z'));
		await saveDataset(dataset('a', '2026-11-23T10:00:00.000Z'));
		closeStore(); // as after a reload: a new connection reads what was committed
		const stored = await listDatasets();
		expect(stored.map((d) => d.id)).toEqual(['a', 'b']);
		expect(new TextDecoder().decode(stored[0].tables.observations as Uint8Array)).toContain(
			'WK999990,woz_value,2023,1'
		);
		await removeDataset('a');
		expect((await listDatasets()).map((d) => d.id)).toEqual(['b']);
	});

	it('keeps settings, with a fallback for one never set', async () => {
		expect(await getSetting('hideDemo', false)).toBe(false);
		await setSetting('hideDemo', true);
		closeStore();
		expect(await getSetting('hideDemo', false)).toBe(true);
	});

	it('writes with strict durability', async () => {
		const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
		await setSetting('x', 1);
		expect(spy.mock.calls.some((c) => c[1] === 'readwrite' && c[2]?.durability === 'strict')).toBe(
			true
		);
		spy.mockRestore();
	});

	it('reports a full quota as such', async () => {
		const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		const error = await saveDataset(dataset('c', '2026-11-23T10:00:00.000Z')).catch((e) => e);
		put.mockRestore();
		expect(error).toBeInstanceOf(StoreError);
		expect((error as StoreError).reason).toBe('quota');
	});
});
