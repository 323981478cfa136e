import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNodeEngineWithDataset } from '$lib/data/bundled-node';
import type { Engine } from '$lib/data/engine';
import { areaFromCode } from '$lib/data/ingest/contract-file';
import { planImport, type ImportFile } from '$lib/data/ingest/import-plan';
import {
	insertContractRows,
	inTransaction,
	listAreas,
	listIndicators,
	observationsForAreas
} from '$lib/data/queries';
import { readCsv, readCsvText } from './csv';

const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string): ImportFile => ({
	name,
	bytes: new Uint8Array(readFileSync(`tests/fixtures/upload/${name}`))
});
const known = {
	areaCodes: readCsv('areas.csv').map((r) => r.code),
	indicatorIds: readCsv('indicators.csv').map((r) => r.id)
};

describe('planImport', () => {
	it('adds the areas a CBS file describes, so that its figures have a dashboard', () => {
		// The fixture with codes no catalogue knows: a gemeente, two wijken and a buurt.
		const text = readFileSync('tests/fixtures/ingest/cbs-kwb-2021.csv', 'utf8')
			.replaceAll('GM9999', 'GM0777')
			.replaceAll('WK9999', 'WK0777')
			.replaceAll('BU9999', 'BU0777')
			.replaceAll('Voorbeeldstad', 'Zevenstad');
		const plan = planImport([{ name: 'kwb-2021.csv', bytes: bytes(text) }], known);
		expect(plan.summary.newAreas).toBe(4);
		expect(plan.unknownAreas).toEqual([]);
		const areas = readCsvText(plan.tables.areas!);
		expect(areas.map((a) => [a.code, a.name, a.level, a.parent_code])).toEqual([
			['GM0777', 'Zevenstad', 'gemeente', ''],
			['WK077701', 'Wijk 01 Centrum', 'wijk', 'GM0777'],
			['BU07770101', 'Binnenstad', 'buurt', 'WK077701'],
			['WK077702', 'Wijk 02 Noord', 'wijk', 'GM0777']
		]);
		const known2 = planImport([{ name: 'kwb-2021.csv', bytes: bytes(text) }], {
			...known,
			areaCodes: [...known.areaCodes, 'GM0777', 'WK077701', 'BU07770101', 'WK077702']
		});
		expect(known2.summary.newAreas).toBe(0);
	});

	it('reads the year of a CBS file from its file name, as CBS names its downloads', () => {
		const cbs: ImportFile = {
			name: 'cbs-kwb-2021.csv',
			bytes: new Uint8Array(readFileSync('tests/fixtures/ingest/cbs-kwb-2021.csv'))
		};
		const plan = planImport([cbs], known);
		expect(plan.files[0]).toMatchObject({ layout: 'cbs', refused: false });
		expect(plan.files[0].problems.map((p) => p.code)).toContain('cbs_year_from_file_name');
		expect(plan.summary.years).toEqual([2021]);
		expect(plan.summary.observations).toBeGreaterThan(0);
	});

	it('lets observations use the areas of an areas.csv in the same drop, whatever the order', () => {
		const plan = planImport([fixture('nieuwe-wijk.csv'), fixture('areas.csv')], known);
		expect(plan.files.map((f) => [f.name, f.kind])).toEqual([
			['areas.csv', 'areas'],
			['nieuwe-wijk.csv', 'observations']
		]);
		expect(plan.files.every((f) => f.problemCount === 0)).toBe(true);
		expect(plan.summary).toMatchObject({
			observations: 5,
			years: [2021, 2022, 2023],
			areaCodes: ['WK999990', 'GM9999'],
			newAreas: 1
		});
		expect(plan.tables.areas).toBe(
			'code,name,level,parent_code\nWK999990,Nieuwbouw Oost,wijk,GM9999\n'
		);
	});

	it('reports an unknown area with its row and column, and offers it for adding', () => {
		const plan = planImport([fixture('nieuwe-wijk.csv')], known);
		const [file] = plan.files;
		expect(file.counts).toMatchObject({ read: 5, accepted: 1, rejected: 4 });
		expect(file.problems.map((p) => [p.code, p.row, p.column])).toEqual([
			['area_unknown', 2, 'area_code'],
			['area_unknown', 3, 'area_code'],
			['area_unknown', 4, 'area_code'],
			['area_unknown', 5, 'area_code']
		]);
		expect(plan.unknownAreas).toEqual(['WK999990']);
		const added = planImport([fixture('nieuwe-wijk.csv')], known, {
			areas: [areaFromCode('WK999990')],
			indicators: []
		});
		expect(added.summary.observations).toBe(5);
		expect(added.unknownAreas).toEqual([]);
	});

	it('adds an unknown indicator the user describes, in long and wide files', () => {
		const long = bytes('area_code,indicator_id,year,value\nWK999902,heat_pumps,2023,12\n');
		const wide = bytes('code,jaar,Warmtepompen\nWK999902,2024,15\n');
		const files = [
			{ name: 'long.csv', bytes: long },
			{ name: 'wide.csv', bytes: wide }
		];
		const before = planImport(files, known);
		expect(before.unknownIndicators).toEqual(['heat_pumps', 'Warmtepompen']);
		expect(before.summary.observations).toBe(0);
		const indicator = {
			id: 'heat_pumps',
			theme: 'planet' as const,
			label_nl: 'Warmtepompen',
			label_en: 'Heat pumps',
			unit: 'aantal',
			direction: 'up' as const,
			decimals: 0,
			source: '',
			description_nl: '',
			description_en: ''
		};
		const after = planImport(files, known, {
			areas: [],
			indicators: [{ ...indicator, unit: '' }]
		});
		expect(after.summary.observations).toBe(1);
		expect(after.tables.indicators).toContain('heat_pumps,planet,Warmtepompen,Heat pumps,"",up,0');
		const both = planImport(files, known, {
			areas: [],
			indicators: [{ ...indicator, column: 'Warmtepompen' }]
		});
		expect(both.summary.observations).toBe(2);
		expect(both.tables.observations).toBe(
			'area_code,indicator_id,year,value\nWK999902,heat_pumps,2023,12\nWK999902,heat_pumps,2024,15\n'
		);
	});

	it('reads a wide table without a year column once the user gives its year', () => {
		const wide = [{ name: 'woz.csv', bytes: bytes('code;woz_value\nWK999902;301000\n') }];
		const refused = planImport(wide, known);
		expect(refused.files[0].refused).toBe(true);
		expect(refused.files[0].problems.map((p) => p.code)).toContain('year_column_missing');
		const read = planImport(wide, known, { areas: [], indicators: [], years: { 'woz.csv': 2024 } });
		expect(read.tables.observations).toBe(
			'area_code,indicator_id,year,value\nWK999902,woz_value,2024,301000\n'
		);
	});

	it('checks a catalogue file cell by cell', () => {
		const areas = bytes(
			'code,name,level,parent_code\nWK1,Een,wijk,GM9999\nWK 2,Twee,wijk,\nWK3,,stad,\nWK1,Nog eens,wijk,\n'
		);
		const plan = planImport([{ name: 'areas.csv', bytes: areas }], known);
		expect(plan.files[0].problems.map((p) => [p.code, p.row, p.column])).toEqual([
			['cell_invalid', 3, 'code'],
			['cell_required', 4, 'name'],
			['cell_invalid', 4, 'level'],
			['key_duplicate', 5, 'code']
		]);
		expect(plan.files[0].counts).toMatchObject({ read: 4, accepted: 1, rejected: 3 });
	});

	it('refuses a binary file as a whole', () => {
		const plan = planImport([fixture('../ingest/xlsx-renamed.csv')], known);
		expect(plan.files[0].refused).toBe(true);
		expect(plan.tables).toEqual({});
	});
});

