/**
 * What ingestion can find wrong with a file, as data: a stable code, where (line and column) and
 * the parameters a message needs. Messages live in $lib/i18n/ingest-messages.ts; the UI shows
 * them, tests compare codes. Codes are part of the interface: rename one only together with its
 * messages and the tests that expect it.
 */

/**
 * How a problem affects the import:
 * - `fatal`: the file as a whole cannot be read; nothing is imported.
 * - `error`: the row or cell it names is left out; the rest is imported.
 * - `note`: nothing is left out; the user should know (and may want to check).
 */
export type Severity = 'fatal' | 'error' | 'note';

export const PROBLEM_SEVERITY = {
	// Bytes and encoding (decode.ts)
	file_empty: 'fatal',
	file_binary: 'fatal',
	encoding_windows_1252: 'note',
	encoding_invalid_utf8: 'note',
	// Dialect (dialect.ts)
	delimiter_not_found: 'fatal',
	delimiter_ambiguous: 'fatal',
	decimal_point_detected: 'note',
	decimal_separator_mixed: 'note',
	line_endings_mixed: 'note',
	// Table structure (table.ts)
	header_missing: 'fatal',
	header_duplicate: 'fatal',
	header_empty: 'note',
	file_no_rows: 'fatal',
	quote_unterminated: 'error',
	quote_malformed: 'error',
	line_count_mismatch: 'error',
	row_ragged: 'error',
	field_multiline: 'error',
	// Layout: which columns hold what (longform.ts, wide.ts)
	column_missing: 'fatal',
	column_ignored: 'note',
	area_column_missing: 'fatal',
	area_column_ambiguous: 'fatal',
	year_column_missing: 'fatal',
	indicator_column_unknown: 'note',
	indicator_columns_none: 'fatal',
	// Cells (fields.ts, numbers.ts)
	area_missing: 'error',
	area_unknown: 'error',
	indicator_missing: 'error',
	indicator_unknown: 'error',
	year_missing: 'error',
	year_invalid: 'error',
	year_out_of_range: 'error',
	codes_trimmed: 'note',
	number_whitespace_only: 'error',
	number_not_a_number: 'error',
	number_decimal_comma_in_point_file: 'error',
	number_decimal_point_in_comma_file: 'error',
	number_grouping_invalid: 'error',
	number_grouping_ambiguous: 'error',
	number_out_of_range: 'error',
	status_invalid: 'error',
	// CBS Kerncijfers wijken en buurten (cbs.ts)
	cbs_column_unmapped: 'note',
	cbs_column_repeated: 'note',
	cbs_indicator_not_in_catalogue: 'note',
	cbs_year_given: 'note',
	cbs_year_from_file_name: 'note',
	cbs_year_unknown: 'fatal',
	cbs_region_skipped: 'note',
	cbs_region_mismatch: 'error',
	cbs_code_invalid: 'error',
	// Parquet files (parquet.ts)
	parquet_unreadable: 'fatal',
	parquet_no_rows: 'fatal',
	parquet_too_many_rows: 'fatal',
	parquet_column_missing: 'fatal',
	// Observations (collect.ts)
	observation_conflict: 'error',
	observation_duplicate: 'note',
	// Catalogue files in the same drop: areas, indicators, targets (contract-file.ts)
	cell_required: 'error',
	cell_invalid: 'error',
	key_duplicate: 'error'
} as const satisfies Record<string, Severity>;

export type ProblemCode = keyof typeof PROBLEM_SEVERITY;
export const PROBLEM_CODES = Object.keys(PROBLEM_SEVERITY) as ProblemCode[];

export type NumberProblemCode = Extract<ProblemCode, `number_${string}`>;

/** Magic numbers of files people drop by mistake; lets a message say "this is a workbook". */
export type BinaryFormat = 'zip' | 'ole2' | 'pdf' | 'unknown';
export type DecimalSeparator = 'point' | 'comma';
export type Delimiter = ',' | ';' | '\t';

type None = Record<string, never>;
/** A text taken from the file, cut to a readable length (see `excerpt`). */
type Quoted = { value: string };

