import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createNodeEngine } from './engine-node';
import type { Engine } from './engine';
import { loadContractTables, prepareTargetQueries } from './queries';

/** A Node engine holding the bundled dataset of `data/` (or another folder in the same contract). */
export async function openNodeEngineWithDataset(dataDir = 'data'): Promise<Engine> {
	const engine = await createNodeEngine();
	await loadContractTables(engine, (spec) => {
		const file = resolve(dataDir, spec.file);
		return spec.optional && !existsSync(file) ? null : file;
	});
	await prepareTargetQueries(engine);
	return engine;
}
