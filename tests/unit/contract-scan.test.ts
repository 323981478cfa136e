/**
 * The fast lane for files that are contract CSV already (contract-scan.ts) may only ever say
 * "clean": whenever it takes a file, the full reading must accept every row with no problem, and
 * DuckDB, reading the unchanged text with the contract's settings, must get the values the full
 * reading got. Generated files mix clean rows with every kind of cell the full reading refuses or
 * rewrites.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '$lib/data/engine-node';
import type { Engine } from '$lib/data/engine';
import { scanContractObservations } from '$lib/data/ingest/contract-scan';
import { detectDialect } from '$lib/data/ingest/dialect';
import { makeCatalogue } from '$lib/data/ingest/fields';
import { assembleBytes } from '$lib/data/ingest/as-written';
import { planImport } from '$lib/data/ingest/import-plan';
import { parseLongForm } from '$lib/data/ingest/longform';
import { insertContractRows, loadContractTables } from '$lib/data/queries';

const catalogue = makeCatalogue(['WK01', 'WK02', 'GM01'], ['woz_value', 'solar_panels_share']);
const known = { areaCodes: [...catalogue.areaCodes], indicatorIds: [...catalogue.indicatorIds] };
const HEADER = 'area_code,indicator_id,year,value';
const bytes = (text: string) => new TextEncoder().encode(text);

function fullReading(text: string) {
	const { dialect } = detectDialect(text);
	return parseLongForm(text, dialect!, catalogue);
}

describe('scanContractObservations', () => {
	const clean = `${HEADER}\nWK01,woz_value,2020,250000\nWK01,woz_value,2021,\nWK02,solar_panels_share,2021,31.40\nGM01,woz_value,2021,-3.5\n`;

	it('takes a clean file and finds what the full reading finds', () => {
		const scan = scanContractObservations(clean, catalogue)!;
		expect(fullReading(clean).problems).toEqual([]);
		expect(scan).toMatchObject({ rows: 4, provisional: 0, years: [2020, 2021], irregular: [] });
		expect([...scan.areaFirstLine]).toEqual([
			['WK01', 2],
			['WK02', 4],
			['GM01', 5]
		]);
		expect([...scan.indicatorFirstLine]).toEqual([
			['woz_value', 2],
			['solar_panels_share', 4]
		]);
	});

	it('leaves the lines it cannot vouch for to the full reading, and takes the rest', () => {
		const text = `${HEADER}\nWK01,woz_value,2020,1\nWK01 ,woz_value,2021,2\n\nWK02,woz_value,2021,3\n`;
		const scan = scanContractObservations(text, catalogue)!;
		expect(scan.rows).toBe(2);
		expect(scan.irregular.map((l) => [l.line, text.slice(l.start, l.end)])).toEqual([
			[3, 'WK01 ,woz_value,2021,2\n'],
			[4, '\n']
		]);
	});

	it('takes a file with CRLF line ends, as Excel writes them', () => {
		const text = clean.replaceAll('\n', '\r\n');
		expect(scanContractObservations(text, catalogue)).toEqual(
			scanContractObservations(clean, catalogue)
		);
	});

	it('takes the status column in the contract’s words', () => {
		const text = `${HEADER},status\nWK01,woz_value,2020,1,provisional\nWK01,woz_value,2021,,secret\nWK02,woz_value,2021,2,\n`;
		expect(scanContractObservations(text, catalogue)).toMatchObject({ rows: 3, provisional: 1 });
	});

	it.each([
		['a padded code', 'WK01 ,woz_value,2020,1'],
		['an unknown area', 'WK99,woz_value,2020,1'],
		['an unknown indicator', 'WK01,x,2020,1'],
		['an empty area', ',woz_value,2020,1'],
		['a blank line', 'WK01,woz_value,2020,1\n\nWK01,woz_value,2021,1'],
		['a provisional year', 'WK01,woz_value,2020*,1'],
		['a two-digit year', 'WK01,woz_value,20,1'],
		['a year out of range', 'WK01,woz_value,1890,1'],
		['a negative zero', 'WK01,woz_value,2020,-0.0'],
		['a CBS sentinel', 'WK01,woz_value,2020,-99997'],
		['an exponent', 'WK01,woz_value,2020,1e3'],
		['a plus sign', 'WK01,woz_value,2020,+5'],
		['a padded value', 'WK01,woz_value,2020, 5'],
		['a decimal comma', 'WK01,woz_value,2020,3;5'],
		['a half number', 'WK01,woz_value,2020,5.'],
		['a secret dot', 'WK01,woz_value,2020,.'],
		['a ragged row', 'WK01,woz_value,2020,1,2'],
		['a short row', 'WK01,woz_value,2020']
	])('gives %s to the full reading', (_, row) => {
		const text = `${HEADER}\nGM01,woz_value,2000,1\n${row}\n`;
		const scan = scanContractObservations(text, catalogue);
		if (row.includes('\n')) expect(scan?.irregular ?? []).not.toEqual([]);
		else expect(scan!.irregular.map((l) => l.line)).toEqual([3]);
	});

	it('gives a file with a key twice among its clean rows to the full reading', () => {
		const text = `${HEADER}\nWK01,woz_value,2020,1\nWK01,woz_value,2020,1\n`;
		expect(scanContractObservations(text, catalogue)).toBeNull();
	});

	it.each([
		['mixed line ends', `${HEADER}\r\nWK01,woz_value,2020,1\nWK01,woz_value,2021,1\r\n`],
		['a lone CR', `${HEADER}\nWK01,woz_value,2020,1\r\rWK02\n`],
		['quotes', `${HEADER}\n"WK01",woz_value,2020,1\n`],
		['no final newline', `${HEADER}\nWK01,woz_value,2020,1`],
		['only a header', `${HEADER}\n`],
		['another column order', 'indicator_id,area_code,year,value\nwoz_value,WK01,2020,1\n'],
		['a Dutch status', `${HEADER},status\nWK01,woz_value,2020,1,voorlopig\n`],
		['a secret with a value', `${HEADER},status\nWK01,woz_value,2020,1,secret\n`],
		['a provisional without one', `${HEADER},status\nWK01,woz_value,2020,,provisional\n`]
	])('gives a file with %s to the full reading', (_, text) => {
		expect(scanContractObservations(text, catalogue)).toBeNull();
	});
});

describe('planImport with a file that is contract CSV already', () => {
	it('keeps its text and names the file whose bytes it is', () => {
		const text = `${HEADER}\nWK01,woz_value,2020,250000.0\nWK02,woz_value,2020,1\n`;
		const plan = planImport([{ name: 'x.csv', bytes: bytes(`\ufeff${text}`) }], known);
		expect(plan.tables.observations).toBe(text);
		expect(plan.observationsBytes).toEqual({ file: 0, keep: [[3, 3 + text.length]], appended: '' });
		expect(plan.files[0]).toMatchObject({
			layout: 'long',
			encoding: 'utf-8',
			counts: { read: 2, accepted: 2, rejected: 0, duplicates: 0 },
			problemCount: 0
		});
		expect(plan.summary).toMatchObject({ observations: 2, years: [2020] });
	});

	it('writes out only the rows of the lines the full reading took', () => {
		const text = `${HEADER}\nWK01,woz_value,2020,1\nWK01 ,woz_value,2021,2\nWK02,woz_value,2020,x\n`;
		const plan = planImport([{ name: 'x.csv', bytes: bytes(text) }], known);
		expect(plan.tables.observations).toBe(
			`${HEADER}\nWK01,woz_value,2020,1\nWK01,woz_value,2021,2\n`
		);
		expect(plan.observationsBytes).toEqual({
			file: 0,
			keep: [[0, HEADER.length + 1 + 22]],
			appended: 'WK01,woz_value,2021,2\n'
		});
		expect(plan.files[0].problems.map((p) => [p.code, p.row])).toEqual([
			['codes_trimmed', null],
			['number_not_a_number', 4]
		]);
		expect(plan.files[0].counts).toEqual({ read: 3, accepted: 2, rejected: 1, duplicates: 0 });
	});

	it('writes them out again when two observation files join', () => {
		const one = bytes(`${HEADER}\nWK01,woz_value,2020,1\n`);
		const two = bytes(`${HEADER}\nWK02,woz_value,2020,2\n`);
		const plan = planImport(
			[
				{ name: 'a.csv', bytes: one },
				{ name: 'b.csv', bytes: two }
			],
			known
		);
		expect(plan.observationsBytes).toBeNull();
		expect(plan.summary.observations).toBe(2);
	});
});

describe('the fast lane against the full reading', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await createNodeEngine();
		await loadContractTables(engine, () => null);
	});
	afterAll(() => engine.close());

	/** Mostly clean cells, so that the scan takes many files; now and then one it must not. */
	const mostly = <T>(clean: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) =>
		fc.oneof({ weight: 12, arbitrary: clean }, { weight: 1, arbitrary: odd });
	const area = mostly(
		fc.constantFrom('WK01', 'WK02', 'GM01'),
		fc.constantFrom(' WK01', 'WK99', '')
	);
	const indicator = mostly(fc.constantFrom('woz_value', 'solar_panels_share'), fc.constant('x'));
	const year = mostly(
		fc.integer({ min: 1990, max: 2100 }).map(String),
		fc.constantFrom('2023*', '1890', '20', '02020')
	);
	const value = mostly(
		fc.oneof(
			fc.constant(''),
			fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
			fc.integer().map(String),
			fc
				.tuple(fc.integer({ min: -99999, max: 99999 }), fc.nat({ max: 999 }))
				.map(([i, f]) => `${i}.${String(f).padStart(3, '0')}`)
		),
		fc.constantFrom('0', '-0', '-0.00', '007', '1e3', '+5', '.', '-99997', '3,5', ' 4', '5.')
	);
	const status = mostly(fc.constant(''), fc.constantFrom('provisional', 'secret', 'voorlopig'));
	const row = fc.tuple(area, indicator, year, value, status);

	/** A contract table's rows as DuckDB reads them, sorted: what the engine would hold. */
	async function loaded(csv: string, name: string) {
		await engine.query('DELETE FROM observations');
		await insertContractRows(engine, 'observations', await engine.registerFile(name, bytes(csv)), {
			newAreasOnly: true
		});
		return engine.query(
			'SELECT area_code, indicator_id, year, value, status FROM observations ORDER BY ALL'
		);
	}

	it('gives the same plan as the full reading, and DuckDB the same rows', async () => {
		let fast = 0;
		let partly = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.array(row, { minLength: 1, maxLength: 8 }),
				fc.boolean(),
				fc.boolean(),
				async (rows, withStatus, crlf) => {
					const header = withStatus ? `${HEADER},status` : HEADER;
					const lines = rows.map((r) => (withStatus ? r : r.slice(0, 4)).join(','));
					const newline = crlf ? '\r\n' : '\n';
					const text = `${header}${newline}${lines.join(newline)}${newline}`;
					const files = [{ name: 'x.csv', bytes: bytes(text) }];
					const plan = planImport(files, known);
					const full = planImport(files, known, undefined, { fastLane: false });
					if (!plan.observationsBytes) return;
					fast++;
					if (plan.observationsBytes.appended !== '' || plan.files[0].problemCount > 0) partly++;
					expect(plan.files).toEqual(full.files);
					expect(plan.summary).toEqual(full.summary);
					expect([plan.unknownAreas, plan.unknownIndicators]).toEqual([
						full.unknownAreas,
						full.unknownIndicators
					]);
					// The worker's bytes are the table's text.
					const assembled = assembleBytes(files[0].bytes, plan.observationsBytes);
					expect(new TextDecoder().decode(assembled)).toBe(plan.tables.observations);
					if (full.tables.observations === undefined) return;
					expect(await loaded(plan.tables.observations!, `fast-${fast}.csv`)).toEqual(
						await loaded(full.tables.observations, `full-${fast}.csv`)
					);
				}
			),
			{ numRuns: 500 }
		);
		// The generator must reach both cases of the fast lane often enough to mean something.
		expect(fast).toBeGreaterThan(50);
		expect(partly).toBeGreaterThan(20);
	});
});
