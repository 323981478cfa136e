import { describe, expect, it } from 'vitest';
import {
	PROBLEM_CODES,
	problem,
	type Problem,
	type ProblemParams
} from '$lib/data/ingest/problems';
import { problemLocation, problemMessage, problemText } from '$lib/i18n/ingest-messages';
import { LOCALES } from '$lib/i18n/locale';

// Typed per code: adding a code without an example here is a compile error.
const EXAMPLES: { [C in keyof ProblemParams]: ProblemParams[C] } = {
	file_empty: {},
	file_binary: { format: 'zip' },
	encoding_windows_1252: {},
	encoding_invalid_utf8: {},
	delimiter_not_found: {},
	delimiter_ambiguous: { candidates: ',;' },
	decimal_point_detected: { delimiter: ';' },
	decimal_separator_mixed: { comma: 3, point: 2, chosen: 'comma' },
	line_endings_mixed: { crlf: 10, lf: 2, cr: 0 },
	header_missing: { value: 'GM9999' },
	header_duplicate: { name: 'value', positions: '4, 5' },
	header_empty: { position: 3 },
	file_no_rows: {},
	quote_unterminated: { lastLine: 99 },
	quote_malformed: {},
	line_count_mismatch: { lines: 12, records: 10 },
	row_ragged: { expected: 4, found: 5 },
	field_multiline: { lines: 3 },
	column_missing: {},
	column_ignored: {},
	area_column_missing: { candidates: 'area_code, code' },
	area_column_ambiguous: { columns: 'gm_code, wk_code' },
	year_column_missing: {},
	indicator_column_unknown: {},
	indicator_columns_none: {},
	area_missing: {},
	area_unknown: { value: 'GM0000' },
	indicator_missing: {},
	indicator_unknown: { value: 'energy_label_a' },
	year_missing: {},
	year_invalid: { value: '2020.0' },
	year_out_of_range: { value: 1989, min: 1990, max: 2100 },
	codes_trimmed: { count: 7 },
	number_whitespace_only: { value: ' ' },
	number_not_a_number: { value: 'abc' },
	number_decimal_comma_in_point_file: { value: '12,5' },
	number_decimal_point_in_comma_file: { value: '12.5' },
	number_grouping_invalid: { value: '1,5.3' },
	number_grouping_ambiguous: { value: '1.500' },
	number_out_of_range: { value: '1e999' },
	status_invalid: { value: 'definitief' },
	cbs_column_unmapped: {},
	cbs_column_repeated: { indicator: 'owner_occupied_share' },
	cbs_indicator_not_in_catalogue: { indicator: 'population' },
	cbs_year_given: { year: 2021 },
	cbs_year_from_file_name: { year: 2021, fileName: 'kwb-2021.csv' },
	cbs_year_unknown: { fileName: 'kwb-2015-2017.csv', candidates: '2015, 2017' },
	cbs_region_skipped: { kind: 'Land', count: 1 },
	cbs_region_mismatch: { value: 'WK999901', kind: 'Buurt' },
	cbs_code_invalid: { value: 'WK99X' },
	parquet_unreadable: { detail: 'parquet file invalid (footer != PAR1)' },
	parquet_no_rows: {},
	parquet_too_many_rows: { rows: 4000000, max: 3000000 },
	parquet_column_missing: { columns: 'gebied, jaar, waarde' },
	observation_conflict: { area: 'GM9999', indicator: 'woz_value', year: 2020, rows: '2, 4' },
	observation_duplicate: { firstRow: 3 },
	cell_required: {},
	cell_invalid: { value: 'stad', expected: 'gemeente, wijk, buurt' },
	key_duplicate: { firstRow: 2 }
};

const example = (code: keyof ProblemParams): Problem =>
	problem(code, 14, 'value', EXAMPLES[code] as never);

