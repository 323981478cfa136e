import { error, json } from '@sveltejs/kit';
import { observationParts } from 'virtual:wijkwaarde-dataset';
import { buildAreaDashboard, compactAreaDashboard } from '$lib/data/model';
import { bundledDataset } from '$lib/server/snapshot';

export const prerender = true;

export async function entries() {
	// A partitioned dataset (the whole country) has no snapshots: see HAS_SNAPSHOTS in source.ts.
	if (observationParts) return [];
	const { meta } = await bundledDataset();
	return meta.areas.map((area) => ({ code: area.code }));
}

export async function GET({ params }) {
	const { engine, meta } = await bundledDataset();
	const dashboard = await buildAreaDashboard(engine, meta, params.code);
	if (!dashboard) error(404, `No area ${params.code} in the bundled data`);
	return json(compactAreaDashboard(dashboard));
}
