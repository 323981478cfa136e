/**
 * Export rows → CSV text for spreadsheets.
 *
 * Default dialect: comma-separated, `.` as decimal point, UTF-8 with a byte order mark, CRLF line
 * ends (RFC 4180). That is what the data contract uses, what every tool reads, and what the ingest
 * reads back. The BOM is what makes Excel read UTF-8 (without it, `€` and `ë` arrive garbled).
 * Excel on a Dutch system opens a comma file as one column, however: the `excel-nl` dialect writes
 * what it expects instead, `;` between cells and a decimal comma. The ingest reads both.
 *
 * Numbers are written in full precision (never rounded to the displayed decimals) and as
 * numbers: `-3.2` stays a number. Text cells that a spreadsheet would run as a formula (starting
 * with `=`, `+`, `-`, `@`, tab or CR, also after leading spaces) get a leading apostrophe, the
 * OWASP advice against CSV injection: the text stays readable, and nothing runs.
 */
import { OBSERVATION_STATUS_WORDS } from '$lib/data/contract';
import type { Locale } from '$lib/i18n/locale';
import { EXPORT_COLUMNS, type ExportRow } from './rows';

export type CsvDialect = 'standard' | 'excel-nl';

export interface CsvOptions {
	locale: Locale;
	dialect?: CsvDialect;
}

export const BOM = '\ufeff';
const LINE_END = '\r\n';

const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

/** A text cell that cannot start a formula: `=1+1` → `'=1+1`. */
export function neutraliseFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

function quoteIfNeeded(text: string, delimiter: string): string {
	return text.includes(delimiter) || /["\r\n]/.test(text)
		? `"${text.replaceAll('"', '""')}"`
		: text;
}

/** One cell: numbers as numbers in the dialect's decimal separator, text neutralised and quoted. */
export function csvCell(value: string | number | null, dialect: CsvDialect = 'standard'): string {
	const delimiter = dialect === 'excel-nl' ? ';' : ',';
	if (value === null) return '';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return '';
		// String() is the shortest text that reads back as exactly this number.
		const text = String(value);
		return dialect === 'excel-nl' ? text.replace('.', ',') : text;
	}
	return quoteIfNeeded(neutraliseFormula(value), delimiter);
}

/** A whole CSV file: BOM, header, rows, each cell through csvCell. */
export function csvText(
	header: readonly string[],
	rows: readonly (readonly (string | number | null)[])[],
	dialect: CsvDialect = 'standard'
): string {
	const delimiter = dialect === 'excel-nl' ? ';' : ',';
	const lines = [header, ...rows].map((cells) =>
		cells.map((cell) => csvCell(cell, dialect)).join(delimiter)
	);
	return BOM + lines.join(LINE_END) + LINE_END;
}

export function toCsv(rows: readonly ExportRow[], options: CsvOptions): string {
	// The status in words of the file's language (`voorlopig`); the ingest reads both languages.
	const words = OBSERVATION_STATUS_WORDS[options.locale];
	return csvText(
		EXPORT_COLUMNS.map((c) => c.header[options.locale]),
		rows.map((row) =>
			EXPORT_COLUMNS.map((c) =>
				c.key === 'status' ? (row.status ? words[row.status] : null) : row[c.key]
			)
		),
		options.dialect
	);
}
