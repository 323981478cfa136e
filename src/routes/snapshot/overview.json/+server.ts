import { json } from '@sveltejs/kit';
import { buildOverview } from '$lib/data/model';
import { bundledDataset } from '$lib/server/snapshot';

export const prerender = true;

export async function GET() {
	const { engine, meta } = await bundledDataset();
	return json(await buildOverview(engine, meta));
}
