/**
 * An uploaded Parquet file → its cells as text, read by the engine. duckdb-wasm reads Parquet
 * natively (the parquet extension is built into the eh bundle, so the lockdown's "no extension
 * from the network" holds). The bytes are registered under a name of our own, never the user's
 * file name, and dropped again once read. A file DuckDB cannot read is not an error here: it
 * comes back as `unreadable` with DuckDB's reason, for the review to show.
 */
import type { Engine } from './engine';
import { unreadableDetail, type ParquetContent } from './ingest/parquet';
import { readParquetAsText } from './queries';

let reads = 0;

export async function readParquetUpload(
	engine: Engine,
	bytes: Uint8Array
): Promise<ParquetContent> {
	const location = await engine.registerFile(`upload-${++reads}.parquet`, bytes);
	try {
		return { table: await readParquetAsText(engine, location) };
	} catch (error) {
		return { unreadable: unreadableDetail(error, location) };
	} finally {
		await engine.dropFile(location).catch(() => {});
	}
}
