/**
 * The browser's one engine: created lazily after first paint, loaded with the bundled dataset
 * and the user's stored datasets, and reflected in `<html data-engine>` and in `engineState`.
 * Adding, removing and hiding data go through here, so that the store, the engine's tables and
 * the dataset description the pages show never disagree.
 */
import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { files as bundledUrls, observationParts } from 'virtual:wijkwaarde-dataset';
import type { Engine } from './engine';
import { buildDatasetMeta, type DatasetMeta } from './model';
import type {
	Kind,
	StoredBoundaries,
	StoredDataset,
	StoredIntervention,
	StoredTarget
} from './store';
import type { BundledPartitions } from './bundled-partitions';
import type { PartitionSummary } from './partition-protocol';
import type { BundledFiles, FreshTables } from './user-data';

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
	interventions: StoredIntervention[];
	/** Boundary uploads for the maps, without their shapes (see `boundaryUploads`). */
	boundaries: BoundaryUpload[];
	hideDemo: boolean;
	storeError: 'unavailable' | 'quota' | 'failed' | null;
}>({
	datasets: [],
	targets: [],
	interventions: [],
	boundaries: [],
	hideDemo: false,
	storeError: null
});

/** A boundary upload as /data lists it. */
export type BoundaryUpload = Omit<StoredBoundaries, 'shapes'> & { codes: string[] };

/**
 * The stored boundary uploads with their shapes, in the order added: plain objects, outside the
 * reactive state, since d3 walks thousands of coordinates and a proxy on each would cost.
 * `userData.boundaries` changes whenever this does.
 */
let storedBoundaries: StoredBoundaries[] = [];
export const boundaryUploads = (): readonly StoredBoundaries[] => storedBoundaries;

function setBoundaries(next: StoredBoundaries[]) {
	storedBoundaries = next;
	userData.boundaries = next.map(({ shapes, ...upload }) => ({
		...upload,
		codes: shapes.map((s) => s.properties.code)
	}));
}

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
	const summary = partitions && demoShown() ? await partitions.source.summary : null;
	return {
		...meta,
		...(summary && partitionSummary(meta, summary)),
		uploads: userData.datasets.map((d) => ({ name: d.name, years: d.summary.years }))
	};
}

/**
 * A partitioned dataset (the whole country, say) is described by its whole file, not by the
 * gemeenten loaded so far: its years and its number of observations.
 */
function partitionSummary(meta: DatasetMeta, summary: PartitionSummary) {
	const loaded = meta.observations > 0;
	const first = summary.firstYear ?? meta.firstYear;
	const last = summary.lastYear ?? meta.lastYear;
	return {
		firstYear: loaded ? Math.min(meta.firstYear, first) : first,
		lastYear: loaded ? Math.max(meta.lastYear, last) : last,
		observations: Math.max(meta.observations, summary.rows)
	};
}

/** A partitioned dataset's observations, loaded per gemeente (null: all are in the tables). */
let partitions: BundledPartitions | null = null;

/** Changes whenever a partition is added to the engine: values cached before may lack it. */
export const dataVersion = () => partitions?.version ?? 0;

/** The area codes of the page being opened, whose gemeente is worth fetching at once. */
function codesInLocation(): string[] {
	const path = location.pathname.match(/\/wijk\/([^/]+)/)?.[1];
	const areas = new URLSearchParams(location.search).get('areas') ?? '';
	return [...(path ? [decodeURIComponent(path)] : []), ...areas.split(',').filter(Boolean)];
}

/**
 * Makes sure the engine holds the bundled observations of the gemeenten the areas lie in (a
 * partitioned dataset only; otherwise it holds all of them already). True when something was added.
 */
export function ensureObservations(codes: readonly string[]): Promise<boolean> {
	return partitions && demoShown() ? partitions.ensure(codes) : Promise.resolve(false);
}

async function reloadPartitions(): Promise<void> {
	await partitions?.reload(demoShown());
}

