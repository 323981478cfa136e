/**
 * The browser's one engine: created lazily after first paint, loaded with the bundled dataset
 * and the user's stored datasets, and reflected in `<html data-engine>` and in `engineState`.
 * Adding, removing and hiding data go through here, so that the store, the engine's tables and
 * the dataset description the pages show never disagree.
 */
import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Engine } from './engine';
import { buildDatasetMeta, type DatasetMeta } from './model';
import type { StoredDataset, StoredTarget } from './store';
import type { BundledFiles } from './user-data';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'error';

export const engineState = $state<{
	status: EngineStatus;
	reason?: 'no-wasm' | 'no-worker' | 'timeout' | 'failed';
	detail?: string;
	readyAt?: number;
}>({ status: 'idle' });

/** The user's own data as the engine holds it; `storeError`: why it could not be read or kept. */
export const userData = $state<{
	datasets: StoredDataset[];
	targets: StoredTarget[];
	hideDemo: boolean;
	storeError: 'unavailable' | 'quota' | 'failed' | null;
}>({ datasets: [], targets: [], hideDemo: false, storeError: null });

export interface ReadyDataset {
	engine: Engine;
	meta: DatasetMeta;
}

export const HIDE_DEMO_SETTING = 'hideDemo';

let ready: ReadyDataset | null = null;
let starting: Promise<ReadyDataset> | null = null;
let bundledFiles: BundledFiles | null = null;

function reflect(status: Exclude<EngineStatus, 'idle'>) {
	engineState.status = status;
	document.documentElement.dataset.engine = status;
}

/** The engine with its data, if it has finished starting; never waits. */
export function readyDataset(): ReadyDataset | null {
	return ready;
}

/** The demo is hidden only while there is data of the user's own to show instead. */
const demoShown = () => !(userData.hideDemo && userData.datasets.length > 0);

async function describe(engine: Engine): Promise<DatasetMeta> {
	const meta = await buildDatasetMeta(engine, demoShown());
	return {
		...meta,
		uploads: userData.datasets.map((d) => ({ name: d.name, years: d.summary.years }))
	};
}

async function readStore(): Promise<void> {
	const { getSetting, listDatasets, listTargets } = await import('./store');
	try {
		const [datasets, targets, hideDemo] = await Promise.all([
			listDatasets(),
			listTargets(),
			getSetting(HIDE_DEMO_SETTING, false)
		]);
		userData.datasets = datasets;
		userData.targets = targets;
		userData.hideDemo = hideDemo;
	} catch (error) {
		// Private windows may refuse IndexedDB: the bundled data still works, and /data says why.
		userData.storeError = (error as { reason?: typeof userData.storeError }).reason ?? 'failed';
		console.error('Wijkwaarde: stored datasets could not be read', error);
	}
}

