import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createNodeEngine } from './engine-node';
import type { Engine } from './engine';
import { loadContractTables, prepareTargetQueries } from './queries';

/** The folder of the bundled dataset: `WIJKWAARDE_DATA` (scripts/vite-dataset.ts), else data/. */
export const bundledDataDir = () => process.env.WIJKWAARDE_DATA ?? 'data';

/**
 * A Node engine holding the bundled dataset of `data/` (or another folder in the same contract;
 * a partitioned one's observations from its Parquet file).
 */
export async function openNodeEngineWithDataset(dataDir = bundledDataDir()): Promise<Engine> {
	const engine = await createNodeEngine();
	await loadContractTables(engine, (spec) => {
		const parquet = resolve(dataDir, 'observations.parquet');
		if (spec.name === 'observations' && existsSync(parquet)) return parquet;
		const file = resolve(dataDir, spec.file);
		return spec.optional && !existsSync(file) ? null : file;
	});
	await prepareTargetQueries(engine);
	return engine;
}
