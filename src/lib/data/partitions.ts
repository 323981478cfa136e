/**
 * A partitioned dataset's observations: one Parquet file sorted by gemeente (then area,
 * indicator, year) with the gemeente of every row in a column of its own
 * (scripts/generate-national-data.ts writes such a file). The footer's row-group statistics say
 * which row groups hold a gemeente's rows, so a view fetches its gemeente's few row groups by
 * HTTP range requests instead of the whole country (about 85 KB of 16.6 MB).
 *
 * Read with hyparquet, not DuckDB: duckdb-wasm's eh build has no Parquet reader without its
 * extension, which the lockdown forbids fetching (see ingest/parquet.ts). The rows are handed to
 * DuckDB as a contract CSV, the form every other table arrives in.
 */
import { parquetMetadataAsync, parquetRead, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { GEMEENTE_LEVEL_COPIES_KEY } from './partition-protocol';

/** The file's columns the contract needs, in the order they are read. */
const COLUMNS = ['gemeente_code', 'area_code', 'indicator_id', 'year', 'value'] as const;
export const PARTITION_CSV_HEADER = 'area_code,indicator_id,year,value';

/** The footer of a small file is read in one request; a large one's needs a second. */
const FOOTER_GUESS_BYTES = 64 * 1024;

export interface RowGroupRange {
	/** First row of the group in the file, and the row after its last. */
	rowStart: number;
	rowEnd: number;
	/** The smallest and largest gemeente code in the group (its statistics). */
	min: string;
	max: string;
}

export interface PartitionIndex {
	file: AsyncBuffer;
	metadata: FileMetaData;
	groups: RowGroupRange[];
	/**
	 * The observations in the file, each counted once (the copy of the gemeente level left out),
	 * and their first and last year: the dataset's summary.
	 */
	rows: number;
	firstYear: number | null;
	lastYear: number | null;
}

export class PartitionFileError extends Error {}

const statText = (value: unknown) =>
	typeof value === 'string'
		? value
		: value instanceof Uint8Array
			? new TextDecoder().decode(value)
			: null;

/** Reads the footer and finds each row group's gemeente range. */
export async function openPartitions(file: AsyncBuffer): Promise<PartitionIndex> {
	const metadata = await parquetMetadataAsync(file, { initialFetchSize: FOOTER_GUESS_BYTES });
	const names = metadata.schema.slice(1).map((s) => s.name);
	const missing = COLUMNS.filter((c) => !names.includes(c));
	if (missing.length > 0)
		throw new PartitionFileError(`observations.parquet lacks the columns ${missing.join(', ')}`);
	const groups: RowGroupRange[] = [];
	let rowStart = 0;
	let firstYear: number | null = null;
	let lastYear: number | null = null;
	for (const group of metadata.row_groups) {
		const column = (name: string) =>
			group.columns.find((c) => c.meta_data?.path_in_schema[0] === name)?.meta_data;
		const stats = column('gemeente_code')?.statistics;
		const min = statText(stats?.min_value ?? stats?.min);
		const max = statText(stats?.max_value ?? stats?.max);
		if (min === null || max === null)
			throw new PartitionFileError('observations.parquet has no gemeente statistics per row group');
		const rows = Number(group.num_rows);
		groups.push({ rowStart, rowEnd: rowStart + rows, min, max });
		rowStart += rows;
		const years = column('year')?.statistics;
		const low = Number(years?.min_value ?? years?.min);
		const high = Number(years?.max_value ?? years?.max);
		if (Number.isFinite(low)) firstYear = firstYear === null ? low : Math.min(firstYear, low);
		if (Number.isFinite(high)) lastYear = lastYear === null ? high : Math.max(lastYear, high);
	}
	const copies = Number(
		metadata.key_value_metadata?.find((kv) => kv.key === GEMEENTE_LEVEL_COPIES_KEY)?.value ?? 0
	);
	return { file, metadata, groups, rows: rowStart - copies, firstYear, lastYear };
}

/** The row ranges that may hold the gemeenten's rows; neighbouring groups become one range. */
export function rangesFor(
	groups: readonly RowGroupRange[],
	gemeenten: Iterable<string>
): { rowStart: number; rowEnd: number }[] {
	const wanted = [...gemeenten];
	const ranges: { rowStart: number; rowEnd: number }[] = [];
	for (const group of groups) {
		if (!wanted.some((code) => code >= group.min && code <= group.max)) continue;
		const last = ranges.at(-1);
		if (last && last.rowEnd === group.rowStart) last.rowEnd = group.rowEnd;
		else ranges.push({ rowStart: group.rowStart, rowEnd: group.rowEnd });
	}
	return ranges;
}

const csvField = (value: string) =>
	/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/**
 * The gemeenten's observations as a contract CSV (header included; rows of other gemeenten that
 * share a row group are left out), and how many rows it has.
 */
export async function partitionCsv(
	index: PartitionIndex,
	gemeenten: readonly string[]
): Promise<{ csv: string; rows: number }> {
	const wanted = new Set(gemeenten);
	const lines = [PARTITION_CSV_HEADER];
	for (const range of rangesFor(index.groups, wanted)) {
		await parquetRead({
			file: index.file,
			metadata: index.metadata,
			columns: [...COLUMNS],
			rowStart: range.rowStart,
			rowEnd: range.rowEnd,
			compressors,
			onComplete(rows) {
				for (const row of rows as unknown[][]) {
					const [gemeente, area, indicator, year, value] = row;
					if (!wanted.has(gemeente as string)) continue;
					const number = value === null || value === undefined ? '' : String(value);
					lines.push(
						`${csvField(String(area))},${csvField(String(indicator))},${String(year)},${number}`
					);
				}
			}
		});
	}
	return { csv: lines.join('\n') + '\n', rows: lines.length - 1 };
}
