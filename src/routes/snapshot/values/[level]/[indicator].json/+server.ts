import { error, json } from '@sveltejs/kit';
import { observationParts } from 'virtual:wijkwaarde-dataset';
import { AREA_LEVELS, type AreaLevel } from '$lib/data/contract';
import { buildLevelValues } from '$lib/data/level-values';
import { bundledDataset } from '$lib/server/snapshot';

export const prerender = true;

export async function entries() {
	// A partitioned dataset (the whole country) has no snapshots: see HAS_SNAPSHOTS in source.ts.
	if (observationParts) return [];
	const { meta } = await bundledDataset();
	const levels = AREA_LEVELS.filter((level) => meta.areas.some((a) => a.level === level));
	return levels.flatMap((level) => meta.indicators.map((i) => ({ level, indicator: i.id })));
}

export async function GET({ params }) {
	const { engine, meta } = await bundledDataset();
	const level = params.level as AreaLevel;
	if (!AREA_LEVELS.includes(level) || !meta.indicators.some((i) => i.id === params.indicator))
		error(404, `No values for ${params.level}/${params.indicator}`);
	return json(await buildLevelValues(engine, meta, level, params.indicator));
}
