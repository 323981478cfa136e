/**
 * CSV text → a header and data records, each with the line it starts on as a text editor shows
 * it (header = line 1). Structure only: nothing here knows what a column means.
 *
 * papaparse does the splitting, with the delimiter and newline given (never guessed). Line
 * numbers are not papaparse's row indexes: a quoted field may hold newlines, so a record's line is
 * counted from the newlines in the records before it. The record count is then checked against an
 * independent count of the file's lines: a lone quote can make papaparse read the rest of the file
 * as one field without any error (papaparse #432), and that must not pass silently.
 */
import Papa from 'papaparse';
import { withLf, type Dialect } from './dialect';
import { excerpt, problem, type Problem } from './problems';

export interface TableRecord {
	/** The line the record starts on (header = line 1). */
	line: number;
	/** How many lines the record covers: more than 1 when a quoted field holds newlines. */
	lines: number;
	fields: string[];
}

export interface Table {
	/** Column names, trimmed. */
	header: string[];
	/** The header's line: 1 unless the file starts with blank lines. */
	headerLine: number;
	/** Data records, blank lines left out. */
	records: TableRecord[];
}

export interface TableResult {
	/** Null when the table cannot be read at all (a fatal problem says why). */
	table: Table | null;
	problems: Problem[];
}

function countNewlines(s: string): number {
	let n = 0;
	for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
	return n;
}

/** Lines as an editor counts them: a final newline ends the last line, it does not start one. */
export function countLines(text: string): number {
	if (text === '') return 0;
	return countNewlines(text) + (text.endsWith('\n') ? 0 : 1);
}

/** Blank: an empty line, or a row of empty cells (spreadsheets append `,,,` rows). */
function isBlank(fields: readonly string[]): boolean {
	return fields.every((f) => f.trim() === '');
}

/** The header's names, trimmed; null (with the problem) when the table cannot be read by them. */
function checkHeader(
	fields: readonly string[],
	headerLine: number,
	dialect: Dialect,
	problems: Problem[]
): string[] | null {
	const header = fields.map((name) => name.trim());
	if (!dialect.hasHeader) {
		problems.push(problem('header_missing', headerLine, null, { value: excerpt(header[0] ?? '') }));
		return null;
	}
	const positions = new Map<string, number[]>();
	header.forEach((name, i) => {
		if (name === '') {
			problems.push(problem('header_empty', headerLine, null, { position: i + 1 }));
			return;
		}
		const key = name.toLowerCase();
		positions.set(key, [...(positions.get(key) ?? []), i + 1]);
	});
	let duplicate = false;
	for (const [, at] of positions) {
		if (at.length > 1) {
			const name = header[at[0] - 1];
			problems.push(
				problem('header_duplicate', headerLine, name, { name, positions: at.join(', ') })
			);
			duplicate = true;
		}
	}
	return duplicate ? null : header;
}