export function startEngine(): Promise<ReadyDataset> {
	starting ??= (async () => {
		reflect('loading');
		try {
			if (typeof Worker !== 'function')
				throw Object.assign(new Error('no Worker'), { reason: 'no-worker' });
			// Created first: the worker fetches and compiles its script while the engine code loads.
			const worker = new Worker(duckdbWorkerUrl);
			const [{ createBrowserEngine }, { fetchBundledDataset }, { rebuildTables }] =
				await Promise.all([
					import('./engine-browser'),
					import('./bundled-browser'),
					import('./user-data')
				]);
			const [engine, files] = await Promise.all([
				createBrowserEngine(worker),
				fetchBundledDataset(),
				readStore()
			]);
			bundledFiles = files;
			await rebuildTables(engine, demoShown() ? files : null, userData.datasets, userData.targets);
			performance.mark('wijkwaarde:engine:tables-loaded');
			ready = { engine, meta: await describe(engine) };
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

/** Whether the engine's data differs from what was prerendered (pages must then reload theirs). */
export function hasUserData(): boolean {
	return userData.datasets.length > 0 || userData.targets.length > 0;
}

async function refreshMeta(engine: Engine): Promise<void> {
	ready = { engine, meta: await describe(engine) };
}

/**
 * Keeps a dataset, then adds it to the engine. Stored first: data that is shown but not kept
 * would vanish at the next visit. If the engine refuses it, the stored copy is removed again.
 */
export async function addUserDataset(dataset: StoredDataset): Promise<void> {
	const { engine } = await startEngine();
	const [{ saveDataset, removeDataset }, { addDatasetToEngine, rebuildTables }] = await Promise.all(
		[import('./store'), import('./user-data')]
	);
	await saveDataset(dataset);
	performance.mark('wijkwaarde:import:stored');
	try {
		const wasShown = demoShown();
		userData.datasets = [...userData.datasets, dataset];
		// Hiding the demo only takes effect once there is own data: then the tables change shape.
		if (wasShown && !demoShown())
			await rebuildTables(engine, null, userData.datasets, userData.targets);
		else await addDatasetToEngine(engine, dataset);
	} catch (error) {
		userData.datasets = userData.datasets.filter((d) => d.id !== dataset.id);
		await removeDataset(dataset.id).catch(() => {});
		throw error;
	}
	performance.mark('wijkwaarde:import:loaded');
	await refreshMeta(engine);
}

async function rebuild(change: () => void, undo: () => void): Promise<void> {
	const { engine } = await startEngine();
	const { rebuildTables } = await import('./user-data');
	change();
	try {
		await rebuildTables(
			engine,
			demoShown() ? bundledFiles : null,
			userData.datasets,
			userData.targets
		);
	} catch (error) {
		undo();
		throw error;
	}
	await refreshMeta(engine);
}

export async function removeUserDataset(id: string): Promise<void> {
	const { removeDataset } = await import('./store');
	await removeDataset(id);
	const before = userData.datasets;
	await rebuild(
		() => (userData.datasets = before.filter((d) => d.id !== id)),
		() => (userData.datasets = before)
	);
}

export async function setDemoHidden(hidden: boolean): Promise<void> {
	const { setSetting } = await import('./store');
	await setSetting(HIDE_DEMO_SETTING, hidden);
	const before = userData.hideDemo;
	await rebuild(
		() => (userData.hideDemo = hidden),
		() => (userData.hideDemo = before)
	);
}

/**
 * Replaces the user's targets with `next` (one made, edited, removed or imported): kept first,
 * then given to the engine. Ids in `removed` are deleted from the store. If the engine refuses
 * the set, the store and the engine keep the previous one.
 */
async function changeTargets(next: StoredTarget[], removed: string[] = []): Promise<void> {
	const { engine } = await startEngine();
	const [{ saveTarget, removeTarget }, { setUserTargets }] = await Promise.all([
		import('./store'),
		import('./user-data')
	]);
	const before = userData.targets;
	await setUserTargets(engine, next);
	try {
		const changed = next.filter((t) => !before.includes(t));
		for (const target of changed) await saveTarget($state.snapshot(target) as StoredTarget);
		for (const id of removed) await removeTarget(id);
	} catch (error) {
		await setUserTargets(engine, before).catch(() => {});
		throw error;
	}
	userData.targets = next;
}

/** Adds a target, or replaces the one with the same id. */
export function saveUserTarget(target: StoredTarget): Promise<void> {
	const exists = userData.targets.some((t) => t.id === target.id);
	return changeTargets(
		exists
			? userData.targets.map((t) => (t.id === target.id ? target : t))
			: [...userData.targets, target]
	);
}

export function removeUserTarget(id: string): Promise<void> {
	return changeTargets(
		userData.targets.filter((t) => t.id !== id),
		[id]
	);
}

/** Adds imported targets after the user's own. */
export function addUserTargets(targets: StoredTarget[]): Promise<void> {
	return changeTargets([...userData.targets, ...targets]);
}
