import { openNodeEngineWithDataset } from '$lib/data/bundled-node';
import type { Engine } from '$lib/data/engine';
import { buildDatasetMeta, type DatasetMeta } from '$lib/data/model';

let bundled: Promise<{ engine: Engine; meta: DatasetMeta }> | undefined;

/** The bundled dataset on Node, opened once per build for all prerendered pages. */
export function bundledDataset() {
	bundled ??= (async () => {
		const engine = await openNodeEngineWithDataset();
		return { engine, meta: await buildDatasetMeta(engine, true) };
	})();
	return bundled;
}
