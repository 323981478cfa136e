/**
 * The malformed-file corpus (tests/fixtures/ingest/): for every file, exactly which observations
 * are accepted and which problems are reported on which line and column. Files whose bytes matter
 * (BOM, CR/CRLF, Windows-1252, UTF-16, binary) are written by scripts/make-ingest-fixtures.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeCatalogue } from '$lib/data/ingest/fields';
import { ingestFile, type IngestFileOptions } from '$lib/data/ingest/ingest-file';
import { PROBLEM_CODES, type Problem, type ProblemCode } from '$lib/data/ingest/problems';

const DIR = 'tests/fixtures/ingest';

const catalogue = makeCatalogue(
	['GM9999', 'WK999901', 'WK999902', 'BU99990101'],
	['woz_value', 'gas_use_home', 'population', 'ses_woa_score', 'ses_woa_spread']
);

type Accepted = [
	area: string,
	indicator: string,
	year: number,
	value: number | null,
	status?: string
];
type Expected = [row: number | null, column: string | null, code: ProblemCode, params?: object];

interface Case {
	file: string;
	options?: IngestFileOptions;
	accepted: Accepted[];
	problems: Expected[];
	counts?: { read: number; accepted: number; rejected: number; duplicates: number };
	unknownIndicators?: string[];
	unknownAreas?: string[];
}

const CASES: Case[] = [
	{
		file: 'valid-long.csv',
		accepted: [
			['GM9999', 'woz_value', 2020, 250.5],
			['WK999901', 'woz_value', 2020, null],
			['WK999902', 'gas_use_home', 2021, 1200]
		],
		problems: [],
		counts: { read: 3, accepted: 3, rejected: 0, duplicates: 0 }
	},
	{
		file: 'bom-crlf.csv',
		accepted: [
			['GM9999', 'woz_value', 2020, 250],
			['WK999901', 'woz_value', 2020, 260]
		],
		problems: []
	},
	{
		file: 'mixed-line-endings.csv',
		accepted: [
			['GM9999', 'woz_value', 2020, 250],
			['WK999901', 'woz_value', 2020, 260],
			['WK999902', 'woz_value', 2020, 280]
		],
		problems: [
			[null, null, 'line_endings_mixed', { crlf: 3, lf: 2, cr: 0 }],
			[4, 'area_code', 'area_unknown', { value: 'WK000000' }]
		]
	},
	{
		file: 'cr-only.csv',
		accepted: [
			['GM9999', 'woz_value', 2020, 250],
			['WK999901', 'woz_value', 2020, 260]
		],
		problems: [[3, 'area_code', 'area_unknown']]
	},
	{
		file: 'leading-blank-lines.csv',
		accepted: [['GM9999', 'woz_value', 2020, 250]],
		problems: [[5, 'area_code', 'area_unknown']]
	},
	{
		file: 'blank-lines-and-empty-rows.csv',
		accepted: [['GM9999', 'woz_value', 2020, 250]],
		problems: [[6, 'area_code', 'area_unknown']],
		counts: { read: 2, accepted: 1, rejected: 1, duplicates: 0 }
	},
	{
		file: 'ragged-rows.csv',
		accepted: [
			['GM9999', 'woz_value', 2020, 250],
			['BU99990101', 'woz_value', 2020, 280]
		],
		problems: [
			[3, null, 'row_ragged', { expected: 4, found: 3 }],
			[4, null, 'row_ragged', { expected: 4, found: 6 }]
		]
	},
	{
		// papaparse reports this one itself; the field holds the rest of the file.
		file: 'unterminated-quote.csv',
		accepted: [['GM9999', 'woz_value', 2020, 250]],
		problems: [
			[3, null, 'quote_unterminated', { lastLine: 5 }],
			[3, null, 'line_count_mismatch', { lines: 5, records: 3 }],
			[3, null, 'field_multiline', { lines: 3 }]
		],
		counts: { read: 2, accepted: 1, rejected: 1, duplicates: 0 }
	},
	{
		// papaparse #432: a second lone quote closes the first, and two lines become one field
		// without any parser error. Only the line count gives it away.
		file: 'lone-quote-swallow.csv',
		accepted: [
			['GM9999', 'woz_value', 2020, 250],
			['BU99990101', 'woz_value', 2020, 280]
		],
		problems: [
			[3, null, 'line_count_mismatch', { lines: 5, records: 4 }],
			[3, null, 'field_multiline', { lines: 2 }]
		]
	},
	{
		file: 'malformed-quote.csv',
		accepted: [['GM9999', 'woz_value', 2020, 250]],
		problems: [
			[3, null, 'quote_malformed'],
			[3, null, 'quote_unterminated', { lastLine: 4 }],
			[3, null, 'line_count_mismatch', { lines: 4, records: 3 }],
			[3, null, 'row_ragged', { expected: 4, found: 2 }]
		]
	},
	{
		file: 'windows-1252.csv',
		accepted: [['BU99990101', 'woz_value', 2020, 12.5]],
		problems: [
			[2, null, 'encoding_windows_1252'],
			[2, 'indicator_id', 'indicator_unknown', { value: 'woz_waardé' }],
			[3, 'value', 'number_not_a_number', { value: '€ 250' }],
			[4, 'value', 'number_not_a_number', { value: '‘12,5’' }]
		],
		unknownIndicators: ['woz_waardé']
	},
	{
		file: 'utf16le.csv',
		accepted: [
			['GM9999', 'woz_value', 2020, 250.5],
			['WK999901', 'woz_value', 2020, 261]
		],
		problems: []
	},
	{
		file: 'semicolon-decimal-comma.csv',
		accepted: [
			['GM9999', 'woz_value', 2020, 31.4],
			['WK999901', 'woz_value', 2020, 1234.5],
			['WK999902', 'gas_use_home', 2020, -0.5]
		],
		problems: []
	},
	{
		file: 'semicolon-padded-cbs.csv',
		accepted: [
			['GM9999', 'woz_value', 2020, 31.4],
			['WK999901', 'woz_value', 2020, null, 'secret'],
			['WK999902', 'woz_value', 2020, 12.5, 'provisional'],
			['BU99990101', 'woz_value', 2021, 13, 'provisional']
		],
		problems: [[null, null, 'codes_trimmed', { count: 3 }]]
	},
	{
		file: 'tab-separated.csv',
		accepted: [
			['GM9999', 'woz_value', 2020, 250.5],
			['WK999901', 'woz_value', 2020, 1234.5]
		],
		problems: []
	},
	{
		// 1.500 without any dot-thousands elsewhere in the column: 1500 or 1,5? Refused.
		file: 'thousands-ambiguous.csv',
		accepted: [
			['WK999901', 'gas_use_home', 2020, 1250],
			['BU99990101', 'gas_use_home', 2020, 2.5]
		],
		problems: [
			[null, null, 'decimal_separator_mixed', { comma: 1, point: 1, chosen: 'comma' }],
			[2, 'value', 'number_grouping_ambiguous', { value: '1.500' }],
			[4, 'value', 'number_decimal_point_in_comma_file', { value: '1.5' }]
		]
	},
	{
		// 1.234,5 in the same column settles it: the column groups thousands with a dot.
		file: 'thousands-confirmed.csv',
		accepted: [
			['GM9999', 'gas_use_home', 2020, 1500],
			['WK999901', 'gas_use_home', 2020, 1234.5],
			['WK999902', 'gas_use_home', 2020, 980]
		],
		problems: []
	},
	{
		// Nothing proves a decimal comma and 1.5 proves a decimal point: the file is read so.
		file: 'semicolon-point-proven.csv',
		accepted: [
			['GM9999', 'gas_use_home', 2020, 1.5],
			['WK999901', 'gas_use_home', 2020, 1.5]
		],
		problems: [[null, null, 'decimal_point_detected', { delimiter: ';' }]]
	},
	{
		file: 'point-file-comma-value.csv',
		accepted: [
			['WK999901', 'woz_value', 2020, 1250.5],
			['WK999902', 'woz_value', 2020, 1250],
			['BU99990101', 'woz_value', 2020, 1000]
		],
		problems: [
			[null, null, 'decimal_separator_mixed', { comma: 1, point: 1, chosen: 'point' }],
			[2, 'value', 'number_decimal_comma_in_point_file', { value: '12,5' }]
		]
	},
	{
		file: 'not-numbers.csv',
		accepted: [],
		problems: [
			[2, 'value', 'number_whitespace_only', { value: ' ' }],
			[3, 'value', 'number_not_a_number', { value: '0x1A' }],
			[4, 'value', 'number_not_a_number', { value: 'Infinity' }],
			[5, 'value', 'number_not_a_number', { value: 'NaN' }],
			[6, 'value', 'number_out_of_range', { value: '1e999' }],
			// An unquoted decimal comma in a comma file is one field too many.
			[7, null, 'row_ragged', { expected: 4, found: 5 }]
		]
	},
	{
		file: 'duplicate-headers.csv',
		accepted: [],
		problems: [[1, 'value', 'header_duplicate', { name: 'value', positions: '4, 5' }]]
	},
	{ file: 'empty.csv', accepted: [], problems: [[null, null, 'file_empty']] },
	{ file: 'blank-lines-only.csv', accepted: [], problems: [[null, null, 'file_empty']] },
	{ file: 'header-only.csv', accepted: [], problems: [[null, null, 'file_no_rows']] },
	{
		file: 'no-header.csv',
		accepted: [],
		problems: [[1, null, 'header_missing', { value: 'GM9999' }]]
	},
	{ file: 'title-line.csv', accepted: [], problems: [[1, null, 'delimiter_not_found']] },
	{
		file: 'ambiguous-delimiter.csv',
		accepted: [],
		problems: [[1, null, 'delimiter_ambiguous', { candidates: ',;' }]]
	},
	{
		file: 'binary.csv',
		accepted: [],
		problems: [[null, null, 'file_binary', { format: 'unknown' }]]
	},
	{
		file: 'xlsx-renamed.csv',
		accepted: [],
		problems: [[null, null, 'file_binary', { format: 'zip' }]]
	},
	{
		file: 'missing-columns.csv',
		accepted: [],
		problems: [[1, 'year', 'column_missing']],
		counts: { read: 1, accepted: 0, rejected: 1, duplicates: 0 }
	},
	{
		file: 'extra-columns.csv',
		accepted: [['GM9999', 'woz_value', 2020, 250]],
		problems: [[1, 'bron', 'column_ignored']]
	},
	{
		// Markup comes through as literal text, to be shown as text.
		file: 'html-in-codes.csv',
		accepted: [],
		problems: [
			[2, 'area_code', 'area_unknown', { value: '<img src=x onerror=alert(1)>' }],
			[3, 'indicator_id', 'indicator_unknown', { value: '<script>alert("x")</script>' }],
			[4, 'value', 'number_not_a_number', { value: '<b>3</b>' }]
		],
		unknownIndicators: ['<script>alert("x")</script>'],
		unknownAreas: ['<img src=x onerror=alert(1)>']
	},
	{
		// Spreadsheet formulas come through literally; +3 is a number with a sign.
		file: 'formula-in-codes.csv',
		accepted: [['GM9999', 'woz_value', 2021, 3]],
		problems: [
			[2, 'area_code', 'area_unknown', { value: '=HYPERLINK("http://example.invalid","klik")' }],
			[3, 'indicator_id', 'indicator_unknown', { value: '@SUM(A1:A2)' }],
			[4, 'value', 'number_not_a_number', { value: '=1+2' }]
		]
	},
	{
		file: 'sql-in-value.csv',
		accepted: [['GM9999', 'woz_value', 2022, 250]],
		problems: [
			[2, 'value', 'number_not_a_number', { value: "'); DROP TABLE observations; --" }],
			[3, 'value', 'number_not_a_number', { value: '1; DELETE FROM areas' }]
		]
	},
	{
		file: 'unknown-indicators.csv',
		accepted: [['GM9999', 'woz_value', 2020, 250]],
		problems: [
			[2, 'indicator_id', 'indicator_unknown'],
			[4, 'indicator_id', 'indicator_unknown'],
			[5, 'indicator_id', 'indicator_unknown', { value: 'Energy label A' }],
			[6, 'area_code', 'area_unknown', { value: 'GM0000' }]
		],
		unknownIndicators: ['energy_label_a', 'Energy label A'],
		unknownAreas: ['GM0000']
	},
	{
		file: 'years-invalid.csv',
		accepted: [
			['GM9999', 'woz_value', 2023, 6, 'provisional'],
			['GM9999', 'woz_value', 2022, 7]
		],
		problems: [
			[2, 'year', 'year_invalid', { value: '2020.0' }],
			[3, 'year', 'year_out_of_range', { value: 1989, min: 1990, max: 2100 }],
			[4, 'year', 'year_out_of_range', { value: 2101, min: 1990, max: 2100 }],
			[5, 'year', 'year_missing'],
			[6, 'year', 'year_invalid', { value: 'twintig' }]
		]
	},
	{
		file: 'conflicting-duplicates.csv',
		accepted: [
			['GM9999', 'woz_value', 2021, 260],
			['WK999901', 'woz_value', 2020, null]
		],
		problems: [
			[
				2,
				'value',
				'observation_conflict',
				{ area: 'GM9999', indicator: 'woz_value', year: 2020, rows: '2, 4' }
			],
			[4, 'value', 'observation_conflict'],
			[5, 'value', 'observation_duplicate', { firstRow: 3 }],
			[7, 'value', 'observation_duplicate', { firstRow: 6 }]
		],
		counts: { read: 6, accepted: 2, rejected: 2, duplicates: 2 }
	},
	{
		file: 'wide-basic.csv',
		accepted: [
			['GM9999', 'woz_value', 2020, 250],
			['GM9999', 'gas_use_home', 2020, 1200],
			['WK999902', 'woz_value', 2021, 260],
			['WK999902', 'gas_use_home', 2021, null]
		],
		problems: [
			[1, 'naam', 'indicator_column_unknown'],
			[1, 'energy_label_a', 'indicator_column_unknown'],
			[3, 'woz_value', 'number_not_a_number', { value: 'abc' }],
			[3, 'gas_use_home', 'number_decimal_comma_in_point_file', { value: '1,5' }],
			[4, 'area_code', 'area_unknown', { value: 'WK000000' }],
			[5, 'jaar', 'year_missing']
		],
		counts: { read: 10, accepted: 4, rejected: 6, duplicates: 0 },
		unknownIndicators: ['naam', 'energy_label_a']
	},
	{
		file: 'wide-ragged.csv',
		accepted: [
			['GM9999', 'woz_value', 2020, 250],
			['GM9999', 'gas_use_home', 2020, 1200]
		],
		problems: [
			[3, null, 'row_ragged', { expected: 4, found: 3 }],
			[4, null, 'row_ragged', { expected: 4, found: 5 }]
		],
		counts: { read: 6, accepted: 2, rejected: 4, duplicates: 0 }
	},
	// CBS Kerncijfers wijken en buurten (layout detected from the header; areas come from the file,
	// so WK999903 is no unknown area). owner_occupied_share and electricity_use_home are not in
	// this catalogue: mapped, but reported as missing from it.
	{
		file: 'cbs-bad-rows.csv',
		accepted: [['GM9999', 'woz_value', 2023, 250500, 'provisional']],
		problems: [
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
		],
		counts: { read: 5, accepted: 1, rejected: 4, duplicates: 0 }
	},
	{
		file: 'cbs-kwb-2021.csv',
		options: { fileName: 'cbs-kwb-2021.csv' },
		accepted: [
			['GM9999', 'population', 2021, 52000],
			['GM9999', 'woz_value', 2021, 250500],
			['GM9999', 'gas_use_home', 2021, 1150],
			['WK999901', 'population', 2021, 2000],
			['WK999901', 'woz_value', 2021, 312000, 'provisional'],
			['WK999901', 'gas_use_home', 2021, 980],
			['BU99990101', 'population', 2021, 400],
			['BU99990101', 'woz_value', 2021, null, 'secret'],
			['BU99990101', 'gas_use_home', 2021, null, 'secret'],
			['WK999902', 'population', 2021, 2100],
			['WK999902', 'woz_value', 2021, 198400],
			['WK999902', 'gas_use_home', 2021, 1340]
		],
		problems: [
			[null, null, 'cbs_year_from_file_name', { year: 2021, fileName: 'cbs-kwb-2021.csv' }],
			[null, null, 'cbs_region_skipped', { kind: 'Land', count: 1 }],
			[null, null, 'codes_trimmed', { count: 3 }],
			[1, 'Regioaanduiding/Indelingswijziging wijken en buurten (code)', 'cbs_column_unmapped', {}],
			[
				1,
				'Wonen/Woningen naar eigendom/Koopwoningen (%)',
				'cbs_indicator_not_in_catalogue',
				{ indicator: 'owner_occupied_share' }
			]
		],
		counts: { read: 12, accepted: 12, rejected: 0, duplicates: 0 }
	},
	{
		file: 'cbs-kwb-2022-odata.csv',
		options: { fileName: 'cbs-kwb-2022-odata.csv' },
		accepted: [
			['GM9999', 'population', 2022, 52400],
			['GM9999', 'woz_value', 2022, 261000],
			['WK999901', 'population', 2022, 2010],
			['WK999901', 'woz_value', 2022, 320500],
			['BU99990101', 'population', 2022, 410],
			['BU99990101', 'woz_value', 2022, null, 'secret'],
			['WK999902', 'population', 2022, 2090],
			['WK999902', 'woz_value', 2022, 205000]
		],
		problems: [
			[null, null, 'codes_trimmed', { count: 3 }],
			[1, 'ID', 'cbs_column_unmapped', {}],
			[
				1,
				'Koopwoningen_47',
				'cbs_indicator_not_in_catalogue',
				{ indicator: 'owner_occupied_share' }
			],
			[
				1,
				'GemiddeldeElektriciteitsleveringTotaal_52',
				'cbs_indicator_not_in_catalogue',
				{ indicator: 'electricity_use_home' }
			]
		],
		counts: { read: 8, accepted: 8, rejected: 0, duplicates: 0 }
	},
	{
		file: 'cbs-no-year.csv',
		options: { fileName: 'cbs-no-year.csv' },
		accepted: [],
		problems: [[1, null, 'cbs_year_unknown', { fileName: 'cbs-no-year.csv', candidates: '' }]],
		counts: { read: 1, accepted: 0, rejected: 1, duplicates: 0 }
	},
	{
		file: 'wide-cbs-style.csv',
		// A CBS file read as a plain wide table, as a user can choose.
		options: {
			layout: 'wide',
			columns: {
				'Bevolking/Aantal inwoners (aantal)': 'population',
				'Wonen/Gemiddelde WOZ-waarde van woningen (x 1 000 euro)': 'woz_value'
			}
		},
		accepted: [
			['GM9999', 'population', 2023, 12345],
			['GM9999', 'woz_value', 2023, 250.5],
			['WK999901', 'population', 2023, 2000],
			['WK999901', 'woz_value', 2023, null, 'secret'],
			['WK999902', 'population', 2024, 2100, 'provisional'],
			['WK999902', 'woz_value', 2024, 270, 'provisional']
		],
		problems: [
			[null, null, 'codes_trimmed', { count: 3 }],
			[1, 'Wijken en buurten', 'indicator_column_unknown'],
			[1, 'Regioaanduiding/Gemeentenaam (naam)', 'indicator_column_unknown']
		]
	},
	{
		file: 'semicolon-decimal-point.csv',
		options: {
			columns: {
				'SES-WOA/Totaalscore/Gemiddelde score (Getal)': 'ses_woa_score',
				'Spreiding/Spreiding totaal/Waarde (Getal)': 'ses_woa_spread'
			}
		},
		accepted: [
			['GM9999', 'ses_woa_score', 2019, -0.1],
			['GM9999', 'ses_woa_spread', 2019, 1.01],
			['WK999901', 'ses_woa_score', 2019, 0.045],
			['WK999901', 'ses_woa_spread', 2019, null, 'secret']
		],
		problems: [
			[null, null, 'decimal_point_detected', { delimiter: ';' }],
			[null, null, 'codes_trimmed', { count: 2 }]
		]
	},
	{
		// A quoted name over two lines in a column that is not read: the row is fine, the line
		// count still says so, and the lines after it keep their numbers.
		file: 'wide-multiline-name.csv',
		accepted: [
			['GM9999', 'woz_value', 2020, 250],
			['WK999901', 'woz_value', 2020, 260]
		],
		problems: [
			[1, 'naam', 'indicator_column_unknown'],
			[2, null, 'line_count_mismatch', { lines: 5, records: 4 }],
			[5, 'woz_value', 'number_not_a_number', { value: 'x' }]
		]
	},
	{
		file: 'wide-two-area-columns.csv',
		accepted: [],
		problems: [
			[1, null, 'area_column_ambiguous', { columns: 'gm_code, wk_code' }],
			[1, 'gm_code', 'indicator_column_unknown'],
			[1, 'wk_code', 'indicator_column_unknown']
		]
	},
	{
		file: 'wide-no-area-column.csv',
		accepted: [],
		problems: [
			[1, null, 'area_column_missing'],
			[1, null, 'year_column_missing'],
			[1, 'naam', 'indicator_column_unknown']
		]
	}
];

const asAccepted = (o: {
	area_code: string;
	indicator_id: string;
	year: number;
	value: number | null;
	status?: string;
}): Accepted =>
	o.status
		? [o.area_code, o.indicator_id, o.year, o.value, o.status]
		: [o.area_code, o.indicator_id, o.year, o.value];

function check(problems: Problem[], expected: Expected[]): void {
	expect(problems.map((p) => [p.row, p.column, p.code])).toEqual(
		expected.map(([r, c, code]) => [r, c, code])
	);
	expected.forEach(([, , , params], i) => {
		if (params)
			expect(problems[i].params, `params of problem ${i} (${problems[i].code})`).toEqual(params);
	});
}

describe('the malformed-file corpus', () => {
	it('has at least 30 files, each with an expected outcome', () => {
		const files = readdirSync(DIR).sort();
		expect(files.length).toBeGreaterThanOrEqual(30);
		expect(CASES.map((c) => c.file).sort()).toEqual(files);
	});

	it.each(CASES)('$file', (c) => {
		const result = ingestFile(
			new Uint8Array(readFileSync(`${DIR}/${c.file}`)),
			catalogue,
			c.options
		);
		expect(result.accepted.map(asAccepted)).toEqual(c.accepted);
		check(result.problems, c.problems);
		const { read, accepted, rejected, duplicates } = result.counts;
		expect(read).toBe(accepted + rejected + duplicates);
		expect(accepted).toBe(c.accepted.length);
		if (c.counts) expect(result.counts).toEqual(c.counts);
		if (c.unknownIndicators) expect(result.unknownIndicators).toEqual(c.unknownIndicators);
		if (c.unknownAreas) expect(result.unknownAreas).toEqual(c.unknownAreas);
	});

	it('refuses one cell of a million characters without dragging it along', () => {
		const huge = 'x'.repeat(1_000_000);
		const text = `area_code,indicator_id,year,value\nGM9999,woz_value,2020,${huge}\nGM9999,woz_value,2021,"${huge}"\n${huge},woz_value,2022,1\nGM9999,woz_value,2023,4\n`;
		const result = ingestFile(new TextEncoder().encode(text), catalogue);
		expect(result.accepted.map(asAccepted)).toEqual([['GM9999', 'woz_value', 2023, 4]]);
		check(result.problems, [
			[2, 'value', 'number_not_a_number', { value: `${'x'.repeat(80)}…` }],
			[3, 'value', 'number_not_a_number'],
			[4, 'area_code', 'area_unknown', { value: `${'x'.repeat(80)}…` }]
		]);
		expect(result.unknownAreas[0]).toHaveLength(81);
	});

	it('exercises every problem code somewhere in the ingest tests', () => {
		// Codes the corpus does not reach are covered by the unit tests named here.
		const elsewhere: ProblemCode[] = [
			'encoding_invalid_utf8', // ingest-decode
			'header_empty', // ingest-layouts
			'quote_malformed',
			'indicator_missing', // ingest-layouts
			'area_missing', // ingest-layouts
			'number_grouping_invalid', // ingest-numbers, ingest-layouts
			'indicator_columns_none', // ingest-layouts
			'year_column_missing',
			// Catalogue files of an upload: import-plan
			'cell_required',
			'cell_invalid',
			'key_duplicate',
			'cbs_column_repeated', // ingest-cbs
			'cbs_year_given', // ingest-cbs
			'status_invalid', // ingest-layouts
			// Parquet files: ingest-parquet (fixtures in tests/fixtures/ingest-parquet/)
			'parquet_unreadable',
			'parquet_no_rows',
			'parquet_too_many_rows',
			'parquet_column_missing'
		];
		const seen = new Set<ProblemCode>([
			...CASES.flatMap((c) => c.problems.map((p) => p[2])),
			...elsewhere
		]);
		expect(PROBLEM_CODES.filter((code) => !seen.has(code))).toEqual([]);
	});
});
