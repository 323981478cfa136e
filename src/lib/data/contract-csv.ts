/**
 * Rows of a contract table → CSV in exactly the contract's dialect (comma, `"` quotes, `.`
 * decimals, empty = missing). Checked uploads are kept and loaded in this form: DuckDB reads it
 * with the same stated, never sniffed, settings as the bundled files, and no value of the user's
 * ever becomes part of an SQL statement.
 */
import { TABLE_SPECS, type TableSpec } from './contract';

type Cell = string | number | null | undefined;

export function csvCell(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
		return String(value);
	}
	// An empty string would read back as missing; quoting keeps the difference visible in the file.
	return value === '' || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function contractCsv(table: TableSpec['name'], rows: Iterable<object>): string {
	const columns = TABLE_SPECS.find((t) => t.name === table)!.columns.map((c) => c.name);
	const lines = [columns.join(',')];
	for (const row of rows)
		lines.push(columns.map((c) => csvCell((row as Record<string, Cell>)[c])).join(','));
	return `${lines.join('\n')}\n`;
}
