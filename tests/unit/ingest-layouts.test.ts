import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectDialect, type Dialect } from '$lib/data/ingest/dialect';
import { makeCatalogue } from '$lib/data/ingest/fields';
import { parseLongForm } from '$lib/data/ingest/longform';
import { countLines, readTable } from '$lib/data/ingest/table';
import { columnKey, parseWide } from '$lib/data/ingest/wide';
import { YEAR_RANGE } from '$lib/data/contract';

const catalogue = makeCatalogue(['GM9999', 'WK999901', 'WK999902'], ['woz_value', 'gas_use_home']);
const comma: Dialect = { delimiter: ',', decimal: 'point', hasHeader: true, lineEnding: 'lf' };
const semicolon: Dialect = { delimiter: ';', decimal: 'comma', hasHeader: true, lineEnding: 'lf' };
const where = (r: { problems: { row: number | null; column: string | null; code: string }[] }) =>
	r.problems.map((p) => [p.row, p.column, p.code]);

describe('readTable', () => {
	it('numbers records by the line they start on, counting newlines inside quoted fields', () => {
		const text = 'a,b\n1,"x\ny\nz"\n2,w\n\n3,v\n';
		const { table, problems } = readTable(text, comma);
		expect(table?.records.map((r) => [r.line, r.lines, r.fields])).toEqual([
			[2, 3, ['1', 'x\ny\nz']],
			[5, 1, ['2', 'w']],
			[7, 1, ['3', 'v']]
		]);
		expect(problems).toEqual([
			{ row: 2, column: null, code: 'line_count_mismatch', params: { lines: 7, records: 5 } }
		]);
	});

	it('notes a column without a name and refuses duplicate names, case-insensitively', () => {
		expect(where(readTable('a,,b\n1,2,3\n', comma))).toEqual([[1, null, 'header_empty']]);
		const dup = readTable('Year,year\n1,2\n', comma);
		expect(dup.table).toBeNull();
		expect(dup.problems[0]).toMatchObject({
			code: 'header_duplicate',
			params: { name: 'Year', positions: '1, 2' }
		});
	});

	// The line of every record, checked against an independent count: split the generated file
	// into lines ourselves and find where each record's first field starts.
	it('agrees with an independent line count on generated files', () => {
		const field = fc.oneof(
			fc.stringMatching(/^[a-z0-9 ]{0,6}$/),
			fc.stringMatching(/^[a-z\n,"]{0,6}$/).map((s) => `"${s.replace(/"/g, '""')}"`)
		);
		const record = fc.array(field, { minLength: 2, maxLength: 2 });
		fc.assert(
			fc.property(fc.array(record, { minLength: 1, maxLength: 15 }), fc.boolean(), (rows, crlf) => {
				const eol = crlf ? '\r\n' : '\n';
				// A plain first field keeps every record non-blank.
				const body = rows.map((r) => `x,${r.join(',')}`).join(eol);
				const text = `h0,h1,h2${eol}${body}${eol}`;
				const { table } = readTable(text, comma);
				if (!table) return false;
				// Independent: the line of each record is 1 + the newlines before its first character.
				let offset = `h0,h1,h2${eol}`.length;
				const expected: number[] = [];
				for (const r of rows) {
					expected.push(text.slice(0, offset).split('\n').length);
					offset += `x,${r.join(',')}${eol}`.length;
				}
				const total = text.split('\n').length - 1;
				return (
					JSON.stringify(table.records.map((r) => r.line)) === JSON.stringify(expected) &&
					countLines(text.replace(/\r\n/g, '\n')) === total
				);
			}),
			{ numRuns: 300 }
		);
	});

	it('counts lines as an editor does', () => {
		expect(countLines('')).toBe(0);
		expect(countLines('a')).toBe(1);
		expect(countLines('a\n')).toBe(1);
		expect(countLines('a\n\n')).toBe(2);
		expect(countLines('a\nb')).toBe(2);
	});

	it('does not take papaparse row indexes for lines', () => {
		// papaparse's error row is an index into its records, not a line.
		const text = 'a,b\n1,"x\ny"\n2,"z\n';
		const papa = Papa.parse(text.replace(/\r\n?/g, '\n'), { delimiter: ',', newline: '\n' });
		expect(papa.errors[0].row).toBe(2);
		expect(readTable(text, comma).problems.find((p) => p.code === 'quote_unterminated')?.row).toBe(
			4
		);
	});
});

describe('parseLongForm', () => {
	it('matches contract column names case-insensitively and reports each empty key cell', () => {
		const text =
			'AREA_CODE,Indicator_ID,Year,Value\n,woz_value,2020,1\nGM9999,,2020,2\nGM9999,woz_value,2020,3\n';
		const result = parseLongForm(text, comma, catalogue);
		expect(result.accepted).toEqual([
			{ area_code: 'GM9999', indicator_id: 'woz_value', year: 2020, value: 3 }
		]);
		expect(where(result)).toEqual([
			[2, 'AREA_CODE', 'area_missing'],
			[3, 'Indicator_ID', 'indicator_missing']
		]);
	});

	it('reports every problem of a row, not only the first', () => {
		const result = parseLongForm(
			'area_code,indicator_id,year,value\nXX,yy,1800,1,5.3\n',
			comma,
			catalogue
		);
		expect(where(result)).toEqual([[2, null, 'row_ragged']]);
		const many = parseLongForm(
			'area_code;indicator_id;year;value\nXX;yy;1800;1,5.3\n',
			semicolon,
			catalogue
		);
		expect(where(many)).toEqual([
			[2, 'area_code', 'area_unknown'],
			[2, 'indicator_id', 'indicator_unknown'],
			[2, 'year', 'year_out_of_range'],
			[2, 'value', 'number_grouping_invalid']
		]);
		expect(many.counts).toEqual({ read: 1, accepted: 0, rejected: 1, duplicates: 0 });
	});

	it('keeps the contract year range', () => {
		const text = `area_code,indicator_id,year,value\nGM9999,woz_value,${YEAR_RANGE.min},1\nGM9999,woz_value,${YEAR_RANGE.max},2\n`;
		expect(parseLongForm(text, comma, catalogue).accepted).toHaveLength(2);
	});

	it('never reads a code that differs only in case as a known one', () => {
		const result = parseLongForm(
			'area_code,indicator_id,year,value\ngm9999,WOZ_VALUE,2020,1\n',
			comma,
			catalogue
		);
		expect(where(result)).toEqual([
			[2, 'area_code', 'area_unknown'],
			[2, 'indicator_id', 'indicator_unknown']
		]);
	});

	it('reads an optional status column in either language, and refuses one that does not fit', () => {
		const text = [
			'area_code,indicator_id,year,value,Status',
			'GM9999,woz_value,2020,250,',
			'GM9999,woz_value,2021,260,voorlopig',
			'GM9999,woz_value,2022,270,Provisional',
			'GM9999,woz_value,2023,,geheim',
			'GM9999,woz_value,2024,280,secret',
			'GM9999,woz_value,2025,290,definitief',
			'GM9999,woz_value,2019,,voorlopig'
		].join('\n');
		const result = parseLongForm(text, comma, catalogue);
		expect(result.accepted).toEqual([
			{ area_code: 'GM9999', indicator_id: 'woz_value', year: 2020, value: 250 },
			{
				area_code: 'GM9999',
				indicator_id: 'woz_value',
				year: 2021,
				value: 260,
				status: 'provisional'
			},
			{
				area_code: 'GM9999',
				indicator_id: 'woz_value',
				year: 2022,
				value: 270,
				status: 'provisional'
			},
			{ area_code: 'GM9999', indicator_id: 'woz_value', year: 2023, value: null, status: 'secret' }
		]);
		// A secret figure has no value, a provisional one has one; anything else is no status.
		expect(where(result)).toEqual([
			[6, 'Status', 'status_invalid'],
			[7, 'Status', 'status_invalid'],
			[8, 'Status', 'status_invalid']
		]);
		expect(result.counts).toEqual({ read: 7, accepted: 4, rejected: 3, duplicates: 0 });
	});
});

describe('parseWide', () => {
	it('takes the year for every row from the options when there is no year column', () => {
		const result = parseWide('code,woz_value\nGM9999,250\n', comma, catalogue, { year: 2024 });
		expect(result.accepted).toEqual([
			{ area_code: 'GM9999', indicator_id: 'woz_value', year: 2024, value: 250 }
		]);
		const bad = parseWide('code,woz_value\nGM9999,250\n', comma, catalogue, { year: 1800 });
		expect(where(bad)).toEqual([[null, null, 'year_out_of_range']]);
		expect(bad.counts).toEqual({ read: 1, accepted: 0, rejected: 1, duplicates: 0 });
		expect(where(parseWide('code,woz_value\nGM9999,250\n', comma, catalogue))).toEqual([
			[1, null, 'year_column_missing']
		]);
	});

	it('uses the area column it is told to, and says when it is not there', () => {
		const text = 'gm_code,wk_code,jaar,woz_value\nGM9999,WK999901,2020,250\n';
		const result = parseWide(text, comma, catalogue, { areaColumn: 'wk_code' });
		expect(result.accepted.map((o) => o.area_code)).toEqual(['WK999901']);
		expect(where(result)).toEqual([[1, 'gm_code', 'indicator_column_unknown']]);
		expect(where(parseWide(text, comma, catalogue, { areaColumn: 'buurt' }))[0]).toEqual([
			1,
			null,
			'area_column_missing'
		]);
	});

	it('prefers a column named area_code over other code columns', () => {
		const text = 'area_code,gm_code,jaar,woz_value\nWK999901,GM9999,2020,250\n';
		expect(parseWide(text, comma, catalogue).accepted[0].area_code).toBe('WK999901');
	});

	it('reads a column only when it maps onto a known indicator', () => {
		const result = parseWide('code,jaar,WOZ\nGM9999,2020,250\n', comma, catalogue);
		expect(where(result)).toEqual([
			[1, 'WOZ', 'indicator_column_unknown'],
			[1, null, 'indicator_columns_none']
		]);
		expect(result.unknownIndicators).toEqual(['WOZ']);
		const mapped = parseWide('code,jaar,WOZ\nGM9999,2020,250\n', comma, catalogue, {
			columns: { WOZ: 'woz_value' }
		});
		expect(mapped.accepted[0]).toMatchObject({ indicator_id: 'woz_value', value: 250 });
	});

	it('reads each column as a whole for thousands separators', () => {
		const text =
			'code;jaar;woz_value;gas_use_home\nGM9999;2020;1.500;1.500\nWK999901;2020;2.345,5;12\n';
		const result = parseWide(text, semicolon, catalogue);
		expect(result.accepted.map((o) => [o.indicator_id, o.value])).toEqual([
			['woz_value', 1500],
			['woz_value', 2345.5],
			['gas_use_home', 12]
		]);
		expect(where(result)).toEqual([[2, 'gas_use_home', 'number_grouping_ambiguous']]);
	});

	it('rejects a row whose used cell holds a newline, naming the column', () => {
		const text = 'code,jaar,woz_value\nGM9999,2020,"1\n2"\nWK999901,2020,3\n';
		const result = parseWide(text, comma, catalogue);
		expect(where(result)).toEqual([
			[2, null, 'line_count_mismatch'],
			[2, 'woz_value', 'field_multiline']
		]);
		expect(result.accepted).toEqual([
			{ area_code: 'WK999901', indicator_id: 'woz_value', year: 2020, value: 3 }
		]);
	});

	it('reduces StatLine headers to what they name', () => {
		expect(columnKey('Regioaanduiding/Codering (code)')).toBe('codering');
		expect(columnKey('Regiocode (gemeente, wijk, buurt) (code)')).toBe('regiocode');
		expect(columnKey(' Jaar ')).toBe('jaar');
		expect(columnKey('Perioden')).toBe('perioden');
	});

	it('reads a dialect-detected CBS-style text end to end', () => {
		const text =
			'"Codering (code)";"Perioden";"gas_use_home"\r\n"GM9999    ";"2022**";"  1.250"\r\n"WK999901  ";"2022";"1.234,5"\r\n';
		const { dialect } = detectDialect(text);
		const result = parseWide(text, dialect!, catalogue);
		expect(result.accepted).toEqual([
			{
				area_code: 'GM9999',
				indicator_id: 'gas_use_home',
				year: 2022,
				value: 1250,
				status: 'provisional'
			},
			{ area_code: 'WK999901', indicator_id: 'gas_use_home', year: 2022, value: 1234.5 }
		]);
	});
});
