/**
 * What the user added, kept in the browser's IndexedDB: it survives a reload and a browser restart,
 * and never leaves the device. DuckDB's own storage is not used for this (duckdb-wasm #2192, #2236,
 * #2111: data loss and locking in OPFS); the engine's tables are rebuilt in memory from here.
 *
 * One database, one object store per kind of record (datasets, settings, targets,
 * interventions, boundaries). A new kind is a new entry in KINDS with the schema version in
 * which it appeared: opening the database then creates the stores it lacks and keeps every
 * existing record. Writes are `durability: 'strict'`: a dataset the page says is saved is on
 * disk. A full disk or quota surfaces as a StoreError with reason `quota`, never as silence.
 */
import type { ImportSummary } from './ingest/import-plan';
import type { TableSpec } from './contract';
import type { UserIntervention, UserTarget } from './queries';
import type { AreaShape } from '$lib/geo/boundaries';

export const DATABASE_NAME = 'wijkwaarde';

/** Each kind of record, its key path and the schema version that introduced it. */
const KINDS = {
	datasets: { keyPath: 'id', since: 1 },
	settings: { keyPath: 'key', since: 1 },
	targets: { keyPath: 'id', since: 2 },
	interventions: { keyPath: 'id', since: 3 },
	boundaries: { keyPath: 'id', since: 4 }
} as const;

export type Kind = keyof typeof KINDS;
export const SCHEMA_VERSION = Math.max(...Object.values(KINDS).map((k) => k.since));

/** One import: the checked rows of its files, as contract CSV bytes per table. */
export interface StoredDataset {
	id: string;
	name: string;
	files: string[];
	addedAt: string;
	summary: ImportSummary;
	tables: Partial<Record<TableSpec['name'], StoredTable>>;
}

/**
 * A table of a dataset as contract CSV. Kept as a Blob: the store then holds a reference, and
 * saving (or reading back) 100 MB costs the page no copy on its main thread. Datasets stored
 * before are Uint8Arrays, and still read.
 */
export type StoredTable = Blob | Uint8Array;

/** The tables of a checked import, as the store keeps them. */
export function tablesToStore(
	tables: Partial<Record<TableSpec['name'], Uint8Array>>
): StoredDataset['tables'] {
	return Object.fromEntries(
		Object.entries(tables).map(([name, bytes]) => [
			name,
			new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/csv' })
		])
	);
}

/**
 * A boundary file the user added on /data: its shapes as the map draws them (WGS84, rewound,
 * simplified), not the file itself. Shapes of codes without data are kept too: they are drawn
 * once data for those areas is added.
 */
export interface StoredBoundaries {
	id: string;
	name: string;
	addedAt: string;
	format: 'geojson' | 'topojson';
	/** The coordinate system of the file (the shapes are WGS84 either way). */
	system: 'wgs84' | 'rd-new';
	/** Features in the file. */
	features: number;
	shapes: AreaShape[];
}

/** A target the user made in the editor or imported from a targets CSV on /afspraken. */
export interface StoredTarget extends UserTarget {
	createdAt: string;
	updatedAt: string;
}

/** An intervention the user logged in the editor or imported from a CSV on /afspraken. */
export interface StoredIntervention extends UserIntervention {
	createdAt: string;
	updatedAt: string;
}

export interface Setting {
	key: string;
	value: unknown;
}

export class StoreError extends Error {
	constructor(
		readonly reason: 'unavailable' | 'quota' | 'failed',
		detail: string
	) {
		super(detail);
	}
}

