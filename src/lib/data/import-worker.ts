/**
 * The import worker: reads dropped files in chunks (the page stays responsive and can show how
 * far it is), then runs the pure import plan on them. Our own module worker, not papaparse's
 * `worker: true`, which can die silently under Vite (papaparse PR #1145). The page cancels an
 * import by terminating this worker; nothing here touches the engine or the store. A Parquet
 * file (known by its bytes, not its name) is read into text cells here too, before the plan.
 */
/// <reference lib="webworker" />
import { assembleBytes } from './ingest/as-written';
import { planImport, type ImportFile } from './ingest/import-plan';
import { isParquet, readParquetText, startsLikeParquet } from './ingest/parquet';
import type { ImportRequest, ImportResponse } from './import-protocol';

/** Read in slices of this size; each slice is a progress report. */
const CHUNK_BYTES = 4 * 1024 * 1024;

const post = (message: ImportResponse, transfer: Transferable[] = []) =>
	(self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer);

function countNewlines(bytes: Uint8Array): number {
	let n = 0;
	for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) n++;
	return n;
}

async function readAll(files: readonly File[]): Promise<Uint8Array[]> {
	const total = files.reduce((n, f) => n + f.size, 0);
	let loaded = 0;
	let lines = 0;
	const contents: Uint8Array[] = [];
	for (const file of files) {
		const bytes = new Uint8Array(file.size);
		let binary = false;
		for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
			const chunk = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
			bytes.set(chunk, offset);
			// A Parquet file's bytes are not text: its newline bytes are no lines.
			if (offset === 0) binary = startsLikeParquet(chunk);
			if (!binary) lines += countNewlines(chunk);
			loaded += chunk.length;
			post({ type: 'progress', loaded, total, lines, file: file.name });
		}
		contents.push(bytes);
	}
	return contents;
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
	const { files, known, additions } = event.data;
	try {
		const contents = await readAll(files);
		post({ type: 'checking' });
		const read: ImportFile[] = [];
		for (const [i, file] of files.entries()) {
			const bytes = contents[i];
			read.push(
				isParquet(bytes)
					? { name: file.name, bytes: new Uint8Array(0), parquet: await readParquetText(bytes) }
					: { name: file.name, bytes }
			);
		}
		const plan = planImport(read, known, additions);
		const encoder = new TextEncoder();
		const tables = Object.fromEntries(
			Object.entries(plan.tables).map(([table, csv]) => [
				table,
				table === 'observations' && plan.observationsBytes
					? assembleBytes(contents[plan.observationsBytes.file], plan.observationsBytes)
					: encoder.encode(csv)
			])
		);
		post(
			{ type: 'planned', plan: { ...plan, tables } },
			Object.values(tables).map((bytes) => bytes.buffer)
		);
	} catch (error) {
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
