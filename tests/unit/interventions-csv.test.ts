/** Interventions as CSV: written in the contract's columns, read back with problems per row and column. */
import { describe, expect, it } from 'vitest';
import type { Intervention } from '$lib/data/contract';
import { interventionsCsv } from '$lib/data/export/targets-csv';
import { makeCatalogue } from '$lib/data/ingest/fields';
import { readInterventionsFile } from '$lib/data/ingest/interventions-file';
import { problemMessage } from '$lib/i18n/ingest-messages';

const catalogue = makeCatalogue(
	['WK999902', 'GM9999'],
	['solar_panels_share', 'woz_value', 'gas_use_home']
);
const encode = (text: string) => new TextEncoder().encode(text);

const intervention = (overrides: Partial<Intervention> = {}): Intervention => ({
	area_code: 'WK999902',
	year: 2019,
	month: 4,
	title: 'Zonnepanelen-verhuur gestart, "Molenwijk"',
	description: 'Huurders huren panelen; regel twee',
	indicator_ids: 'solar_panels_share;gas_use_home',
	...overrides
});

describe('interventions CSV', () => {
	it('writes the contract’s header and reads back the same interventions', () => {
		const list = [
			intervention(),
			intervention({ area_code: 'GM9999', month: null, description: '', indicator_ids: '' })
		];
		const text = interventionsCsv(list);
		expect(text.startsWith('\ufeffarea_code,year,month,title,description,indicator_ids\r\n')).toBe(
			true
		);
		// A missing month is an empty cell, never 0.
		expect(text.split('\r\n')[2]).toBe(
			'GM9999,2019,,"Zonnepanelen-verhuur gestart, ""Molenwijk""",,'
		);
		const read = readInterventionsFile(encode(text), catalogue);
		expect(read.problems).toEqual([]);
		expect(read.interventions).toEqual(list);
	});

	it('accepts a file without the optional columns, in a Dutch dialect', () => {
		const read = readInterventionsFile(
			encode('area_code;year;title\nWK999902;2020;Renovatie 120 woningen\n'),
			catalogue
		);
		expect(read.interventions).toEqual([
			{
				area_code: 'WK999902',
				year: 2020,
				month: null,
				title: 'Renovatie 120 woningen',
				description: '',
				indicator_ids: ''
			}
		]);
	});

	it('names the row and column of every problem, in the user’s language, and keeps the good rows', () => {
		const text = [
			'area_code,year,month,title,description,indicator_ids',
			'WK999902,2019,4,Goed,,solar_panels_share',
			'WK000000,2019,,Onbekend gebied,,',
			'WK999902,19,,Jaar te kort,,',
			'WK999902,2019,13,Maand 13,,',
			'WK999902,2019,,,,',
			'WK999902,2019,,Onbekende indicator,,solar_panels_share;zonnepanelen',
			`WK999902,2019,,${'x'.repeat(121)},,`
		].join('\n');
		const read = readInterventionsFile(encode(text), catalogue);
		expect(read.interventions.map((i) => i.title)).toEqual(['Goed']);
		expect(read.problems.map((p) => [p.code, p.row, p.column])).toEqual([
			['area_unknown', 3, 'area_code'],
			['year_out_of_range', 4, 'year'],
			['cell_invalid', 5, 'month'],
			['cell_required', 6, 'title'],
			['indicator_unknown', 7, 'indicator_ids'],
			['cell_invalid', 8, 'title']
		]);
		expect(read.counts).toMatchObject({ read: 7, accepted: 1, rejected: 6 });
		const month = read.problems.find((p) => p.code === 'cell_invalid' && p.row === 5)!;
		expect(problemMessage(month, 'nl')).toMatch(/regel 5.*month|month.*regel 5/i);
		expect(problemMessage(month, 'en')).toMatch(/line 5.*month|month.*line 5/i);
	});

	it('refuses a file without a title column, naming it', () => {
		const read = readInterventionsFile(encode('area_code,year\nWK999902,2019\n'), catalogue);
		expect(read.interventions).toEqual([]);
		expect(read.problems.map((p) => [p.code, p.column])).toContainEqual([
			'column_missing',
			'title'
		]);
	});
});