function storeError(error: unknown): StoreError {
	if (error instanceof StoreError) return error;
	const name = (error as { name?: string } | null)?.name ?? '';
	const message = error instanceof Error ? error.message : String(error);
	return new StoreError(name === 'QuotaExceededError' ? 'quota' : 'failed', message || name);
}

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
	opening ??= new Promise<IDBDatabase>((resolve, reject) => {
		if (typeof indexedDB === 'undefined') {
			reject(new StoreError('unavailable', 'IndexedDB is not available'));
			return;
		}
		const request = indexedDB.open(DATABASE_NAME, SCHEMA_VERSION);
		request.onupgradeneeded = () => {
			const db = request.result;
			for (const [kind, { keyPath }] of Object.entries(KINDS)) {
				if (!db.objectStoreNames.contains(kind)) db.createObjectStore(kind, { keyPath });
			}
		};
		request.onsuccess = () => {
			const db = request.result;
			// Another tab opening a newer schema: step aside rather than block it.
			db.onversionchange = () => {
				db.close();
				opening = null;
			};
			resolve(db);
		};
		request.onerror = () => reject(storeError(request.error));
		request.onblocked = () => reject(new StoreError('failed', 'the database is blocked'));
	}).catch((error) => {
		opening = null;
		throw storeError(error);
	});
	return opening;
}

/** Runs `work` in one transaction and resolves once it has committed (or rejects with why not). */
async function transact<T>(
	kind: Kind,
	mode: IDBTransactionMode,
	work: (store: IDBObjectStore) => IDBRequest<T> | void
): Promise<T> {
	const db = await open();
	return new Promise<T>((resolve, reject) => {
		let result: T;
		let transaction: IDBTransaction;
		try {
			transaction = db.transaction(kind, mode, { durability: 'strict' });
		} catch (error) {
			reject(storeError(error));
			return;
		}
		let request: IDBRequest<T> | void;
		try {
			request = work(transaction.objectStore(kind));
		} catch (error) {
			// put() throws synchronously for a value it cannot store (or a quota reached at once).
			transaction.abort();
			reject(storeError(error));
			return;
		}
		if (request) request.onsuccess = () => (result = request.result);
		transaction.oncomplete = () => resolve(result);
		transaction.onabort = () => reject(storeError(transaction.error ?? request?.error));
		transaction.onerror = () => reject(storeError(transaction.error ?? request?.error));
	});
}

export function listRecords<T>(kind: Kind): Promise<T[]> {
	return transact<T[]>(kind, 'readonly', (store) => store.getAll());
}

export function getRecord<T>(kind: Kind, key: string): Promise<T | undefined> {
	return transact<T | undefined>(kind, 'readonly', (store) => store.get(key));
}

export async function putRecord<T>(kind: Kind, record: T): Promise<void> {
	await transact(kind, 'readwrite', (store) => store.put(record));
}

export async function deleteRecord(kind: Kind, key: string): Promise<void> {
	await transact(kind, 'readwrite', (store) => store.delete(key));
}

/** The datasets in the order they were added (later ones win where they overlap). */
export async function listDatasets(): Promise<StoredDataset[]> {
	const datasets = await listRecords<StoredDataset>('datasets');
	return datasets.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
}

export const saveDataset = (dataset: StoredDataset) => putRecord('datasets', dataset);
export const removeDataset = (id: string) => deleteRecord('datasets', id);

/** The boundary uploads in the order added (a later one's shape wins for the same code). */
export async function listBoundaries(): Promise<StoredBoundaries[]> {
	const all = await listRecords<StoredBoundaries>('boundaries');
	return all.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
}

export const saveBoundaries = (boundaries: StoredBoundaries) => putRecord('boundaries', boundaries);
export const removeBoundaries = (id: string) => deleteRecord('boundaries', id);

/** A kind's records in the order they were made. */
async function listInOrderMade<T extends { createdAt: string; id: string }>(
	kind: Kind
): Promise<T[]> {
	const records = await listRecords<T>(kind);
	return records.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The user's targets in the order they were made. */
export const listTargets = () => listInOrderMade<StoredTarget>('targets');

/** The user's interventions in the order they were made. */
export const listInterventions = () => listInOrderMade<StoredIntervention>('interventions');

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
	const setting = await getRecord<Setting>('settings', key);
	return setting === undefined ? fallback : (setting.value as T);
}

export const setSetting = (key: string, value: unknown) =>
	putRecord<Setting>('settings', { key, value });

/** For tests: forget the open connection (after the database was deleted). */
export function closeStore(): void {
	opening?.then((db) => db.close()).catch(() => {});
	opening = null;
}
