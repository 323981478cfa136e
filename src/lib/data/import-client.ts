/**
 * Runs an import in its own worker. One worker per run: cancelling terminates it, which stops
 * the reading and parsing at once and leaves nothing behind.
 */
import type { CatalogueAdditions, KnownCatalogue } from './ingest/import-plan';
import type { ImportResponse, PlannedImport } from './import-protocol';

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

export function startImport(
	files: File[],
	known: KnownCatalogue,
	additions: CatalogueAdditions,
	onProgress: (progress: ImportProgress) => void
): RunningImport {
	const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
	let settle: { reject(error: Error): void } | null = null;
	const result = new Promise<PlannedImport>((resolve, reject) => {
		settle = { reject };
		worker.onmessage = (event: MessageEvent<ImportResponse>) => {
			const message = event.data;
			if (message.type === 'progress') onProgress({ phase: 'reading', ...message });
			else if (message.type === 'checking') onProgress({ phase: 'checking' });
			else {
				worker.terminate();
				if (message.type === 'planned') resolve(message.plan);
				else reject(new Error(message.message));
			}
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(event.message || 'the import worker failed'));
		};
	});
	worker.postMessage({
		files,
		known: { areaCodes: [...known.areaCodes], indicatorIds: [...known.indicatorIds] },
		// Plain copies: reactive proxies from the page cannot be posted.
		additions: JSON.parse(JSON.stringify(additions)) as CatalogueAdditions
	});
	return {
		result,
		cancel() {
			worker.terminate();
			settle?.reject(new ImportCancelled());
		}
	};
}