async function readStore(): Promise<void> {
	const { getSetting, listBoundaries, listDatasets, listInterventions, listTargets } =
		await import('./store');
	try {
		const [datasets, targets, interventions, boundaries, hideDemo] = await Promise.all([
			listDatasets(),
			listTargets(),
			listInterventions(),
			listBoundaries(),
			getSetting(HIDE_DEMO_SETTING, false)
		]);
		userData.datasets = datasets;
		userData.targets = targets;
		userData.interventions = interventions;
		setBoundaries(boundaries);
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
			if (observationParts && bundledUrls.areas) {
				const { BundledPartitions } = await import('./bundled-partitions');
				partitions = new BundledPartitions(observationParts, bundledUrls.areas, async () => {
					return (await startEngine()).engine;
				});
				// The page's own gemeente loads while the wasm compiles; nothing waits for it here.
				ensureObservations(codesInLocation()).catch(() => {});
			}
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
			await rebuildTables(engine, demoShown() ? files : null, userData.datasets, userData);
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

/**
 * Starts the engine once the page has painted, so the prerendered charts are never delayed.
 * Usually the app code runs after the first paint already: then at once, not a frame later,
 * when hydration has ended (a frame waits for it), so the wasm loads while the page hydrates.
 */
export function startEngineAfterPaint(): Promise<ReadyDataset> {
	if (performance.getEntriesByName('first-contentful-paint').length > 0) return startEngine();
	return new Promise((resolve, reject) => {
		requestAnimationFrame(() => setTimeout(() => startEngine().then(resolve, reject), 0));
	});
}

/** Whether the engine's data differs from what was prerendered (pages must then reload theirs). */
export function hasUserData(): boolean {
	return (
		userData.datasets.length > 0 ||
		userData.targets.length > 0 ||
		userData.interventions.length > 0 ||
		userData.boundaries.length > 0
	);
}

/**
 * Keeps a boundary upload. The engine is not involved: the maps lay the stored shapes over the
 * bundled ones (source.ts). Nothing changes if the store refuses it.
 */
export async function addUserBoundaries(boundaries: StoredBoundaries): Promise<void> {
	await startEngine();
	const { saveBoundaries } = await import('./store');
	await saveBoundaries(boundaries);
	setBoundaries([...storedBoundaries, boundaries]);
}

export async function removeUserBoundaries(id: string): Promise<void> {
	const { removeBoundaries } = await import('./store');
	await removeBoundaries(id);
	setBoundaries(storedBoundaries.filter((b) => b.id !== id));
}

async function refreshMeta(engine: Engine): Promise<void> {
	ready = { engine, meta: await describe(engine) };
}

/**
 * Keeps a dataset and adds it to the engine, both at once: the engine commits its rows only once
 * the store has kept them (data that is shown but not kept would vanish at the next visit), and if
 * the engine refuses them the stored copy is removed again. `fresh`: the import's own bytes of the
 * tables, loaded as they are (the stored Blobs are not read back).
 */
export async function addUserDataset(
	dataset: StoredDataset,
	fresh: FreshTables = {}
): Promise<void> {
	const { engine } = await startEngine();
	const [{ saveDataset, removeDataset }, { addDatasetToEngine, rebuildTables }] = await Promise.all(
		[import('./store'), import('./user-data')]
	);
	const wasShown = demoShown();
	userData.datasets = [...userData.datasets, dataset];
	try {
		// Hiding the demo only takes effect once there is own data: then the tables change shape.
		if (wasShown && !demoShown()) {
			await keep(saveDataset(dataset));
			await rebuildTables(engine, null, userData.datasets, userData);
			await reloadPartitions();
		} else {
			const kept = keep(saveDataset(dataset));
			// Awaited inside the engine's transaction; this only stops a failure counting as unhandled.
			kept.catch(() => {});
			await addDatasetToEngine(engine, dataset, fresh, kept);
		}
	} catch (error) {
		userData.datasets = userData.datasets.filter((d) => d.id !== dataset.id);
		await removeDataset(dataset.id).catch(() => {});
		throw error;
	}
	performance.mark('wijkwaarde:import:loaded');
	await refreshMeta(engine);
}

/** The store's promise to keep a dataset, marked when it is kept (the benchmark reads the mark). */
async function keep(saved: Promise<void>): Promise<void> {
	await saved;
	performance.mark('wijkwaarde:import:stored');
}

async function rebuild(change: () => void, undo: () => void): Promise<void> {
	const { engine } = await startEngine();
	const { rebuildTables } = await import('./user-data');
	change();
	try {
		await rebuildTables(engine, demoShown() ? bundledFiles : null, userData.datasets, userData);
	} catch (error) {
		undo();
		throw error;
	}
	await reloadPartitions();
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
 * Replaces the user's records of one kind (targets, interventions) with `next` (one made,
 * edited, removed or imported): given to the engine, then kept. Ids in `removed` are deleted
 * from the store. If the store refuses, the engine gets the previous set back.
 */
async function changeOwn<T extends { id: string }>(
	kind: Extract<Kind, 'targets' | 'interventions'>,
	before: T[],
	next: T[],
	removed: string[],
	setInEngine: (engine: Engine, records: readonly T[]) => Promise<void>
): Promise<void> {
	const { engine } = await startEngine();
	const { putRecord, deleteRecord } = await import('./store');
	await setInEngine(engine, next);
	try {
		const changed = next.filter((record) => !before.includes(record));
		for (const record of changed) await putRecord(kind, $state.snapshot(record) as T);
		for (const id of removed) await deleteRecord(kind, id);
	} catch (error) {
		await setInEngine(engine, before).catch(() => {});
		throw error;
	}
}

/** `list` with `record` added, or in place of the one with the same id. */
const upsert = <T extends { id: string }>(list: T[], record: T) =>
	list.some((r) => r.id === record.id)
		? list.map((r) => (r.id === record.id ? record : r))
		: [...list, record];

async function changeTargets(next: StoredTarget[], removed: string[] = []): Promise<void> {
	const { setUserTargets } = await import('./user-data');
	await changeOwn('targets', userData.targets, next, removed, setUserTargets);
	userData.targets = next;
}

/** Adds a target, or replaces the one with the same id. */
export function saveUserTarget(target: StoredTarget): Promise<void> {
	return changeTargets(upsert(userData.targets, target));
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

async function changeInterventions(
	next: StoredIntervention[],
	removed: string[] = []
): Promise<void> {
	const { setUserInterventions } = await import('./user-data');
	await changeOwn('interventions', userData.interventions, next, removed, setUserInterventions);
	userData.interventions = next;
}

/** Adds an intervention, or replaces the one with the same id. */
export function saveUserIntervention(intervention: StoredIntervention): Promise<void> {
	return changeInterventions(upsert(userData.interventions, intervention));
}

export function removeUserIntervention(id: string): Promise<void> {
	return changeInterventions(
		userData.interventions.filter((i) => i.id !== id),
		[id]
	);
}

/** Adds imported interventions after the user's own. */
export function addUserInterventions(interventions: StoredIntervention[]): Promise<void> {
	return changeInterventions([...userData.interventions, ...interventions]);
}
