/**
 * Export rows → a Parquet file, for R, Python (pandas, polars) and DuckDB users.
 *
 * Written in JavaScript (hyparquet-writer), not by DuckDB: duckdb-wasm has no Parquet writer
 * built in, and loading its parquet extension would mean fetching code from DuckDB's extension
 * server, which the lockdown (engine.ts) and the CSP forbid. A pure function, so it works before
 * the engine has started and needs no engine at all. Column names are the stable keys of
 * rows.ts in both languages (a machine format); year is INT32, value a nullable DOUBLE, status a nullable
 * string (`provisional`, `secret`).
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import { EXPORT_COLUMNS, type ExportColumn, type ExportRow } from './rows';

const TYPES: Record<ExportColumn, 'STRING' | 'INT32' | 'DOUBLE'> = {
	area_code: 'STRING',
	area_name: 'STRING',
	indicator_id: 'STRING',
	indicator_label: 'STRING',
	unit: 'STRING',
	year: 'INT32',
	value: 'DOUBLE',
	status: 'STRING'
};

export function toParquet(rows: readonly ExportRow[]): Uint8Array {
	const buffer = parquetWriteBuffer({
		columnData: EXPORT_COLUMNS.map(({ key }) => ({
			name: key,
			data: rows.map((row) => row[key]),
			type: TYPES[key],
			nullable: key === 'value' || key === 'status'
		})),
		createdBy: 'Wijkwaarde'
	});
	return new Uint8Array(buffer);
}