describe('areaFromCode', () => {
	it('derives level and parent from CBS codes', () => {
		expect(areaFromCode('GM0193')).toMatchObject({ level: 'gemeente', parent_code: null });
		expect(areaFromCode('WK019301')).toMatchObject({ level: 'wijk', parent_code: 'GM0193' });
		expect(areaFromCode('BU01930101')).toMatchObject({ level: 'buurt', parent_code: 'WK019301' });
		expect(areaFromCode('noord')).toMatchObject({ level: 'wijk', parent_code: null });
	});
});

describe('inserting a checked import', () => {
	let engine: Engine;
	beforeEach(async () => {
		engine = await openNodeEngineWithDataset('data');
	});
	afterEach(() => engine.close());

	async function insert(plan: ReturnType<typeof planImport>) {
		await inTransaction(engine, async () => {
			for (const table of ['indicators', 'areas', 'observations', 'targets'] as const) {
				const csv = plan.tables[table];
				if (csv)
					await insertContractRows(engine, table, await engine.registerFile(`${table}.csv`, csv));
			}
		});
	}

	it('adds new areas at the end and replaces an existing figure', async () => {
		const plan = planImport([fixture('nieuwe-wijk.csv'), fixture('areas.csv')], known);
		await insert(plan);
		const areas = await listAreas(engine);
		expect(areas.at(-1)).toEqual({
			code: 'WK999990',
			name: 'Nieuwbouw Oost',
			level: 'wijk',
			parent_code: 'GM9999'
		});
		expect(areas).toHaveLength(known.areaCodes.length + 1);
		const rows = await observationsForAreas(engine, 'WK999990', 'GM9999');
		const woz = (code: string, year: number) =>
			rows.find((r) => r.area_code === code && r.indicator_id === 'woz_value' && r.year === year)
				?.value;
		expect(woz('WK999990', 2022)).toBe(315500);
		expect(woz('GM9999', 2023)).toBe(999999);
		expect(
			rows.filter(
				(r) => r.area_code === 'GM9999' && r.indicator_id === 'woz_value' && r.year === 2023
			)
		).toHaveLength(1);
	});

	it('keeps every (area, indicator, year) once, in the bundled data and after an import', async () => {
		const repeatedKeys = async () =>
			(
				await engine.query<{ n: number }>(
					`SELECT count(*)::INTEGER AS n FROM (SELECT area_code, indicator_id, year
					FROM observations GROUP BY ALL HAVING count(*) > 1)`
				)
			)[0].n;
		expect(await repeatedKeys()).toBe(0);
		await insert(planImport([fixture('nieuwe-wijk.csv'), fixture('areas.csv')], known));
		await insert(planImport([fixture('nieuwe-wijk.csv'), fixture('areas.csv')], known));
		expect(await repeatedKeys()).toBe(0);
	});

	it('adds an indicator with an empty unit and description', async () => {
		const indicators = bytes('id,theme,label_nl,direction\nheat_pumps,planet,Warmtepompen,up\n');
		await insert(planImport([{ name: 'i.csv', bytes: indicators }], known));
		expect((await listIndicators(engine)).at(-1)).toMatchObject({
			id: 'heat_pumps',
			label_en: 'Warmtepompen',
			unit: '',
			decimals: 1,
			description_nl: ''
		});
	});

	it('keeps names with commas, quotes and formulas as text', async () => {
		const areas = bytes('code,name,level\nWK7,"=HYPERLINK(""x""), ""Oost""",wijk\n');
		const plan = planImport([{ name: 'a.csv', bytes: areas }], known);
		await insert(plan);
		expect((await listAreas(engine)).at(-1)?.name).toBe('=HYPERLINK("x"), "Oost"');
	});

	it('changes nothing when a statement fails', async () => {
		const plan = planImport([fixture('nieuwe-wijk.csv'), fixture('areas.csv')], known);
		const before = (await listAreas(engine)).length;
		await expect(
			inTransaction(engine, async () => {
				await insertContractRows(
					engine,
					'areas',
					await engine.registerFile('a.csv', plan.tables.areas!)
				);
				throw new Error('interrupted');
			})
		).rejects.toThrow('interrupted');
		expect(await listAreas(engine)).toHaveLength(before);
		expect((await listIndicators(engine)).length).toBe(known.indicatorIds.length);
	});
});
