/**
 * The bundled dataset as a virtual module (`virtual:wijkwaarde-dataset`): the URLs of the
 * contract files in the folder `WIJKWAARDE_DATA` names (default `data/`), and a loader for its
 * boundaries. A folder with observations.parquet (`npm run data:national`) is served partitioned:
 * the Parquet file instead of observations.csv, which is then not shipped at all (250 MB for the
 * whole country), and the browser fetches the row groups a view needs (src/lib/data/partitions.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { TABLE_SPECS } from '../src/lib/data/contract.ts';

const ID = 'virtual:wijkwaarde-dataset';
const RESOLVED = `\0${ID}`;

export const datasetDir = () => resolve(process.env.WIJKWAARDE_DATA ?? 'data');
export const isPartitioned = (dir = datasetDir()) =>
	existsSync(resolve(dir, 'observations.parquet'));

export function datasetModule(dir = datasetDir()): string {
	const partitioned = isPartitioned(dir);
	const lines: string[] = [];
	const entries: string[] = [];
	for (const [i, spec] of TABLE_SPECS.entries()) {
		if (partitioned && spec.name === 'observations') continue;
		const file = resolve(dir, spec.file);
		if (!existsSync(file)) continue;
		// Never inlined as data: URLs, however small: the CSP allows fetches from our own origin only.
		lines.push(`import file${i} from ${JSON.stringify(`${file}?url&no-inline`)};`);
		entries.push(`${spec.name}: file${i}`);
	}
	if (partitioned)
		lines.push(
			`import parts from ${JSON.stringify(`${resolve(dir, 'observations.parquet')}?url&no-inline`)};`
		);
	const boundaries = resolve(dir, 'boundaries.geojson');
	lines.push(
		`export const files = { ${entries.join(', ')} };`,
		`export const observationParts = ${partitioned ? 'parts' : 'null'};`,
		existsSync(boundaries)
			? `export const loadBoundariesText = () => import(${JSON.stringify(`${boundaries}?raw`)}).then((m) => m.default);`
			: `export const loadBoundariesText = () => Promise.resolve('{"type":"FeatureCollection","features":[]}');`
	);
	return lines.join('\n');
}

export function datasetPlugin(): Plugin {
	return {
		name: 'wijkwaarde-dataset',
		resolveId: (id) => (id === ID ? RESOLVED : undefined),
		load: (id) => (id === RESOLVED ? datasetModule() : undefined)
	};
}
