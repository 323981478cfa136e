/**
 * Parquet uploads: recognising a Parquet file by its bytes, and reading it into text cells for
 * the long form's checker (parquet-longform.ts).
 *
 * Read in JavaScript by hyparquet (the reading half of the library the Parquet export writes
 * with), in the import worker, not by DuckDB: duckdb-wasm 1.32's eh build has no Parquet reader
 * built in (`read_parquet` lives in its parquet extension, which would be fetched from DuckDB's
 * extension server; the lockdown in engine.ts and the CSP forbid that). Every cell becomes text,
 * as DuckDB's `CAST(… AS VARCHAR)` would write it, so that the same strict number and year
 * rules decide about a Parquet cell as about a CSV cell: a value column typed as text with
 * `12,5` or `abc` in it is refused the same way, and nothing is converted behind the user's back.
 */
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { excerpt } from './problems';

/** `PAR1`: a Parquet file starts and ends with it. */
const MAGIC = [0x50, 0x41, 0x52, 0x31];
/** Magic, footer length (4 bytes), magic: nothing shorter can be a Parquet file. */
const MIN_LENGTH = 12;

const magicAt = (bytes: Uint8Array, offset: number) =>
	MAGIC.every((b, i) => bytes[offset + i] === b);

/** Whether the first bytes of a file are Parquet's (a cheap first look, while reading). */
export function startsLikeParquet(head: Uint8Array): boolean {
	return head.length >= 4 && magicAt(head, 0);
}

/** Whether a file is Parquet: `PAR1` at its start and at its end. Never judged by its name. */
export function isParquet(bytes: Uint8Array): boolean {
	return bytes.length >= MIN_LENGTH && magicAt(bytes, 0) && magicAt(bytes, bytes.length - 4);
}

/** A Parquet file's cells as text; null is an empty cell (a missing value). */
export interface ParquetText {
	/** The top-level column names, in file order. */
	columns: string[];
	rows: (string | null)[][];
}

/** What reading a Parquet file gave: its cells, or why it could not be read. */
export type ParquetContent =
	{ table: ParquetText } | { unreadable: string } | { tooManyRows: number; max: number };

/**
 * The most rows one Parquet file may have. Compressed columns unpack to far more memory than
 * their bytes (every cell a string, then a record, then an observation): three million rows are
 * what a 100 MB long-form CSV holds, and about what a tab can take. Refused before unpacking.
 */
export const MAX_PARQUET_ROWS = 3_000_000;

/**
 * The shortest decimal that is the same 32-bit float: a FLOAT column's 31.1 is stored as
 * 31.100000381…, which its writer meant as 31.1 (DuckDB, pandas and R print it so).
 */
function float32Text(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	for (let digits = 1; digits <= 9; digits++) {
		const candidate = Number(value.toPrecision(digits));
		if (Math.fround(candidate) === value) return String(candidate);
	}
	return String(value);
}

const utf8 = new TextDecoder('utf-8');

/** One cell as text, the way DuckDB would cast it; nested values as JSON (never a number). */
function cellText(value: unknown, float32: boolean): string | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return float32 ? float32Text(value) : String(value);
	if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
	if (value instanceof Uint8Array) return utf8.decode(value);
	return JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? String(v) : v));
}

/** The first line of the reader's error, cut to a readable length. */
export function unreadableDetail(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return excerpt(message.split('\n')[0].trim());
}

/**
 * A Parquet file's bytes → its cells as text, or why it cannot be read. Every codec writers use
 * is read: Snappy (pandas, pyarrow, R arrow, DuckDB), zstd (polars), gzip, brotli, lz4
 * (hyparquet-compressors).
 */
export async function readParquetText(bytes: Uint8Array): Promise<ParquetContent> {
	try {
		// hyparquet reads an ArrayBuffer: the file's own when the bytes are all of it, else a copy.
		const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
		const buffer = whole ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
		const metadata = parquetMetadata(buffer);
		const count = Number(metadata.num_rows);
		if (count > MAX_PARQUET_ROWS) return { tooManyRows: count, max: MAX_PARQUET_ROWS };
		const fields = parquetSchema(metadata).children;
		const columns = fields.map((f) => f.element.name);
		const float32 = fields.map((f) => f.element.type === 'FLOAT' && f.children.length === 0);
		let rows: unknown[][] = [];
		await parquetRead({
			file: buffer,
			metadata,
			compressors,
			onComplete: (read) => (rows = read)
		});
		// In place: a second copy of every row would double what the file costs.
		for (const row of rows) {
			row.length = columns.length;
			for (let i = 0; i < columns.length; i++) row[i] = cellText(row[i], float32[i]);
		}
		return { table: { columns, rows: rows as (string | null)[][] } };
	} catch (error) {
		return { unreadable: unreadableDetail(error) };
	}
}
