/**
 * Parquet export: the rows of an area's page (built from the bundled data on the Node engine),
 * written by toParquet and read back by an independent DuckDB instance.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeEngineWithDataset } from '$lib/data/bundled-node';
import type { Engine } from '$lib/data/engine';
import { createNodeEngine } from '$lib/data/engine-node';
import { toParquet } from '$lib/data/export/parquet';
import { dashboardRows, type ExportRow } from '$lib/data/export/rows';
import { buildAreaDashboard, buildDatasetMeta } from '$lib/data/model';
import { observationValue, readCsv } from './csv';

let engine: Engine;
let reader: Engine;
beforeAll(async () => {
	engine = await openNodeEngineWithDataset('data');
	reader = await createNodeEngine();
});
afterAll(async () => {
	await engine.close();
	await reader.close();
});

function saved(bytes: Uint8Array): string {
	const path = join(mkdtempSync(join(tmpdir(), 'parquet-')), 'export.parquet');
	writeFileSync(path, bytes);
	return path;
}

function readBack(bytes: Uint8Array): Promise<ExportRow[]> {
	return reader.query<ExportRow>(`SELECT * FROM read_parquet('${saved(bytes)}')`);
}

describe('Parquet export', () => {
	it('writes the rows of a wijk page, which read back identical, in order', async () => {
		const meta = await buildDatasetMeta(engine, true);
		const dashboard = await buildAreaDashboard(engine, meta, 'WK999901');
		const rows = dashboardRows(dashboard!, meta.indicators, 'nl');
		expect(rows.length).toBeGreaterThan(200);
		const bytes = toParquet(rows);
		expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('PAR1');
		const back = await readBack(bytes);
		expect(back).toEqual(rows);

		// And the values are the bundled data's, gaps as nulls.
		const observations = readCsv('observations.csv');
		for (const r of back.filter((_, i) => i % 17 === 0)) {
			expect(r.value).toBe(
				observationValue(observations, r.area_code, r.indicator_id, r.year) ?? null
			);
		}
	});

	it('keeps any text intact (quotes, separators, formulas) and types year and value', async () => {
		const rows: ExportRow[] = [
			{
				area_code: "GM'; DROP TABLE areas; --",
				area_name: '=cmd|" /C calc"!A0, "x"',
				indicator_id: 'woz_value',
				indicator_label: 'Ëën\nregel',
				unit: '€',
				year: 2020,
				value: -3.2,
				status: 'provisional'
			},
			{ ...rowsTemplate(), year: 2021, value: null, status: 'secret' }
		];
		const back = await readBack(toParquet(rows));
		expect(back).toEqual(rows);
		const columns = await reader.query<{ column_name: string; column_type: string }>(
			`DESCRIBE SELECT * FROM read_parquet('${saved(toParquet(rows))}')`
		);
		expect(columns.map((c) => [c.column_name, c.column_type])).toEqual([
			['area_code', 'VARCHAR'],
			['area_name', 'VARCHAR'],
			['indicator_id', 'VARCHAR'],
			['indicator_label', 'VARCHAR'],
			['unit', 'VARCHAR'],
			['year', 'INTEGER'],
			['value', 'DOUBLE'],
			['status', 'VARCHAR']
		]);
	});
});

function rowsTemplate(): ExportRow {
	return {
		area_code: 'WK999901',
		area_name: 'Centrum',
		indicator_id: 'woz_value',
		indicator_label: 'WOZ',
		unit: '€',
		year: 2020,
		value: 1,
		status: null
	};
}
