// IndexedDB does not exist in Node: fake-indexeddb implements it in memory, to the spec.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	closeStore,
	DATABASE_NAME,
	deleteRecord,
	getSetting,
	listDatasets,
	listBoundaries,
	listInterventions,
	listTargets,
	removeBoundaries,
	saveBoundaries,
	type StoredBoundaries,
	putRecord,
	type StoredIntervention,
	type StoredTarget,
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

	it('keeps interventions in the order made, over a new connection, and deletes one', async () => {
		const intervention = (id: string, createdAt: string): StoredIntervention => ({
			id,
			area_code: 'WK999902',
			year: 2019,
			month: null,
			title: `Interventie ${id}`,
			description: '',
			indicator_ids: 'solar_panels_share',
			createdAt,
			updatedAt: createdAt
		});
		await putRecord('interventions', intervention('later', '2026-02-01T00:00:00Z'));
		await putRecord('interventions', intervention('first', '2026-01-01T00:00:00Z'));
		closeStore();
		expect((await listInterventions()).map((i) => i.id)).toEqual(['first', 'later']);
		expect((await listInterventions())[0]).toEqual(intervention('first', '2026-01-01T00:00:00Z'));
		await deleteRecord('interventions', 'first');
		expect((await listInterventions()).map((i) => i.id)).toEqual(['later']);
	});

	it('opening a database of the previous schema adds the interventions and keeps the targets', async () => {
		const target: StoredTarget = {
			id: 't1',
			area_code: 'WK999902',
			indicator_id: 'solar_panels_share',
			baseline_year: 2019,
			target_year: 2030,
			target_value: 60,
			agreement: 'A',
			parties: '',
			createdAt: '2026-01-01T00:00:00Z',
			updatedAt: '2026-01-01T00:00:00Z'
		};
		// Schema 2 as an earlier release created it: datasets, settings, targets.
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open(DATABASE_NAME, 2);
			request.onupgradeneeded = () => {
				const db = request.result;
				db.createObjectStore('datasets', { keyPath: 'id' });
				db.createObjectStore('settings', { keyPath: 'key' });
				db.createObjectStore('targets', { keyPath: 'id' }).put(target);
			};
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
			request.onerror = () => reject(request.error);
		});
		expect(await listTargets()).toEqual([target]);
		expect(await listInterventions()).toEqual([]);
	});

	it('opening a schema-3 database adds the boundaries store and keeps the interventions', async () => {
		const intervention = {
			id: 'i1',
			area_code: 'WK999902',
			year: 2019,
			month: null,
			title: 'Zonnepanelen',
			description: '',
			indicator_ids: [],
			createdAt: '2026-01-01T00:00:00Z',
			updatedAt: '2026-01-01T00:00:00Z'
		};
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open(DATABASE_NAME, 3);
			request.onupgradeneeded = () => {
				const db = request.result;
				db.createObjectStore('datasets', { keyPath: 'id' });
				db.createObjectStore('settings', { keyPath: 'key' });
				db.createObjectStore('targets', { keyPath: 'id' });
				db.createObjectStore('interventions', { keyPath: 'id' }).put(intervention);
			};
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
			request.onerror = () => reject(request.error);
		});
		expect(await listInterventions()).toEqual([intervention]);
		expect(await listBoundaries()).toEqual([]);
	});

	it('keeps boundary uploads, shapes included, in the order added, and removes one', async () => {
		const upload = (id: string, addedAt: string): StoredBoundaries => ({
			id,
			name: `${id}.geojson`,
			addedAt,
			format: 'geojson',
			system: 'rd-new',
			features: 1,
			shapes: [
				{
					type: 'Feature',
					properties: { code: 'WK999801' },
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[3.7, 53.4],
								[3.8, 53.4],
								[3.8, 53.3],
								[3.7, 53.4]
							]
						]
					}
				}
			]
		});
		await saveBoundaries(upload('later', '2026-11-23T10:00:00.000Z'));
		await saveBoundaries(upload('first', '2026-11-22T10:00:00.000Z'));
		closeStore();
		const kept = await listBoundaries();
		expect(kept.map((b) => b.id)).toEqual(['first', 'later']);
		expect(kept[0]).toEqual(upload('first', '2026-11-22T10:00:00.000Z'));
		await removeBoundaries('first');
		expect((await listBoundaries()).map((b) => b.id)).toEqual(['later']);
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
