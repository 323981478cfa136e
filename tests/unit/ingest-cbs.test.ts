/**
 * The CBS "Kerncijfers wijken en buurten" layout: column mapping across editions, units, areas
 * and parents from the file, the year's source, and several yearly files lining up into one trend.
 * Fixtures: tests/fixtures/ingest/cbs-*.csv, made by scripts/make-ingest-fixtures.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cbsRegionRole, isCbsHeader, mapCbsColumn } from '$lib/data/ingest/cbs-mapping';
import { parentCode, yearsInFileName } from '$lib/data/ingest/cbs';
import { makeCatalogue } from '$lib/data/ingest/fields';
import { ingestFile, type IngestFileOptions } from '$lib/data/ingest/ingest-file';
import { readCsv } from './csv';

const DIR = 'tests/fixtures/ingest';
const INDICATORS = readCsv('indicators.csv').map((r) => r.id);
const catalogue = makeCatalogue(['GM9999', 'WK999901'], INDICATORS);

function ingest(file: string, options: IngestFileOptions = {}) {
	return ingestFile(new Uint8Array(readFileSync(`${DIR}/${file}`)), catalogue, {
		fileName: file,
		...options
	});
}

const where = (r: ReturnType<typeof ingest>) =>
	r.problems.map((p) => [p.row, p.column, p.code, p.params]);

describe('CBS column mapping', () => {
	it('recognises a topic by its key in any edition, by its StatLine title and by its R-mangled title', () => {
		const woz = { indicator: 'woz_value', factor: 1000 };
		expect(mapCbsColumn('GemiddeldeWOZWaardeVanWoningen_35')).toEqual(woz);
		expect(mapCbsColumn('GemiddeldeWOZWaardeVanWoningen_39')).toEqual(woz);
		expect(mapCbsColumn('Wonen/Gemiddelde WOZ-waarde van woningen (x 1 000 euro)')).toEqual(woz);
		expect(mapCbsColumn('Wonen.Gemiddelde.WOZ.waarde.van.woningen..x.1.000.euro.')).toEqual(woz);
		expect(
			mapCbsColumn('Wonen.Woningen.naar.eigendom.Huurwoningen.In.bezit.woningcorporatie....')
		).toEqual({ indicator: 'social_rent_share', factor: 1 });
		// Both names of the electricity topic (renamed October 2023) are one indicator.
		expect(mapCbsColumn('GemiddeldElektriciteitsverbruikTotaal_47')?.indicator).toBe(
			'electricity_use_home'
		);
		expect(mapCbsColumn('GemiddeldeElektriciteitsleveringTotaal_52')?.indicator).toBe(
			'electricity_use_home'
		);
	});

	it('does not take a topic in another unit, a breakdown or a look-alike for the total', () => {
		expect(mapCbsColumn('Wonen/Gemiddelde WOZ-waarde van woningen (euro)')).toBeNull();
		expect(
			mapCbsColumn('Energie.Gemiddeld.aardgasverbruik.Naar.woningtype.Appartement..m..')
		).toBeNull();
		expect(mapCbsColumn('Wonen/Woningen naar eigendom/Huurwoningen totaal (%)')).toBeNull();
		expect(mapCbsColumn('Koopwoningen_40_extra')).toBeNull();
	});

	it('finds the region columns and tells a CBS file from a plain wide table', () => {
		expect(cbsRegionRole('Regioaanduiding/Codering (code)')).toBe('code');
		expect(cbsRegionRole('Regioaanduiding.Soort.regio..omschrijving.')).toBe('kind');
		expect(cbsRegionRole('SoortRegio_2')).toBe('kind');
		expect(cbsRegionRole('Regioaanduiding/Indelingswijziging wijken en buurten (code)')).toBeNull();
		expect(isCbsHeader(['WijkenEnBuurten', 'Codering_3', 'AantalInwoners_5'])).toBe(true);
		expect(isCbsHeader(['codering', 'jaar', 'woz_value'])).toBe(false);
		expect(isCbsHeader(['Wijken en buurten', 'Gemeentenaam', 'woz_value'])).toBe(false);
	});

	it('derives parents from codes and years from file names', () => {
		expect(parentCode('BU01930101', 'buurt')).toBe('WK019301');
		expect(parentCode('WK019301', 'wijk')).toBe('GM0193');
		expect(parentCode('WK0363NH', 'wijk')).toBe('GM0363');
		expect(parentCode('GM0193', 'gemeente')).toBeNull();
		expect(yearsInFileName('kwb-2021.csv')).toEqual([2021]);
		expect(yearsInFileName('Kerncijfers_wijken_en_buurten_2024_11122025_141648.csv')).toEqual([
			2024
		]);
		expect(yearsInFileName('/tmp/2019/kwb-2015-2017.csv')).toEqual([2015, 2017]);
		expect(yearsInFileName('kerncijfers.csv')).toEqual([]);
	});
});

describe('CBS KWB files', () => {
	it('reads a StatLine export: units, secret and provisional values, areas, the year from the file name', () => {
		const r = ingest('cbs-kwb-2021.csv');
		expect(r.layout).toBe('cbs');
		expect(r.dialect).toMatchObject({ delimiter: ';', decimal: 'comma' });
		expect(r.accepted).toEqual([
			{ area_code: 'GM9999', indicator_id: 'woz_value', year: 2021, value: 250_500 },
			{ area_code: 'GM9999', indicator_id: 'owner_occupied_share', year: 2021, value: 48 },
			{ area_code: 'GM9999', indicator_id: 'gas_use_home', year: 2021, value: 1150 },
			{
				area_code: 'WK999901',
				indicator_id: 'woz_value',
				year: 2021,
				value: 312_000,
				status: 'provisional'
			},
			{
				area_code: 'WK999901',
				indicator_id: 'owner_occupied_share',
				year: 2021,
				value: null,
				status: 'secret'
			},
			{ area_code: 'WK999901', indicator_id: 'gas_use_home', year: 2021, value: 980 },
			{
				area_code: 'BU99990101',
				indicator_id: 'woz_value',
				year: 2021,
				value: null,
				status: 'secret'
			},
			{ area_code: 'BU99990101', indicator_id: 'owner_occupied_share', year: 2021, value: 21 },
			{
				area_code: 'BU99990101',
				indicator_id: 'gas_use_home',
				year: 2021,
				value: null,
				status: 'secret'
			},
			{ area_code: 'WK999902', indicator_id: 'woz_value', year: 2021, value: 198_400 },
			{
				area_code: 'WK999902',
				indicator_id: 'owner_occupied_share',
				year: 2021,
				value: 63,
				status: 'provisional'
			},
			{ area_code: 'WK999902', indicator_id: 'gas_use_home', year: 2021, value: 1340 }
		]);
		expect(r.counts).toEqual({ read: 12, accepted: 12, rejected: 0, duplicates: 0 });
		expect(where(r)).toEqual([
			[null, null, 'cbs_year_from_file_name', { year: 2021, fileName: 'cbs-kwb-2021.csv' }],
			[null, null, 'cbs_region_skipped', { kind: 'Land', count: 1 }],
			[null, null, 'codes_trimmed', { count: 3 }],
			[1, 'Regioaanduiding/Indelingswijziging wijken en buurten (code)', 'cbs_column_unmapped', {}],
			[
				1,
				'Bevolking/Aantal inwoners (aantal)',
				'cbs_indicator_not_in_catalogue',
				{ indicator: 'population' }
			]
		]);
		expect(r.unknownIndicators).toEqual(['population']);
		// New areas come from the file, known ones too; parents from the codes.
		expect(r.areas).toEqual([
			{ code: 'GM9999', name: 'Voorbeeldstad', level: 'gemeente', parent_code: null },
			{ code: 'WK999901', name: 'Wijk 01 Centrum', level: 'wijk', parent_code: 'GM9999' },
			{ code: 'BU99990101', name: 'Binnenstad', level: 'buurt', parent_code: 'WK999901' },
			{ code: 'WK999902', name: 'Wijk 02 Noord', level: 'wijk', parent_code: 'GM9999' }
		]);
		expect(r.unknownAreas).toEqual([]);
	});

	it('reads the next edition under renumbered OData keys, its year from Perioden (2022JJ00)', () => {
		const r = ingest('cbs-kwb-2022-odata.csv');
		expect(r.layout).toBe('cbs');
		const value = (area: string, indicator: string) =>
			r.accepted.find((o) => o.area_code === area && o.indicator_id === indicator);
		expect(value('GM9999', 'woz_value')).toEqual({
			area_code: 'GM9999',
			indicator_id: 'woz_value',
			year: 2022,
			value: 261_000
		});
		expect(value('WK999901', 'woz_value')?.value).toBe(320_500);
		expect(value('BU99990101', 'electricity_use_home')).toMatchObject({
			value: 1890,
			status: 'provisional'
		});
		expect(value('WK999901', 'owner_occupied_share')).toMatchObject({
			value: null,
			status: 'secret'
		});
		expect(r.accepted).toHaveLength(12);
		expect(where(r)).toEqual([
			[null, null, 'codes_trimmed', { count: 3 }],
			[1, 'ID', 'cbs_column_unmapped', {}],
			[1, 'AantalInwoners_5', 'cbs_indicator_not_in_catalogue', { indicator: 'population' }]
		]);
	});

	it('lines up two yearly files into one trend per area and indicator', () => {
		const both = [
			...ingest('cbs-kwb-2021.csv').accepted,
			...ingest('cbs-kwb-2022-odata.csv').accepted
		];
		const trend = (area: string) =>
			both
				.filter((o) => o.area_code === area && o.indicator_id === 'woz_value')
				.map((o) => [o.year, o.value]);
		expect(trend('GM9999')).toEqual([
			[2021, 250_500],
			[2022, 261_000]
		]);
		expect(trend('WK999902')).toEqual([
			[2021, 198_400],
			[2022, 205_000]
		]);
		expect(trend('BU99990101')).toEqual([
			[2021, null],
			[2022, null]
		]);
	});

	it('takes a given year over the file name, and says so', () => {
		const r = ingest('cbs-kwb-2021.csv', { year: 2020 });
		expect(new Set(r.accepted.map((o) => o.year))).toEqual(new Set([2020]));
		expect(r.problems[0]).toEqual({
			row: null,
			column: null,
			code: 'cbs_year_given',
			params: { year: 2020 }
		});
	});

	it('refuses a file whose year is nowhere, naming what it looked at', () => {
		expect(where(ingest('cbs-no-year.csv'))).toEqual([
			[1, null, 'cbs_year_unknown', { fileName: 'cbs-no-year.csv', candidates: '' }]
		]);
		const r = ingest('cbs-no-year.csv', { fileName: 'kwb-2015-2017.csv' });
		expect(r.accepted).toEqual([]);
		expect(where(r)).toEqual([
			[1, null, 'cbs_year_unknown', { fileName: 'kwb-2015-2017.csv', candidates: '2015, 2017' }]
		]);
	});

	it('leaves out the rows it cannot place, each with its line and column', () => {
		const r = ingest('cbs-bad-rows.csv');
		expect(r.accepted).toEqual([
			{
				area_code: 'GM9999',
				indicator_id: 'woz_value',
				year: 2023,
				value: 250_500,
				status: 'provisional'
			}
		]);
		expect(where(r)).toEqual([
			[null, null, 'decimal_separator_mixed', { comma: 3, point: 1, chosen: 'comma' }],
			[null, null, 'codes_trimmed', { count: 4 }],
			[3, 'Codering', 'cbs_region_mismatch', { value: 'WK999901', kind: 'Buurt' }],
			[4, 'Codering', 'cbs_code_invalid', { value: 'WK99X' }],
			[5, null, 'row_ragged', { expected: 5, found: 4 }],
			[
				6,
				'Gemiddelde WOZ-waarde van woningen (x 1 000 euro)',
				'number_decimal_point_in_comma_file',
				{ value: '   1.5' }
			]
		]);
		expect(r.counts).toEqual({ read: 5, accepted: 1, rejected: 4, duplicates: 0 });
	});

	it('reports a second column for the same indicator once, and reads the first', () => {
		const text =
			'WijkenEnBuurten;Codering_3;Perioden;Koopwoningen_40;Koopwoningen_47\nCentrum;WK999901;2020;40;41\n';
		const r = ingestFile(new TextEncoder().encode(text), catalogue);
		expect(r.accepted).toEqual([
			{ area_code: 'WK999901', indicator_id: 'owner_occupied_share', year: 2020, value: 40 }
		]);
		expect(where(r)).toEqual([
			[1, 'Koopwoningen_47', 'cbs_column_repeated', { indicator: 'owner_occupied_share' }]
		]);
	});
});
