/**
 * Parquet uploads: recognised by their magic bytes, read into text cells (readParquetText,
 * hyparquet, as the import worker does), then checked row by row by the long form's checker.
 * DuckDB on Node reads the same files independently, for comparison. Fixtures:
 * tests/fixtures/ingest-parquet/ and tests/fixtures/upload/nieuwe-wijk.parquet, written by
 * scripts/make-ingest-fixtures.ts; the round trip uses the Parquet export itself.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeEngineWithDataset } from '$lib/data/bundled-node';
import type { Engine } from '$lib/data/engine';
import { createNodeEngine } from '$lib/data/engine-node';
import { toParquet } from '$lib/data/export/parquet';
import { dashboardRows } from '$lib/data/export/rows';
import { makeCatalogue } from '$lib/data/ingest/fields';
import { planImport, type ImportFile } from '$lib/data/ingest/import-plan';
import {
	isParquet,
	MAX_PARQUET_ROWS,
	readParquetText,
	startsLikeParquet,
	type ParquetContent
} from '$lib/data/ingest/parquet';
import { ingestParquet } from '$lib/data/ingest/parquet-longform';
import { buildAreaDashboard, buildDatasetMeta } from '$lib/data/model';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { readCsv, readCsvText } from './csv';

const fixture = (path: string) => new Uint8Array(readFileSync(`tests/fixtures/${path}`));
const catalogue = makeCatalogue(
	['GM9999', 'WK999901', 'WK999902', 'WK999903'],
	['woz_value', 'solar_panels_share']
);
const known = {
	areaCodes: readCsv('areas.csv').map((r) => r.code),
	indicatorIds: readCsv('indicators.csv').map((r) => r.id)
};

type Column = Parameters<typeof parquetWriteBuffer>[0]['columnData'][number];
const parquet = (columns: Column[]) =>
	new Uint8Array(parquetWriteBuffer({ columnData: columns, createdBy: 'test' }));

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine('512MB');
});
afterAll(() => engine.close());

const file = (name: string, parquetContent: ParquetContent): ImportFile => ({
	name,
	bytes: new Uint8Array(0),
	parquet: parquetContent
});
const read = readParquetText;
const asTuples = (observations: { area_code: string; year: number; value: number | null }[]) =>
	observations.map((o) => [o.area_code, o.year, o.value]);

describe('recognising a Parquet file', () => {
	it('by PAR1 at its start and its end, whatever it is called', () => {
		const bytes = fixture('upload/nieuwe-wijk.parquet');
		expect(isParquet(bytes)).toBe(true);
		expect(startsLikeParquet(bytes.subarray(0, 4))).toBe(true);
		expect(isParquet(toParquet([]))).toBe(true);
	});

	it('not a CSV, a workbook, a truncated download or a file that only starts like one', () => {
		const bytes = fixture('upload/nieuwe-wijk.parquet');
		expect(isParquet(fixture('upload/nieuwe-wijk.csv'))).toBe(false);
		expect(isParquet(fixture('ingest/xlsx-renamed.csv'))).toBe(false);
		expect(isParquet(fixture('ingest/binary.csv'))).toBe(false);
		expect(isParquet(bytes.subarray(0, bytes.length - 1))).toBe(false);
		expect(isParquet(bytes.subarray(1))).toBe(false);
		expect(isParquet(new TextEncoder().encode('PAR1PAR1'))).toBe(false);
		expect(isParquet(new TextEncoder().encode('PAR1,area_code,year\nPAR1'))).toBe(true);
		expect(isParquet(new Uint8Array(0))).toBe(false);
	});
});

describe('reading a Parquet file as text', () => {
	it('gives every cell as text, nulls as null, in file order', async () => {
		const bytes = parquet([
			{ name: 'a', type: 'STRING', data: ['x', null, 'z'], nullable: true },
			{ name: 'n', type: 'DOUBLE', data: [0.00001, 1e21, -3.25] },
			{ name: 'f', type: 'FLOAT', data: [31.1, 0.5, 1e-3] },
			{ name: 'i', type: 'INT32', data: [2020, 2021, 2022] },
			{ name: 'l', type: 'INT64', data: [1n, -2n, 9007199254740993n] },
			{ name: 'b', type: 'BOOLEAN', data: [true, false, true] }
		]);
		expect(await read(bytes)).toEqual({
			table: {
				columns: ['a', 'n', 'f', 'i', 'l', 'b'],
				rows: [
					['x', '0.00001', '31.1', '2020', '1', 'true'],
					[null, '1e+21', '0.5', '2021', '-2', 'false'],
					['z', '-3.25', '0.001', '2022', '9007199254740993', 'true']
				]
			}
		});
	});

	it('reads the same numbers as DuckDB does, compressed with any codec writers use', async () => {
		const values = [0.1 + 0.2, 1e-7, 123456.789, -0, 2 ** 53, 31.5];
		for (const codec of ['SNAPPY', 'GZIP', 'ZSTD', 'BROTLI', 'UNCOMPRESSED']) {
			// DuckDB writes the file, so hyparquet-writer is not what is read back.
			const path = await engine.outputLocation(`codec-${codec}.parquet`);
			await engine.query(
				`COPY (SELECT unnest(?::DOUBLE[]) AS value) TO '${path}' (FORMAT parquet, COMPRESSION ${codec})`,
				[JSON.stringify(values)]
			);
			const bytes = await engine.takeOutput(path);
			expect(isParquet(bytes)).toBe(true);
			const content = await read(bytes);
			expect(content, codec).toHaveProperty('table');
			const { rows } = (content as { table: { rows: (string | null)[][] } }).table;
			expect(rows.map(([cell]) => Number(cell))).toEqual(values.map((v) => (v === 0 ? 0 : v)));
		}
	});

	it('names the columns as the file does, however they are called', async () => {
		const names = ['"; DROP TABLE observations; --', '__proto__', 'area code', 'jaar'];
		const bytes = parquet(names.map((name, i) => ({ name, type: 'INT32', data: [i] })));
		expect(await read(bytes)).toEqual({ table: { columns: names, rows: [['0', '1', '2', '3']] } });
	});

	it('says why a damaged or truncated file cannot be read', async () => {
		for (const bytes of [
			fixture('ingest-parquet/damaged.parquet'),
			fixture('upload/nieuwe-wijk.parquet').subarray(0, 300)
		]) {
			const content = await read(bytes);
			expect(content).toHaveProperty('unreadable');
			expect((content as { unreadable: string }).unreadable).toMatch(/\S/);
		}
	});
});

describe('a Parquet file’s rows → observations', () => {
	it('reads the long form with typed columns', async () => {
		const content = await read(fixture('upload/nieuwe-wijk.parquet'));
		const result = ingestParquet(
			content,
			makeCatalogue(['GM9999', 'WK999990'], ['woz_value', 'solar_panels_share'])
		);
		expect(result.layout).toBe('long');
		expect(result.problems).toEqual([]);
		const csv = readCsv('../tests/fixtures/upload/nieuwe-wijk.csv');
		expect(
			result.accepted.map((o) => [o.area_code, o.indicator_id, o.year, o.value, o.status])
		).toEqual(
			csv.map((r) => [r.area_code, r.indicator_id, Number(r.year), Number(r.value), undefined])
		);
	});

	it('reports every row problem with its row (first data row = 2) and column', async () => {
		const result = ingestParquet(await read(fixture('ingest-parquet/problems.parquet')), catalogue);
		expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
			[3, 'value', 'number_not_a_number'],
			[4, 'year', 'year_out_of_range'],
			[5, 'area_code', 'area_unknown'],
			[6, 'indicator_id', 'indicator_unknown'],
			[7, 'value', 'observation_conflict'],
			[8, 'value', 'observation_conflict'],
			[9, 'value', 'number_decimal_comma_in_point_file']
		]);
		expect(result.problems[0].params).toEqual({ value: 'abc' });
		expect(result.problems[1].params).toEqual({ value: 1989, min: 1990, max: 2100 });
		expect(result.problems[4].params).toMatchObject({ rows: '7, 8', year: 2022 });
		expect(result.unknownAreas).toEqual(['WK000000']);
		expect(result.unknownIndicators).toEqual(['heat_pumps']);
		expect(result.accepted.map((o) => [o.area_code, o.year, o.value, o.status])).toEqual([
			['WK999901', 2020, 250000, undefined],
			['WK999903', 2021, null, undefined],
			['WK999903', 2022, 270500.5, 'provisional']
		]);
		expect(result.counts).toEqual({ read: 10, accepted: 3, rejected: 7, duplicates: 0 });
	});

	it('refuses a file that is not the long form, naming the missing columns and the file’s own', async () => {
		// `jaar` is the long form's year column in Dutch (as the CSV export writes it).
		const result = ingestParquet(
			await read(fixture('ingest-parquet/wrong-columns.parquet')),
			catalogue
		);
		expect(result.accepted).toEqual([]);
		expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
			[null, 'area_code', 'parquet_column_missing'],
			[null, 'indicator_id', 'parquet_column_missing'],
			[null, 'value', 'parquet_column_missing'],
			[null, 'gebied', 'column_ignored'],
			[null, 'woz', 'column_ignored']
		]);
		expect(result.problems[0].params).toEqual({ columns: 'gebied, jaar, woz' });
	});

	it('refuses a file with more rows than a tab can hold, before unpacking it', async () => {
		const rows = MAX_PARQUET_ROWS + 1;
		// One constant column compresses to almost nothing: the bytes say little about the rows.
		const bytes = parquet([{ name: 'year', type: 'INT32', data: new Int32Array(rows).fill(2020) }]);
		expect(bytes.length).toBeLessThan(1024 * 1024);
		const content = await read(bytes);
		expect(content).toEqual({ tooManyRows: rows, max: MAX_PARQUET_ROWS });
		const result = ingestParquet(content, catalogue);
		expect(result.problems.map((p) => [p.code, p.params])).toEqual([
			['parquet_too_many_rows', { rows, max: MAX_PARQUET_ROWS }]
		]);
	});

	it('refuses a damaged file and one without rows as a whole', async () => {
		const damaged = ingestParquet(await read(fixture('ingest-parquet/damaged.parquet')), catalogue);
		expect(damaged.problems.map((p) => p.code)).toEqual(['parquet_unreadable']);
		const empty = ingestParquet(await read(toParquet([])), catalogue);
		expect(empty.problems.map((p) => p.code)).toEqual(['parquet_no_rows']);
	});

	it('reads a value column of whole numbers typed as text, and refuses what is no number', () => {
		const content: ParquetContent = {
			table: {
				columns: ['area_code', 'indicator_id', 'year', 'value'],
				rows: [
					['WK999901', 'woz_value', '2020', '1,500'],
					['WK999901', 'woz_value', '2021', '1,234,567'],
					['WK999901', 'woz_value', '2022', 'nan'],
					['WK999901', 'woz_value', '2023', 'inf'],
					['WK999901', 'woz_value', '2020.0', '1']
				]
			}
		};
		const result = ingestParquet(content, catalogue);
		expect(asTuples(result.accepted)).toEqual([
			['WK999901', 2020, 1500],
			['WK999901', 2021, 1234567]
		]);
		expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
			[4, 'value', 'number_not_a_number'],
			[5, 'value', 'number_not_a_number'],
			[6, 'year', 'year_invalid']
		]);
	});
});

describe('a Parquet file in the import plan', () => {
	it('takes the same path as a CSV: areas.csv beside it, unknown codes offered and added', async () => {
		const content = await read(fixture('upload/nieuwe-wijk.parquet'));
		const alone = planImport([file('gegevens.bin', content)], known);
		expect(alone.files[0]).toMatchObject({
			kind: 'observations',
			format: 'parquet',
			layout: 'long',
			refused: false
		});
		expect(alone.unknownAreas).toEqual(['WK999990']);
		expect(alone.summary.observations).toBe(1);

		const areas: ImportFile = { name: 'areas.csv', bytes: fixture('upload/areas.csv') };
		const withAreas = planImport([file('gegevens.bin', content), areas], known);
		expect(withAreas.unknownAreas).toEqual([]);
		expect(withAreas.files.map((f) => [f.name, f.format])).toEqual([
			['areas.csv', 'csv'],
			['gegevens.bin', 'parquet']
		]);
		expect(withAreas.summary).toMatchObject({
			observations: 5,
			newAreas: 1,
			years: [2021, 2022, 2023]
		});
		expect(readCsvText(withAreas.tables.observations!).map((r) => r.value)).toEqual([
			'301000',
			'315500',
			'322000',
			'31.5',
			'999999'
		]);

		const problems = await read(fixture('ingest-parquet/problems.parquet'));
		const added = planImport([file('p.parquet', problems)], known, {
			areas: [{ code: 'WK000000', name: 'Nieuw', level: 'wijk', parent_code: 'GM9999' }],
			indicators: [
				{
					id: 'heat_pumps',
					theme: 'planet',
					label_nl: 'Warmtepompen',
					label_en: 'Heat pumps',
					unit: 'aantal',
					direction: 'up',
					decimals: 0,
					source: '',
					description_nl: '',
					description_en: ''
				}
			]
		});
		expect(added.unknownAreas).toEqual([]);
		expect(added.unknownIndicators).toEqual([]);
		expect(added.files[0].problems.map((p) => p.code)).not.toContain('area_unknown');
		expect(added.summary.observations).toBe(5);
	});

	it('a damaged Parquet beside a good CSV costs only itself', async () => {
		const plan = planImport(
			[
				file('kapot.parquet', await read(fixture('ingest-parquet/damaged.parquet'))),
				{ name: 'valid.csv', bytes: fixture('ingest/valid-long.csv') }
			],
			known
		);
		expect(plan.files.map((f) => [f.name, f.refused])).toEqual([
			['kapot.parquet', true],
			['valid.csv', false]
		]);
		expect(plan.summary.observations).toBeGreaterThan(0);
	});
});

describe('round trip through the Parquet export', () => {
	it('a wijk page exported as Parquet imports back as the same figures', async () => {
		const data = await openNodeEngineWithDataset('data');
		try {
			const meta = await buildDatasetMeta(data, true);
			const dashboard = await buildAreaDashboard(data, meta, 'WK999901');
			const rows = dashboardRows(dashboard!, meta.indicators, 'en');
			const plan = planImport([file('export.parquet', await read(toParquet(rows)))], known);
			const report = plan.files[0];
			expect(report.refused).toBe(false);
			expect(report.problems.map((p) => p.code)).toEqual([
				'column_ignored',
				'column_ignored',
				'column_ignored'
			]);
			expect(report.problems.map((p) => p.column)).toEqual([
				'area_name',
				'indicator_label',
				'unit'
			]);
			expect(report.counts.accepted).toBe(rows.length);
			const back = readCsvText(plan.tables.observations!);
			expect(
				back.map((r) => [r.area_code, r.indicator_id, Number(r.year), r.value, r.status])
			).toEqual(
				rows.map((r) => [
					r.area_code,
					r.indicator_id,
					r.year,
					r.value === null ? '' : String(r.value),
					r.status ?? ''
				])
			);
		} finally {
			await data.close();
		}
	});
});