describe('ingest messages', () => {
	it.each(PROBLEM_CODES)('%s has a message in every language that uses its parameters', (code) => {
		const texts = LOCALES.map((locale) => problemText(example(code), locale));
		for (const text of texts) {
			expect(text).toMatch(/^\S.*[.!?)]$/s);
			expect(text).not.toMatch(/undefined|null|NaN|\[object/);
			for (const value of Object.values(EXAMPLES[code])) {
				if (
					code === 'file_binary' ||
					code === 'delimiter_ambiguous' ||
					code === 'decimal_point_detected'
				)
					continue; // shown as words
				if (code === 'decimal_separator_mixed' && value === 'comma') continue;
				if (code === 'parquet_too_many_rows') continue; // with thousands separators, below
				expect(text).toContain(String(value));
			}
		}
		expect(texts[0]).not.toBe(texts[1]);
	});

	it('writes large row counts with the language’s thousands separators', () => {
		const [nl, en] = LOCALES.map((locale) => problemText(example('parquet_too_many_rows'), locale));
		expect(nl).toContain('4.000.000 rijen');
		expect(nl).toContain('hoogstens 3.000.000');
		expect(en).toContain('4,000,000 rows');
		expect(en).toContain('at most 3,000,000');
	});

	it('says one row in the singular', () => {
		const one = problem('codes_trimmed', null, null, { count: 1 });
		expect(problemText(one, 'nl')).toBe(
			'In 1 rij stonden spaties om een code; die zijn weggehaald.'
		);
		expect(problemText(one, 'en')).toBe('In 1 row a code had spaces around it; they were removed.');
	});

	it('says where and what, as the design asks', () => {
		const p = problem('number_decimal_comma_in_point_file', 14, 'value', { value: '12,5' });
		expect(problemMessage(p, 'nl')).toBe(
			'Regel 14, kolom value: ‘12,5’ is geen getal in een bestand met een punt als decimaalteken.'
		);
		expect(problemMessage(p, 'en')).toBe(
			'Line 14, column value: ‘12,5’ is not a number in a file that uses a point as decimal separator.'
		);
	});

	it('names the location only as far as it is known', () => {
		expect(problemLocation({ row: 3, column: null }, 'nl')).toBe('Regel 3');
		expect(problemLocation({ row: null, column: 'jaar' }, 'en')).toBe('Column jaar');
		expect(problemMessage(problem('file_empty', null, null, {}), 'nl')).toBe(
			'Het bestand is leeg.'
		);
	});

	it('counts a Parquet file’s rows as rows, not lines', () => {
		const p = problem('number_not_a_number', 5, 'value', { value: 'abc' });
		expect(problemMessage(p, 'nl', 'row')).toBe('Rij 5, kolom value: ‘abc’ is geen getal.');
		expect(problemMessage(p, 'en', 'row')).toBe('Row 5, column value: ‘abc’ is not a number.');
		const conflict = problem('observation_conflict', 2, 'value', EXAMPLES.observation_conflict);
		expect(problemText(conflict, 'nl', 'row')).toContain('op rij 2, 4');
		expect(problemText(conflict, 'en', 'row')).toContain('on rows 2, 4');
		expect(problemText(conflict, 'en')).toContain('on lines 2, 4');
		const duplicate = problem('observation_duplicate', 4, 'value', { firstRow: 3 });
		expect(problemText(duplicate, 'en', 'row')).toContain('on row 3');
	});

	it('names delimiters and formats in words', () => {
		const ambiguous = problem('delimiter_ambiguous', 1, null, { candidates: ',;' });
		expect(problemText(ambiguous, 'nl')).toContain('komma en puntkomma');
		expect(problemText(ambiguous, 'en')).toContain('comma and semicolon');
		expect(problemText(problem('file_binary', null, null, { format: 'ole2' }), 'nl')).toContain(
			'.xls'
		);
	});

	it('quotes the file literally: markup stays text for the UI to escape', () => {
		const p = problem('area_unknown', 2, 'area_code', { value: '<img src=x onerror=alert(1)>' });
		expect(problemText(p, 'nl')).toBe(
			'‘<img src=x onerror=alert(1)>’ is geen bekend gebied. De rij is overgeslagen.'
		);
	});
});
