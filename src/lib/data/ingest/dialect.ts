/**
 * How a CSV text is written: delimiter, decimal separator, header, line endings. Decided here, by
 * rules a reader can check, and never by a CSV library's guess (papaparse's delimiter guess picks
 * whichever character splits the first rows most evenly, which a decimal comma can win). Where the
 * rules cannot decide, the file is refused with a problem that says so.
 *
 * Delimiter: the candidates (`,` `;` tab) that occur outside quotes in the header line. One → that
 * one. Several → those whose count is the same on every sampled data line; if one of them occurs
 * most often in the header, that one; otherwise `delimiter_ambiguous`.
 *
 * Decimal separator: `;` files use the decimal comma (CBS and Excel on a Dutch system write them
 * so), `,` files the decimal point, tab files the decimal point. A `;` or tab file is switched
 * when its sampled cells prove the other separator and none prove the default (the CBS SES-WOA
 * export is `;` with decimal points); a cell proves a separator when it reads as a number with
 * only that one (`31,4`, `-0.100`; `1.500` proves nothing). Cells that prove both leave the
 * default in place and say so: the strict number parser then refuses the other cells one by one.
 * A `,` file cannot carry unquoted decimal commas, so it is never switched.
 */
import { decimalEvidence, parseNumber } from './numbers';
import { problem, type DecimalSeparator, type Delimiter, type Problem } from './problems';

export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

export interface Dialect {
	delimiter: Delimiter;
	decimal: DecimalSeparator;
	/** False when the first line holds numbers: our layouts need names, so readers refuse it. */
	hasHeader: boolean;
	lineEnding: LineEnding;
}

export interface DialectResult {
	dialect: Dialect | null;
	problems: Problem[];
}

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];
/** Data lines checked for a consistent delimiter count. */
const DELIMITER_SAMPLE = 50;
/** Data lines whose cells are looked at for the decimal separator. */
const DECIMAL_SAMPLE = 500;

interface SampleRecord {
	line: number;
	text: string;
}

/** The text with every line ending as `\n`; without a `\r` in it, the text itself, uncopied. */
export function withLf(text: string): string {
	return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * The fields of the first line that is not blank (the header, in a file that has one), found
 * without splitting the whole text into lines.
 */
export function headerFields(text: string, dialect: Dialect): string[] {
	for (let start = 0; start < text.length;) {
		const ending = /\r\n?|\n/g;
		ending.lastIndex = start;
		const end = ending.exec(text);
		const line = text.slice(start, end ? end.index : text.length);
		if (line.trim() !== '') return splitRecord(line, dialect.delimiter);
		if (!end) break;
		start = end.index + end[0].length;
	}
	return splitRecord('', dialect.delimiter);
}

/** Line endings as written (inside quoted fields too: they are what the file's author produced). */
export function lineEndings(text: string): {
	ending: LineEnding;
	crlf: number;
	lf: number;
	cr: number;
} {
	let crlf = 0;
	let lf = 0;
	let cr = 0;
	if (!text.includes('\r')) {
		// The common case, counted by the engine's own search, many times faster than the loop.
		for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lf++;
	} else
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c === 13) {
				if (text.charCodeAt(i + 1) === 10) {
					crlf++;
					i++;
				} else cr++;
			} else if (c === 10) lf++;
		}
	const kinds = [crlf > 0, lf > 0, cr > 0].filter(Boolean).length;
	const ending: LineEnding =
		kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : crlf > 0 ? 'crlf' : lf > 0 ? 'lf' : 'cr';
	return { ending, crlf, lf, cr };
}

/**
 * The first `max` non-blank records of `text` (newlines already `\n`), split at newlines outside
 * quotes. Quotes toggle on every `"`, so a doubled `""` inside a quoted field cancels out.
 */
function sampleRecords(text: string, max: number): SampleRecord[] {
	const records: SampleRecord[] = [];
	let inQuotes = false;
	let start = 0;
	let line = 1;
	let startLine = 1;
	for (let i = 0; i <= text.length && records.length < max; i++) {
		const c = text[i];
		if (c === '"') inQuotes = !inQuotes;
		else if (i === text.length || (c === '\n' && !inQuotes)) {
			const record = text.slice(start, i);
			if (record.trim() !== '') records.push({ line: startLine, text: record });
			start = i + 1;
			startLine = line + 1;
		}
		if (c === '\n') line++;
	}
	return records;
}

