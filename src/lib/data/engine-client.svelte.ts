/**
 * The browser's one engine: created lazily after first paint, loaded with the bundled
 * dataset, and reflected in `<html data-engine>` and in `engineState` for the UI.
 */
import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Engine } from './engine';
import { buildDatasetMeta, type DatasetMeta } from './model';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'error';

export const engineState = $state<{
	status: EngineStatus;
	reason?: 'no-wasm' | 'no-worker' | 'timeout' | 'failed';
	detail?: string;
	readyAt?: number;
}>({ status: 'idle' });

export interface ReadyDataset {
	engine: Engine;
	meta: DatasetMeta;
}

let ready: ReadyDataset | null = null;
let starting: Promise<ReadyDataset> | null = null;

function reflect(status: Exclude<EngineStatus, 'idle'>) {
	engineState.status = status;
	document.documentElement.dataset.engine = status;
}

/** The engine with its data, if it has finished starting; never waits. */
export function readyDataset(): ReadyDataset | null {
	return ready;
}

export function startEngine(): Promise<ReadyDataset> {
	starting ??= (async () => {
		reflect('loading');
		try {
			if (typeof Worker !== 'function')
				throw Object.assign(new Error('no Worker'), { reason: 'no-worker' });
			// Created first: the worker fetches and compiles its script while the engine code loads.
			const worker = new Worker(duckdbWorkerUrl);
			const [{ createBrowserEngine }, { fetchBundledDataset, loadBundledDataset }] =
				await Promise.all([import('./engine-browser'), import('./bundled-browser')]);
			const [engine, files] = await Promise.all([
				createBrowserEngine(worker),
				fetchBundledDataset()
			]);
			await loadBundledDataset(engine, files);
			performance.mark('wijkwaarde:engine:tables-loaded');
			ready = { engine, meta: await buildDatasetMeta(engine, true) };
			engineState.readyAt = performance.now();
			reflect('ready');
			return ready;
		} catch (error) {
			const reason = (error as { reason?: typeof engineState.reason }).reason ?? 'failed';
			engineState.reason = reason;
			engineState.detail = error instanceof Error ? error.message : String(error);
			console.error('Wijkwaarde: the engine could not start', error);
			reflect('error');
			throw error;
		}
	})();
	return starting;
}

/** Starts the engine once the page has painted, so the prerendered charts are never delayed. */
export function startEngineAfterPaint(): Promise<ReadyDataset> {
	return new Promise((resolve, reject) => {
		requestAnimationFrame(() => setTimeout(() => startEngine().then(resolve, reject), 0));
	});
}