/** The parameters of each code. Every value is a string or a number, so problems serialise. */
export interface ProblemParams {
	file_empty: None;
	file_binary: { format: BinaryFormat };
	/** Both sit on the first line whose bytes are not UTF-8. */
	encoding_windows_1252: None;
	encoding_invalid_utf8: None;
	delimiter_not_found: None;
	/** `candidates`: the delimiter characters that fit equally well, e.g. `;,`. */
	delimiter_ambiguous: { candidates: string };
	decimal_point_detected: { delimiter: Delimiter };
	decimal_separator_mixed: { comma: number; point: number; chosen: DecimalSeparator };
	line_endings_mixed: { crlf: number; lf: number; cr: number };
	header_missing: Quoted;
	/** `positions`: 1-based column positions that carry the same name, e.g. `2, 5`. */
	header_duplicate: { name: string; positions: string };
	header_empty: { position: number };
	file_no_rows: None;
	/** `lastLine`: the line where the unterminated field ends, usually the file's last. */
	quote_unterminated: { lastLine: number };
	quote_malformed: None;
	/** `lines`: lines in the file (blank lines included); `records`: rows the CSV parser found. */
	line_count_mismatch: { lines: number; records: number };
	row_ragged: { expected: number; found: number };
	field_multiline: { lines: number };
	column_missing: None;
	column_ignored: None;
	/** `candidates`: the column names that would have been taken as the area code. */
	area_column_missing: { candidates: string };
	area_column_ambiguous: { columns: string };
	year_column_missing: None;
	indicator_column_unknown: None;
	indicator_columns_none: None;
	area_missing: None;
	area_unknown: Quoted;
	indicator_missing: None;
	indicator_unknown: Quoted;
	year_missing: None;
	year_invalid: Quoted;
	year_out_of_range: { value: number; min: number; max: number };
	codes_trimmed: { count: number };
	number_whitespace_only: Quoted;
	number_not_a_number: Quoted;
	number_decimal_comma_in_point_file: Quoted;
	number_decimal_point_in_comma_file: Quoted;
	number_grouping_invalid: Quoted;
	number_grouping_ambiguous: Quoted;
	number_out_of_range: Quoted;
	/** A status cell that is no status, or one that does not fit its value (secret with a number). */
	status_invalid: Quoted;
	cbs_column_unmapped: None;
	/** `indicator`: the catalogue id an earlier column already supplies. */
	cbs_column_repeated: { indicator: string };
	/** `indicator`: the id the mapping gives this column, absent from the user's catalogue. */
	cbs_indicator_not_in_catalogue: { indicator: string };
	cbs_year_given: { year: number };
	cbs_year_from_file_name: { year: number; fileName: string };
	/** `candidates`: the years found in the file name (none, or more than one), e.g. `2015, 2017`. */
	cbs_year_unknown: { fileName: string; candidates: string };
	/** `kind`: the `Soort regio` (e.g. `Land`) or code of the skipped rows. */
	cbs_region_skipped: { kind: string; count: number };
	cbs_region_mismatch: { value: string; kind: string };
	cbs_code_invalid: Quoted;
	/** `detail`: the first line of the Parquet reader's error (in English), e.g. `parquet file invalid …`. */
	parquet_unreadable: { detail: string };
	parquet_no_rows: None;
	parquet_too_many_rows: { rows: number; max: number };
	/** `columns`: the file's own column names, e.g. `gebied, jaar, waarde`. */
	parquet_column_missing: { columns: string };
	/** `rows`: every line that gives this area, indicator and year a value, e.g. `4, 9`. */
	observation_conflict: { area: string; indicator: string; year: number; rows: string };
	observation_duplicate: { firstRow: number };
	cell_required: None;
	/** `expected`: what the cell may hold, e.g. `gemeente, wijk, buurt` or `0–6`. */
	cell_invalid: { value: string; expected: string };
	/** The same code or id was given on an earlier line; this row is left out. */
	key_duplicate: { firstRow: number };
}

/**
 * One problem. `row` is the line number as a text editor shows it (header = line 1), or null for
 * the file as a whole; `column` is the column's name as written in the header, or null.
 */
export type Problem = {
	[C in ProblemCode]: {
		row: number | null;
		column: string | null;
		code: C;
		params: ProblemParams[C];
	};
}[ProblemCode];

export function problem<C extends ProblemCode>(
	code: C,
	row: number | null,
	column: string | null,
	params: ProblemParams[C]
): Problem {
	return { row, column, code, params } as Problem;
}

export function severityOf(p: Pick<Problem, 'code'>): Severity {
	return PROBLEM_SEVERITY[p.code];
}

export function hasFatal(problems: readonly Problem[]): boolean {
	return problems.some((p) => severityOf(p) === 'fatal');
}

const EXCERPT_LENGTH = 80;

/**
 * A cell's text for a message: literal (never escaped or stripped here; the UI renders it as
 * text), but cut to a readable length so a one-million-character field does not travel in every
 * problem.
 */
export function excerpt(value: string): string {
	return value.length <= EXCERPT_LENGTH ? value : `${value.slice(0, EXCERPT_LENGTH)}…`;
}

/** Problems in reading order: file-level first, then by line; stable within a line. */
export function sortProblems(problems: Problem[]): Problem[] {
	return problems
		.map((p, i) => ({ p, i }))
		.sort((a, b) => (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i)
		.map(({ p }) => p);
}