function countOutsideQuotes(record: string, delimiter: Delimiter): number {
	let inQuotes = false;
	let n = 0;
	for (const c of record) {
		if (c === '"') inQuotes = !inQuotes;
		else if (c === delimiter && !inQuotes) n++;
	}
	return n;
}

/** A record's fields, unquoted (`"a ""b"""` → `a "b"`). Good enough for sampling. */
export function splitRecord(record: string, delimiter: Delimiter): string[] {
	const fields: string[] = [];
	let field = '';
	let inQuotes = false;
	for (let i = 0; i < record.length; i++) {
		const c = record[i];
		if (inQuotes) {
			if (c === '"' && record[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') inQuotes = false;
			else field += c;
		} else if (c === '"') inQuotes = true;
		else if (c === delimiter) {
			fields.push(field);
			field = '';
		} else field += c;
	}
	fields.push(field);
	return fields;
}

function chooseDelimiter(
	header: SampleRecord,
	data: readonly SampleRecord[]
): { delimiter: Delimiter } | { problem: Problem } {
	const inHeader = CANDIDATES.map((d) => ({ d, n: countOutsideQuotes(header.text, d) })).filter(
		(c) => c.n > 0
	);
	if (inHeader.length === 0)
		return { problem: problem('delimiter_not_found', header.line, null, {}) };
	if (inHeader.length === 1) return { delimiter: inHeader[0].d };

	const consistent = inHeader.filter((c) =>
		data.slice(0, DELIMITER_SAMPLE).every((r) => countOutsideQuotes(r.text, c.d) === c.n)
	);
	const pool = consistent.length > 0 ? consistent : inHeader;
	const most = Math.max(...pool.map((c) => c.n));
	const top = pool.filter((c) => c.n === most);
	if (consistent.length > 0 && top.length === 1) return { delimiter: top[0].d };
	return {
		problem: problem('delimiter_ambiguous', header.line, null, {
			candidates: (consistent.length > 0 ? top : inHeader).map((c) => c.d).join('')
		})
	};
}

function isNumeric(field: string): boolean {
	return (['point', 'comma'] as const).some(
		(d) => parseNumber(field, d, { groupingConfirmed: true, cbsSentinels: false }).kind === 'number'
	);
}

export function detectDialect(text: string): DialectResult {
	const problems: Problem[] = [];
	const endings = lineEndings(text);
	if (endings.ending === 'mixed') {
		const { crlf, lf, cr } = endings;
		problems.push(problem('line_endings_mixed', null, null, { crlf, lf, cr }));
	}

	const records = sampleRecords(withLf(text), DECIMAL_SAMPLE + 1);
	if (records.length === 0)
		return { dialect: null, problems: [problem('file_empty', null, null, {})] };
	const [header, ...data] = records;

	const chosen = chooseDelimiter(header, data);
	if ('problem' in chosen) return { dialect: null, problems: [...problems, chosen.problem] };
	const { delimiter } = chosen;

	const hasHeader = !splitRecord(header.text, delimiter).some((f) => isNumeric(f));

	let comma = 0;
	let point = 0;
	for (const record of hasHeader ? data : records) {
		for (const field of splitRecord(record.text, delimiter)) {
			const evidence = decimalEvidence(field);
			if (evidence === 'comma') comma++;
			else if (evidence === 'point') point++;
		}
	}
	let decimal: DecimalSeparator = delimiter === ';' ? 'comma' : 'point';
	if (delimiter !== ',') {
		const other: DecimalSeparator = decimal === 'comma' ? 'point' : 'comma';
		const forDefault = decimal === 'comma' ? comma : point;
		const forOther = decimal === 'comma' ? point : comma;
		if (forOther > 0 && forDefault === 0) {
			decimal = other;
			if (other === 'point')
				problems.push(problem('decimal_point_detected', null, null, { delimiter }));
		} else if (forOther > 0) {
			problems.push(
				problem('decimal_separator_mixed', null, null, { comma, point, chosen: decimal })
			);
		}
	} else if (comma > 0 && point > 0) {
		problems.push(
			problem('decimal_separator_mixed', null, null, { comma, point, chosen: decimal })
		);
	}

	return { dialect: { delimiter, decimal, hasHeader, lineEnding: endings.ending }, problems };
}
