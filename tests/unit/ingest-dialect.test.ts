import { describe, expect, it } from 'vitest';
import { detectDialect, lineEndings, splitRecord } from '$lib/data/ingest/dialect';

describe('detectDialect', () => {
	it('reads the contract form: comma, decimal point, header, LF', () => {
		const { dialect, problems } = detectDialect(
			'area_code,indicator_id,year,value\nGM9999,woz_value,2020,1.5\n'
		);
		expect(dialect).toEqual({
			delimiter: ',',
			decimal: 'point',
			hasHeader: true,
			lineEnding: 'lf'
		});
		expect(problems).toEqual([]);
	});

	it('reads a CBS export: semicolon, decimal comma, CRLF, commas inside quoted headers', () => {
		const text =
			'"Wijken en buurten";"Indelingswijziging gemeente, wijk, buurt (code)";"Aantal"\r\n' +
			'"Zwolle";"1";133141\r\n"Diezerpoort";"1";31,4\r\n';
		expect(detectDialect(text).dialect).toEqual({
			delimiter: ';',
			decimal: 'comma',
			hasHeader: true,
			lineEnding: 'crlf'
		});
	});

	it('reads tab-separated files, with the decimal separator their cells prove', () => {
		expect(detectDialect('a\tb\nx\t1.5\n').dialect?.decimal).toBe('point');
		expect(detectDialect('a\tb\nx\t1,5\n').dialect?.decimal).toBe('comma');
		expect(detectDialect('a\tb\nx\t1\n').dialect?.delimiter).toBe('\t');
	});

	it('switches a semicolon file to the decimal point when its cells prove it, and says so', () => {
		const { dialect, problems } = detectDialect('"a";"b"\n"x";"  -0.100"\n"y";"   1.010"\n');
		expect(dialect?.decimal).toBe('point');
		expect(problems.map((p) => p.code)).toEqual(['decimal_point_detected']);
	});

	it('keeps the decimal comma in a semicolon file with evidence both ways, and says so', () => {
		const { dialect, problems } = detectDialect('a;b\nx;1,5\ny;2.25\n');
		expect(dialect?.decimal).toBe('comma');
		expect(problems).toEqual([
			{
				row: null,
				column: null,
				code: 'decimal_separator_mixed',
				params: { comma: 1, point: 1, chosen: 'comma' }
			}
		]);
	});

	it('ignores a decimal comma a semicolon file cannot prove (1.500)', () => {
		expect(detectDialect('a;b\nx;1.500\n').dialect?.decimal).toBe('comma');
	});

	it('decides between candidates in the header by their counts on the data lines', () => {
		// Header has one comma inside a name and three semicolons; data lines agree on semicolons.
		const text = 'Wijk, buurt;Jaar;Waarde;Extra\n"x, y";2020;3,5;a\nz;2021;4;b\n';
		expect(detectDialect(text).dialect?.delimiter).toBe(';');
		// A comma file whose header has one semicolon in an unquoted name.
		expect(detectDialect('a;b,c,d\n1,2,3\n').dialect?.delimiter).toBe(',');
	});

	it('refuses a header where two delimiters fit equally well', () => {
		const { dialect, problems } = detectDialect('a;b,c\n1;2,3\n');
		expect(dialect).toBeNull();
		expect(problems).toEqual([
			{ row: 1, column: null, code: 'delimiter_ambiguous', params: { candidates: ',;' } }
		]);
	});

	it('refuses a first line without any delimiter (a title line, or one column)', () => {
		const { dialect, problems } = detectDialect('Kerncijfers wijken en buurten 2015\n\na;b\n');
		expect(dialect).toBeNull();
		expect(problems.map((p) => [p.code, p.row])).toEqual([['delimiter_not_found', 1]]);
	});

	it('notices a first line of data instead of names', () => {
		expect(detectDialect('GM9999,woz_value,2020,250\n').dialect?.hasHeader).toBe(false);
		expect(detectDialect('GM9999;woz_value;2020;31,5\n').dialect?.hasHeader).toBe(false);
		expect(detectDialect('code,2020\n').dialect?.hasHeader).toBe(false);
		expect(detectDialect('code,jaar\n').dialect?.hasHeader).toBe(true);
	});

	it('reports mixed line endings', () => {
		const { dialect, problems } = detectDialect('a,b\r\n1,2\n3,4\r\n');
		expect(dialect?.lineEnding).toBe('mixed');
		expect(problems).toEqual([
			{ row: null, column: null, code: 'line_endings_mixed', params: { crlf: 2, lf: 1, cr: 0 } }
		]);
	});

	it('finds nothing in an empty or blank text', () => {
		expect(detectDialect('').problems[0].code).toBe('file_empty');
		expect(detectDialect('\n \n').problems[0].code).toBe('file_empty');
	});
});

describe('lineEndings and splitRecord', () => {
	it('counts each kind of line ending', () => {
		expect(lineEndings('a\rb\r\nc\nd')).toEqual({ ending: 'mixed', crlf: 1, lf: 1, cr: 1 });
		expect(lineEndings('a\rb')).toMatchObject({ ending: 'cr' });
		expect(lineEndings('ab')).toMatchObject({ ending: 'none' });
	});

	it('splits quoted fields with doubled quotes', () => {
		expect(splitRecord('"a ""b""";c;"d;e"', ';')).toEqual(['a "b"', 'c', 'd;e']);
	});
});
