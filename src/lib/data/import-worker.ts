/**
 * The import worker: reads dropped files in chunks (the page stays responsive and can show how
 * far it is), then runs the pure import plan on them. Our own module worker, not papaparse's
 * `worker: true`, which can die silently under Vite (papaparse PR #1145). The page cancels an
 * import by terminating this worker; nothing here touches the engine or the store.
 */
/// <reference lib="webworker" />
import { planImport } from './ingest/import-plan';
import type { ParquetContent } from './ingest/parquet';
import type { ImportRequest, ImportResponse } from './import-protocol';

/** Read in slices of this size; each slice is a progress report. */
const CHUNK_BYTES = 4 * 1024 * 1024;

const post = (message: ImportResponse, transfer: Transferable[] = []) =>
	(self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer);

async function readAll(
	files: readonly File[],
	parquet: readonly (ParquetContent | null)[]
): Promise<Uint8Array[]> {
	const total = files.reduce((n, f) => n + f.size, 0);
	let loaded = 0;
	let lines = 0;
	const contents: Uint8Array[] = [];
	for (const [i, file] of files.entries()) {
		const table = parquet[i];
		if (table) {
			// Read by the engine already: counted as read, its rows as lines.
			loaded += file.size;
			if ('table' in table) lines += table.table.rows.length + 1;
			contents.push(new Uint8Array(0));
			continue;
		}
		const bytes = new Uint8Array(file.size);
		for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
			const chunk = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
			bytes.set(chunk, offset);
			for (let i = 0; i < chunk.length; i++) if (chunk[i] === 0x0a) lines++;
			loaded += chunk.length;
			post({ type: 'progress', loaded, total, lines, file: file.name });
		}
		contents.push(bytes);
	}
	return contents;
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
	const { files, parquet, known, additions } = event.data;
	try {
		const contents = await readAll(files, parquet);
		post({ type: 'checking' });
		const plan = planImport(
			files.map((file, i) => ({
				name: file.name,
				bytes: contents[i],
				...(parquet[i] ? { parquet: parquet[i] } : {})
			})),
			known,
			additions
		);
		const encoder = new TextEncoder();
		const tables = Object.fromEntries(
			Object.entries(plan.tables).map(([table, csv]) => [table, encoder.encode(csv)])
		);
		post(
			{ type: 'planned', plan: { ...plan, tables } },
			Object.values(tables).map((bytes) => bytes.buffer)
		);
	} catch (error) {
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
