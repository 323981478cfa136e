/** An independent reading of the bundled CSVs for tests: papaparse, not DuckDB. */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function readCsv(file: string, dir = 'data'): Record<string, string>[] {
	return readCsvText(readFileSync(resolve(dir, file), 'utf8'), file);
}

export function readCsvText(text: string, label = 'CSV'): Record<string, string>[] {
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	if (parsed.errors.length > 0) throw new Error(`${label}: ${parsed.errors[0].message}`);
	return parsed.data;
}

export function observationValue(
	rows: Record<string, string>[],
	area: string,
	indicator: string,
	year: number
): number | null | undefined {
	const row = rows.find(
		(r) => r.area_code === area && r.indicator_id === indicator && Number(r.year) === year
	);
	if (!row) return undefined;
	return row.value === '' ? null : Number(row.value);
}