export function readTable(text: string, dialect: Dialect): TableResult {
	// One newline convention before parsing: with CRLF given as the newline, a lone LF inside a
	// mixed file would stay in a field and glue two lines together.
	const normalised = withLf(text);
	if (normalised.trim() === '')
		return { table: null, problems: [problem('file_empty', null, null, {})] };

	const parsed = Papa.parse<string[]>(normalised, {
		delimiter: dialect.delimiter,
		newline: '\n',
		quoteChar: '"',
		header: false,
		dynamicTyping: false,
		skipEmptyLines: false
	});
	const rows = parsed.data;
	// papaparse yields one empty record after a final newline; an editor shows no line there.
	if (normalised.endsWith('\n') && rows.length > 0) {
		const last = rows[rows.length - 1];
		if (last.length === 1 && last[0] === '') rows.pop();
	}

	const problems: Problem[] = [];
	const lines = countLines(normalised);
	const starts: number[] = [];
	const spans: number[] = [];
	let line = 1;
	for (const fields of rows) {
		// An unterminated quote swallows the final newline too: the record still ends on the last line.
		const span = Math.min(1 + fields.reduce((n, f) => n + countNewlines(f), 0), lines - line + 1);
		starts.push(line);
		spans.push(span);
		line += span;
	}

	for (const error of parsed.errors) {
		const row = error.row ?? rows.length - 1;
		const at = starts[row] ?? null;
		if (error.code === 'MissingQuotes') {
			const lastLine = (at ?? 1) + (spans[row] ?? 1) - 1;
			problems.push(problem('quote_unterminated', at, null, { lastLine }));
		} else if (error.code === 'InvalidQuotes') {
			problems.push(problem('quote_malformed', at, null, {}));
		}
	}

	if (lines !== rows.length) {
		const first = spans.findIndex((s) => s > 1);
		problems.push(
			problem('line_count_mismatch', first === -1 ? null : starts[first], null, {
				lines,
				records: rows.length
			})
		);
	}

	const headerIndex = rows.findIndex((fields) => !isBlank(fields));
	if (headerIndex === -1)
		return { table: null, problems: [...problems, problem('file_empty', null, null, {})] };
	const headerLine = starts[headerIndex];
	const header = checkHeader(rows[headerIndex], headerLine, dialect, problems);
	if (!header) return { table: null, problems };

	const records: TableRecord[] = [];
	for (let i = headerIndex + 1; i < rows.length; i++) {
		if (isBlank(rows[i])) continue;
		records.push({ line: starts[i], lines: spans[i], fields: rows[i] });
	}
	if (records.length === 0) problems.push(problem('file_no_rows', null, null, {}));
	return { table: { header, headerLine, records }, problems };
}

/** Ragged: a record with more or fewer fields than the header. */
export function raggedProblem(record: TableRecord, width: number): Problem | null {
	if (record.fields.length === width) return null;
	return problem('row_ragged', record.line, null, { expected: width, found: record.fields.length });
}

/** A table whose records are read one at a time, as the reader goes (see readUnquotedTable). */
export interface StreamedTable {
	header: string[];
	headerLine: number;
	/** Data records in file order, blank lines left out; each record object is the caller's to keep. */
	records(): Generator<TableRecord>;
}

/**
 * A fast reader for text without a single `"`: then no field can hold a delimiter or a newline,
 * every line is one record, and papaparse (and the record list it builds, gigabytes for a large
 * file) is not needed. Same header checks, line numbers and blank-line rule as readTable; the
 * caller decides with `canReadUnquoted` whether it applies.
 */
export function readUnquotedTable(
	text: string,
	dialect: Dialect
): { table: StreamedTable | null; problems: Problem[] } {
	const problems: Problem[] = [];
	const normalised = withLf(text);
	const { delimiter } = dialect;
	const lineAt = (from: number) => {
		const end = normalised.indexOf('\n', from);
		return end === -1 ? normalised.length : end;
	};
	let start = 0;
	let line = 1;
	let header: string[] | null = null;
	while (start < normalised.length) {
		const end = lineAt(start);
		const fields = normalised.slice(start, end).split(delimiter);
		start = end + 1;
		if (!isBlank(fields)) {
			header = checkHeader(fields, line, dialect, problems);
			if (!header) return { table: null, problems };
			break;
		}
		line++;
	}
	if (!header) return { table: null, problems: [problem('file_empty', null, null, {})] };
	const headerLine = line;
	const bodyStart = start;
	// Anything but delimiters and whitespace after the header is a record.
	const content = new RegExp(`[^\\s${delimiter === '\t' ? '\\t' : delimiter}]`);
	if (!content.test(normalised.slice(bodyStart))) {
		problems.push(problem('file_no_rows', null, null, {}));
	}
	function* records(): Generator<TableRecord> {
		let at = bodyStart;
		let number = headerLine;
		while (at < normalised.length) {
			const end = lineAt(at);
			number++;
			const fields = normalised.slice(at, end).split(delimiter);
			at = end + 1;
			if (!isBlank(fields)) yield { line: number, lines: 1, fields };
		}
	}
	return { table: { header, headerLine, records }, problems };
}

/** Whether readUnquotedTable reads this text exactly as readTable would. */
export function canReadUnquoted(text: string): boolean {
	return !text.includes('"');
}
