/**
 * Parquet uploads: recognising a Parquet file and the form in which its content reaches the
 * ingest core. Small on purpose (the page imports it to sort files before the worker starts);
 * the rows are checked in parquet-longform.ts.
 */
import { excerpt } from './problems';

/** `PAR1`: a Parquet file starts and ends with it. */
const MAGIC = [0x50, 0x41, 0x52, 0x31];
/** Magic, footer length (4 bytes), magic: nothing shorter can be a Parquet file. */
const MIN_LENGTH = 12;

const magicAt = (bytes: Uint8Array, offset: number) =>
	MAGIC.every((b, i) => bytes[offset + i] === b);

/** Whether a file is Parquet, from its first and last four bytes (never from its name). */
export function hasParquetMagic(head: Uint8Array, tail: Uint8Array, size: number): boolean {
	return (
		size >= MIN_LENGTH &&
		head.length >= 4 &&
		tail.length >= 4 &&
		magicAt(head, 0) &&
		magicAt(tail, tail.length - 4)
	);
}

export function isParquet(bytes: Uint8Array): boolean {
	return hasParquetMagic(bytes, bytes, bytes.length);
}

/** A Parquet file's cells as text; null is an empty cell (a missing value). */
export interface ParquetText {
	/** Column names in file order. */
	columns: string[];
	rows: (string | null)[][];
}

/** What reading a Parquet file gave: its cells, or why DuckDB could not read it. */
export type ParquetContent = { table: ParquetText } | { unreadable: string };

/**
 * The first line of DuckDB's error, without the statement it quotes and without the name the
 * file was registered under (ours, which would only confuse).
 */
export function unreadableDetail(error: unknown, location: string): string {
	const message = error instanceof Error ? error.message : String(error);
	const first = message.split('\n')[0].replaceAll(` in file '${location}'`, '');
	return excerpt(first.replaceAll(`'${location}'`, 'the file').trim());
}
