import { json } from '@sveltejs/kit';
import { bundledDataset } from '$lib/server/snapshot';

export const prerender = true;

export async function GET() {
	const { meta } = await bundledDataset();
	return json(meta);
}
