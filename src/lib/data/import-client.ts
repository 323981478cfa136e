/**
 * Runs an import in its own worker. One worker per run: cancelling terminates it, which stops
 * the reading and parsing at once and leaves nothing behind. Parquet files are read by the
 * engine first and reach the worker as text cells.
 */
import type { Engine } from './engine';
import type { CatalogueAdditions, KnownCatalogue } from './ingest/import-plan';
import { hasParquetMagic, type ParquetContent } from './ingest/parquet';
import { readParquetUpload } from './parquet-upload';
import type { ImportRequest, ImportResponse, PlannedImport } from './import-protocol';

/**
 * The most one import may hold. Reading keeps the bytes, their text and the parsed rows in the
 * worker at once (about eight times the file), and browsers stop a tab near 4 GB; larger files
 * are refused before a byte is read.
 */
export const MAX_IMPORT_BYTES = 300 * 1024 * 1024;

export type ImportProgress =
	{ phase: 'reading'; loaded: number; total: number; lines: number } | { phase: 'checking' };

export class ImportCancelled extends Error {
	constructor() {
		super('cancelled');
	}
}

export interface RunningImport {
	result: Promise<PlannedImport>;
	cancel(): void;
}

/** Whether a file is Parquet, from its first and last four bytes (the name does not matter). */
async function looksLikeParquet(file: File): Promise<boolean> {
	if (file.size < 12) return false;
	const [head, tail] = await Promise.all([
		file.slice(0, 4).arrayBuffer(),
		file.slice(file.size - 4).arrayBuffer()
	]);
	return hasParquetMagic(new Uint8Array(head), new Uint8Array(tail), file.size);
}

/** The Parquet files of a selection, read by the engine; null for the others (the worker's). */
async function readParquetFiles(
	engine: Engine,
	files: readonly File[],
	cancelled: () => boolean,
	onProgress: (progress: ImportProgress) => void
): Promise<(ParquetContent | null)[]> {
	const kinds = await Promise.all(files.map(looksLikeParquet));
	if (!kinds.some(Boolean)) return files.map(() => null);
	const total = files.reduce((n, f) => n + f.size, 0);
	let loaded = 0;
	let lines = 0;
	const contents: (ParquetContent | null)[] = [];
	for (const [i, file] of files.entries()) {
		if (!kinds[i] || cancelled()) {
			contents.push(null);
			continue;
		}
		const content = await readParquetUpload(engine, new Uint8Array(await file.arrayBuffer()));
		if ('table' in content) lines += content.table.rows.length + 1;
		contents.push(content);
		loaded += file.size;
		onProgress({ phase: 'reading', loaded, total, lines });
	}
	return contents;
}

export function startImport(
	files: File[],
	known: KnownCatalogue,
	additions: CatalogueAdditions,
	onProgress: (progress: ImportProgress) => void,
	engine: Engine
): RunningImport {
	let worker: Worker | null = null;
	let cancelled = false;
	let settle: { reject(error: Error): void } | null = null;
	const stopped = new Promise<never>((_, reject) => (settle = { reject }));
	const run = async (): Promise<PlannedImport> => {
		const parquet = await readParquetFiles(engine, files, () => cancelled, onProgress);
		if (cancelled) throw new ImportCancelled();
		const started = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
		worker = started;
		const planned = new Promise<PlannedImport>((resolve, reject) => {
			started.onmessage = (event: MessageEvent<ImportResponse>) => {
				const message = event.data;
				if (message.type === 'progress') onProgress({ phase: 'reading', ...message });
				else if (message.type === 'checking') onProgress({ phase: 'checking' });
				else {
					started.terminate();
					if (message.type === 'planned') resolve(message.plan);
					else reject(new Error(message.message));
				}
			};
			started.onerror = (event) => {
				started.terminate();
				reject(new Error(event.message || 'the import worker failed'));
			};
		});
		const request: ImportRequest = {
			files,
			parquet,
			known: { areaCodes: [...known.areaCodes], indicatorIds: [...known.indicatorIds] },
			// Plain copies: reactive proxies from the page cannot be posted.
			additions: JSON.parse(JSON.stringify(additions)) as CatalogueAdditions
		};
		started.postMessage(request);
		return planned;
	};
	return {
		result: Promise.race([run(), stopped]),
		cancel() {
			cancelled = true;
			worker?.terminate();
			settle?.reject(new ImportCancelled());
		}
	};
}
