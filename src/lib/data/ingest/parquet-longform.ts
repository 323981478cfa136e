/**
 * Parquet uploads in the long form (area_code, indicator_id, year, value, optional status).
 * readParquetText (parquet.ts) gives every cell as text, in file order; from there a Parquet
 * row is checked exactly as a CSV row, by the same RowChecker and number parser, so that a
 * value typed as text (`'12,5'`, `'abc'`) or a year out of range is refused the same way.
 *
 * Row numbers count as a spreadsheet shows the table: the column names are row 1, the first
 * data row is row 2 (the line a CSV of the same table would have it on).
 */
import type { FileIngestResult } from './ingest-file';
import { refusedResult } from './collect';
import type { Catalogue } from './fields';
import { checkLongFormRecords } from './longform';
import type { ParquetContent } from './parquet';
import { excerpt, problem, sortProblems, type Problem } from './problems';

/** Problems the CSV reader words for a header line, reworded for a Parquet schema. */
function forParquet(problems: Problem[], columns: readonly string[]): Problem[] {
	const found = columns.length > 0 ? excerpt(columns.join(', ')) : '–';
	return problems.map((p) => {
		if (p.code === 'column_missing')
			return problem('parquet_column_missing', null, p.column, { columns: found });
		return p;
	});
}

export function ingestParquet(content: ParquetContent, catalogue: Catalogue): FileIngestResult {
	const details = { encoding: null, dialect: null, layout: 'long' } as const;
	if ('tooManyRows' in content) {
		return {
			...refusedResult([
				problem('parquet_too_many_rows', null, null, {
					rows: content.tooManyRows,
					max: content.max
				})
			]),
			...details,
			layout: null
		};
	}
	if ('unreadable' in content) {
		return {
			...refusedResult([problem('parquet_unreadable', null, null, { detail: content.unreadable })]),
			...details,
			layout: null
		};
	}
	const { columns, rows } = content.table;
	if (rows.length === 0) {
		return {
			...refusedResult([problem('parquet_no_rows', null, null, {})]),
			...details
		};
	}
	const header = columns.map((name) => name.trim());
	const records = rows.map((cells, i) => ({
		line: i + 2,
		lines: 1,
		fields: cells.map((cell) => cell ?? '')
	}));
	// Numbers are written with a decimal point, and text cells are read in the contract's dialect.
	const result = checkLongFormRecords({ header, headerLine: null, records }, 'point', catalogue);
	return { ...result, problems: sortProblems(forParquet(result.problems, header)), ...details };
}
