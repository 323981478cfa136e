// The bundled dataset's files, from scripts/vite-dataset.ts.
declare module 'virtual:wijkwaarde-dataset' {
	/** The URL of each contract file the bundled dataset has (scripts/vite-dataset.ts). */
	export const files: Partial<Record<import('$lib/data/contract').TableSpec['name'], string>>;
	/** The observations as sorted Parquet, fetched by row group; null: they are in `files`. */
	export const observationParts: string | null;
	/** The bundled boundaries' GeoJSON text (a chunk of its own). */
	export const loadBoundariesText: () => Promise<string>;
}
