/**
 * CSV export: the dialects, formula neutralisation, and the round trip through the ingest core.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, neutraliseFormula, toCsv } from '$lib/data/export/csv';
import { EXPORT_COLUMNS, type ExportRow } from '$lib/data/export/rows';
import { makeCatalogue } from '$lib/data/ingest/fields';
import { ingestFile } from '$lib/data/ingest/ingest-file';
import { parseNumber } from '$lib/data/ingest/numbers';

const row = (over: Partial<ExportRow> = {}): ExportRow => ({
	area_code: 'WK999901',
	area_name: 'Centrum',
	indicator_id: 'woz_value',
	indicator_label: 'Gemiddelde WOZ-waarde van woningen',
	unit: '€',
	year: 2020,
	value: 250_500.5,
	status: null,
	...over
});

const unBom = (text: string) => {
	expect(text.startsWith(BOM)).toBe(true);
	return text.slice(BOM.length);
};

describe('CSV export', () => {
	it('writes a BOM, a localised header, CRLF lines and numbers with a decimal point', () => {
		const text = toCsv([row(), row({ year: 2021, value: null })], { locale: 'nl' });
		expect(unBom(text)).toBe(
			'gebiedscode,gebied,indicator_id,indicator,eenheid,jaar,waarde,status\r\n' +
				'WK999901,Centrum,woz_value,Gemiddelde WOZ-waarde van woningen,€,2020,250500.5,\r\n' +
				'WK999901,Centrum,woz_value,Gemiddelde WOZ-waarde van woningen,€,2021,,\r\n'
		);
		const en = unBom(toCsv([], { locale: 'en' }));
		expect(en).toBe('area_code,area,indicator_id,indicator,unit,year,value,status\r\n');
	});

	it('writes the status of a provisional or secret figure in the language of the file', () => {
		const rows = [
			row({ year: 2023, value: 261_000, status: 'provisional' }),
			row({ year: 2024, value: null, status: 'secret' })
		];
		const lines = (locale: 'nl' | 'en') => unBom(toCsv(rows, { locale })).split('\r\n');
		expect(lines('nl')[1]).toMatch(/,2023,261000,voorlopig$/);
		expect(lines('nl')[2]).toMatch(/,2024,,geheim$/);
		expect(lines('en')[1]).toMatch(/,2023,261000,provisional$/);
		expect(lines('en')[2]).toMatch(/,2024,,secret$/);
	});

	it('writes the Dutch Excel dialect with semicolons and a decimal comma', () => {
		const text = toCsv([row({ indicator_label: 'Inkomen; per inwoner', value: -3.25 })], {
			locale: 'nl',
			dialect: 'excel-nl'
		});
		expect(unBom(text).split('\r\n')[1]).toBe(
			'WK999901;Centrum;woz_value;"Inkomen; per inwoner";€;2020;-3,25;'
		);
	});

	it('neutralises text that a spreadsheet would run, and leaves numbers alone', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvCell('+31 6')).toBe("'+31 6");
		expect(csvCell('-3.2')).toBe("'-3.2");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\tcmd')).toBe("'\tcmd");
		expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
		expect(csvCell('  =1+1')).toBe("'  =1+1");
		expect(csvCell('Wijk 2 = oud')).toBe('Wijk 2 = oud');
		expect(csvCell(-3.2)).toBe('-3.2');
		expect(csvCell(-3.2, 'excel-nl')).toBe('-3,2');
		expect(csvCell(null)).toBe('');
		const text = toCsv([row({ area_name: '=cmd|" /C calc"!A0', value: -1 })], { locale: 'en' });
		expect(unBom(text).split('\r\n')[1]).toBe(
			`WK999901,"'=cmd|"" /C calc""!A0",woz_value,Gemiddelde WOZ-waarde van woningen,€,2020,-1,`
		);
	});

	it('writes every finite number so that the ingest reads back exactly that number', () => {
		fc.assert(
			fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
				const expected = Object.is(n, -0) ? 0 : n;
				const point = parseNumber(csvCell(n), 'point');
				const comma = parseNumber(csvCell(n, 'excel-nl'), 'comma');
				expect(point).toEqual({ kind: 'number', value: expected, provisional: false });
				expect(comma).toEqual({ kind: 'number', value: expected, provisional: false });
			}),
			{ numRuns: 2000 }
		);
	});

	it('never lets a text cell start a formula, and loses no character', () => {
		const risky = fc.constantFrom('=', '+', '-', '@', '\t', '\r', ' ', 'a', ',', ';', '"', '\n');
		const text = fc.oneof(
			fc.string(),
			fc.array(risky).map((cs) => cs.join(''))
		);
		fc.assert(
			fc.property(text, (s) => {
				const out = neutraliseFormula(s);
				expect(/^[=+\-@\t\r]/.test(out)).toBe(false);
				expect(/^\s*[=+\-@]/.test(out)).toBe(false);
				expect(out === s || out === `'${s}`).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});

	it('keeps its structure for any text: a CSV parser reads back every cell', () => {
		const cell = fc.string({ unit: 'grapheme-ascii' });
		fc.assert(
			fc.property(
				fc.array(fc.record({ name: cell, label: cell, value: fc.option(fc.integer()) }), {
					maxLength: 8
				}),
				fc.constantFrom('standard' as const, 'excel-nl' as const),
				(specs, dialect) => {
					const rows = specs.map((s) =>
						row({ area_name: s.name, indicator_label: s.label, value: s.value })
					);
					const text = unBom(toCsv(rows, { locale: 'en', dialect }));
					const parsed = Papa.parse<string[]>(text.slice(0, -2), {
						delimiter: dialect === 'excel-nl' ? ';' : ',',
						newline: '\r\n'
					});
					expect(parsed.errors).toEqual([]);
					expect(parsed.data).toHaveLength(rows.length + 1);
					parsed.data.slice(1).forEach((cells, i) => {
						expect(cells).toHaveLength(EXPORT_COLUMNS.length);
						expect(cells[1]).toBe(neutraliseFormula(specs[i].name));
						expect(cells[3]).toBe(neutraliseFormula(specs[i].label));
						expect(cells[6]).toBe(specs[i].value === null ? '' : String(specs[i].value));
					});
				}
			),
			{ numRuns: 500 }
		);
	});

	it('re-imports through the ingest core with the same values, in both languages and dialects', () => {
		const rows = [
			row({ year: 2019, value: 1e-7 }),
			row({ year: 2020, value: null }),
			row({ year: 2022, value: 250_000, status: 'provisional' }),
			row({ year: 2023, value: null, status: 'secret' }),
			row({ year: 2021, value: 1234567.891 }),
			row({ area_code: 'GM9999', area_name: '=Voorbeeldstad', year: 2021, value: -3.2 })
		];
		const catalogue = makeCatalogue(['WK999901', 'GM9999'], ['woz_value']);
		for (const locale of ['nl', 'en'] as const) {
			for (const dialect of ['standard', 'excel-nl'] as const) {
				const bytes = new TextEncoder().encode(toCsv(rows, { locale, dialect }));
				const result = ingestFile(bytes, catalogue);
				expect(result.layout).toBe('long');
				expect(result.accepted).toEqual(
					rows.map((r) => ({
						area_code: r.area_code,
						indicator_id: r.indicator_id,
						year: r.year,
						value: r.value,
						...(r.status ? { status: r.status } : {})
					}))
				);
				// The descriptive columns are reported as ignored, nothing else.
				expect(new Set(result.problems.map((p) => p.code))).toEqual(new Set(['column_ignored']));
			}
		}
	});
});
