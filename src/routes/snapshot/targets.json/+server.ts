import { json } from '@sveltejs/kit';
import { buildTargetsOverview } from '$lib/data/model';
import { bundledDataset } from '$lib/server/snapshot';

export const prerender = true;

export async function GET() {
	const { engine, meta } = await bundledDataset();
	return json(await buildTargetsOverview(engine, meta));
}
