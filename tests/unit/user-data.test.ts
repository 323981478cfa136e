/**
 * Adding a stored dataset to the engine: straight into the table when it is about new areas only,
 * replacing figures when it is about areas already there, and not at all when the store failed to
 * keep it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNodeEngineWithDataset } from '$lib/data/bundled-node';
import type { Engine } from '$lib/data/engine';
import { planImport } from '$lib/data/ingest/import-plan';
import { listAreas, observationsForAreas } from '$lib/data/queries';
import type { StoredDataset } from '$lib/data/store';
import { addDatasetToEngine, type FreshTables } from '$lib/data/user-data';
import { readCsv } from './csv';

const bytes = (text: string) => new TextEncoder().encode(text);
const known = {
	areaCodes: readCsv('areas.csv').map((r) => r.code),
	indicatorIds: readCsv('indicators.csv').map((r) => r.id)
};

function datasetOf(files: Record<string, string>): { dataset: StoredDataset; fresh: FreshTables } {
	const plan = planImport(
		Object.entries(files).map(([name, text]) => ({ name, bytes: bytes(text) })),
		known
	);
	const fresh: FreshTables = Object.fromEntries(
		Object.entries(plan.tables).map(([table, csv]) => [table, bytes(csv)])
	);
	const dataset: StoredDataset = {
		id: 'test',
		name: 'test',
		files: Object.keys(files),
		addedAt: '2026-12-03T00:00:00Z',
		summary: plan.summary,
		// What the store would read back; `fresh` is what the import hands over.
		tables: Object.fromEntries(Object.entries(fresh).map(([t, b]) => [t, b.slice()]))
	};
	return { dataset, fresh };
}

const count = async (engine: Engine) =>
	(await engine.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM observations'))[0].n;

describe('addDatasetToEngine', () => {
	let engine: Engine;
	beforeEach(async () => {
		engine = await openNodeEngineWithDataset('data');
	});
	afterEach(() => engine.close());

	const newWijk = {
		'areas.csv': 'code,name,level,parent_code\nWK999991,Nieuw Noord,wijk,GM9999\n',
		'nieuw.csv':
			'area_code,indicator_id,year,value\nWK999991,woz_value,2022,301000\nWK999991,woz_value,2023,\n'
	};

	it('adds a dataset about new areas only', async () => {
		const before = await count(engine);
		const { dataset, fresh } = datasetOf(newWijk);
		await addDatasetToEngine(engine, dataset, fresh);
		expect(await count(engine)).toBe(before + 2);
		const rows = await observationsForAreas(engine, 'WK999991', null);
		expect(rows.map((r) => [r.year, r.value])).toEqual([
			[2022, 301000],
			[2023, null]
		]);
	});

	it('replaces the figures of areas already there and keeps each key once', async () => {
		const before = await count(engine);
		const { dataset, fresh } = datasetOf({
			'eigen.csv': 'area_code,indicator_id,year,value\nWK999901,woz_value,2021,1234\n'
		});
		await addDatasetToEngine(engine, dataset, fresh);
		expect(await count(engine)).toBe(before);
		const woz = (await observationsForAreas(engine, 'WK999901', null)).filter(
			(r) => r.indicator_id === 'woz_value' && r.year === 2021
		);
		expect(woz).toMatchObject([{ value: 1234 }]);
	});

	it('reads the stored tables when no fresh bytes are given', async () => {
		const { dataset } = datasetOf(newWijk);
		await addDatasetToEngine(engine, dataset);
		expect((await observationsForAreas(engine, 'WK999991', null)).length).toBe(2);
	});

	it('changes nothing when the store fails to keep the dataset', async () => {
		const before = await count(engine);
		const areas = (await listAreas(engine)).length;
		const { dataset, fresh } = datasetOf(newWijk);
		const refused = Promise.reject(new DOMException('full', 'QuotaExceededError'));
		refused.catch(() => {});
		await expect(addDatasetToEngine(engine, dataset, fresh, refused)).rejects.toThrow('full');
		expect(await count(engine)).toBe(before);
		expect(await listAreas(engine)).toHaveLength(areas);
	});
});
