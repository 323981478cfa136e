/** The messages between the page and the import worker. */
import type { TableSpec } from './contract';
import type { CatalogueAdditions, ImportPlan, KnownCatalogue } from './ingest/import-plan';

export interface ImportRequest {
	files: File[];
	known: KnownCatalogue;
	additions: CatalogueAdditions;
}

/** The plan as it reaches the page: tables as UTF-8 bytes, ready to store and to load. */
export interface PlannedImport extends Omit<ImportPlan, 'tables'> {
	tables: Partial<Record<TableSpec['name'], Uint8Array>>;
}

export type ImportResponse =
	| { type: 'progress'; loaded: number; total: number; lines: number; file: string }
	| { type: 'checking' }
	| { type: 'planned'; plan: PlannedImport }
	| { type: 'failed'; message: string };
