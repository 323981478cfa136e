/**
 * The engine's tables as the user has them: the bundled demo (unless hidden) with their stored
 * datasets on top, in the order they were added. Every change runs in one transaction, so a
 * failure leaves the tables as they were.
 */
import { TABLE_SPECS, type TableSpec } from './contract';
import type { Engine } from './engine';
import {
	insertContractRows,
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

async function insertDataset(engine: Engine, dataset: StoredDataset): Promise<void> {
	for (const table of INSERT_ORDER) {
		const bytes = dataset.tables[table];
		if (bytes) await insertContractRows(engine, table, await register(engine, table, bytes));
	}
}

/** Adds one dataset on top of what the tables hold. */
export async function addDatasetToEngine(engine: Engine, dataset: StoredDataset): Promise<void> {
	await inTransaction(engine, () => insertDataset(engine, dataset));
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
