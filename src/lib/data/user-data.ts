/**
 * The engine's tables as the user has them: the bundled demo (unless hidden) with their stored
 * datasets on top, in the order they were added. Every change runs in one transaction, so a
 * failure leaves the tables as they were.
 */
import { TABLE_SPECS, type TableSpec } from './contract';
import type { Engine } from './engine';
import {
	insertContractRows,
	observedAreaCodes,
	insertBundledObservations,
	inTransaction,
	targetsAboutRows,
	loadContractTables,
	prepareTargetQueries,
	replaceUserInterventions,
	replaceUserTargets,
	type UserIntervention,
	type UserTarget
} from './queries';
import type { StoredDataset, StoredTable } from './store';

export type BundledFiles = Map<TableSpec['name'], Uint8Array>;

/** Catalogue tables first: observations and targets may refer to the areas and indicators. */
const INSERT_ORDER: readonly TableSpec['name'][] = [
	'indicators',
	'areas',
	'observations',
	'targets'
];

let registrations = 0;

/**
 * Registers bytes of its own: duckdb-wasm transfers a registered buffer to its worker, which
 * would empty the caller's (the bundled files kept for a rebuild, a dataset kept in memory). A
 * Blob is read into a new buffer anyway, so only a Uint8Array is copied.
 */
async function register(engine: Engine, label: string, table: StoredTable): Promise<string> {
	const bytes = table instanceof Blob ? new Uint8Array(await table.arrayBuffer()) : table.slice();
	return engine.registerFile(`${label}-${++registrations}.csv`, bytes);
}

/**
 * Whether none of the dataset's observations is about an area the table already has figures for
 * (a dataset of its own wijken, the common case): then no row can replace one that is there.
 */
async function aboutNewAreasOnly(engine: Engine, dataset: StoredDataset): Promise<boolean> {
	const codes = dataset.summary.areaCodes;
	if (!Array.isArray(codes) || codes.length === 0) return false;
	const observed = new Set(await observedAreaCodes(engine));
	return !codes.some((code) => observed.has(code));
}

/** A dataset's tables as bytes in memory (an import's), read instead of the stored Blobs. */
export type FreshTables = Partial<Record<TableSpec['name'], Uint8Array>>;

async function insertDataset(
	engine: Engine,
	dataset: StoredDataset,
	fresh: FreshTables = {}
): Promise<void> {
	for (const table of INSERT_ORDER) {
		const bytes = fresh[table] ?? dataset.tables[table];
		if (!bytes) continue;
		const location = await register(engine, table, bytes);
		const newAreasOnly = table === 'observations' && (await aboutNewAreasOnly(engine, dataset));
		await insertContractRows(engine, table, location, { newAreasOnly });
	}
}

/**
 * Adds one dataset on top of what the tables hold, from `fresh` where given (the import's bytes,
 * so the stored Blobs need not be read back). The rows are committed only once `kept` resolves
 * (the store has the dataset): both run at once, and a failed save leaves the tables as they were.
 */
export async function addDatasetToEngine(
	engine: Engine,
	dataset: StoredDataset,
	fresh: FreshTables = {},
	kept: Promise<unknown> = Promise.resolve()
): Promise<void> {
	await inTransaction(engine, async () => {
		await insertDataset(engine, dataset, fresh);
		await kept;
	});
	await prepareTargetQueries(engine);
}

/** What the user made on /afspraken: their targets and interventions. */
export interface UserRecords {
	targets: readonly UserTarget[];
	interventions: readonly UserIntervention[];
}

/**
 * Recreates every table: the bundled files (null: the demo is hidden), then each dataset, then
 * the targets and interventions the user made.
 */
export async function rebuildTables(
	engine: Engine,
	bundled: BundledFiles | null,
	datasets: readonly StoredDataset[],
	own: UserRecords
): Promise<void> {
	const locations = new Map<TableSpec['name'], string>();
	if (bundled) {
		for (const spec of TABLE_SPECS) {
			const bytes = bundled.get(spec.name);
			if (bytes) locations.set(spec.name, await register(engine, `bundled-${spec.name}`, bytes));
		}
	}
	await inTransaction(engine, async () => {
		await loadContractTables(engine, (spec) => locations.get(spec.name) ?? null);
		for (const dataset of datasets) await insertDataset(engine, dataset);
		await replaceUserTargets(engine, own.targets);
		await replaceUserInterventions(engine, own.interventions);
	});
	await prepareTargetQueries(engine);
}

/** Sets the user's targets; a refused one leaves the previous set in place. */
export async function setUserTargets(
	engine: Engine,
	targets: readonly UserTarget[]
): Promise<void> {
	await inTransaction(engine, () => replaceUserTargets(engine, targets));
	await prepareTargetQueries(engine);
}

/** Sets the user's interventions; a refused one leaves the previous set in place. */
export function setUserInterventions(
	engine: Engine,
	interventions: readonly UserIntervention[]
): Promise<void> {
	return inTransaction(engine, () => replaceUserInterventions(engine, interventions));
}

/**
 * Adds a partition of the bundled observations (contract CSV bytes from the partition worker).
 * The targets' tables are prepared again only if a target is about one of its areas: for 1,000
 * targets that takes over half a second, most gemeenten have none.
 */
export async function addBundledPartition(engine: Engine, csv: Uint8Array): Promise<void> {
	const location = await register(engine, 'partition', csv);
	await insertBundledObservations(engine, location);
	if (await targetsAboutRows(engine, location)) await prepareTargetQueries(engine);
}
