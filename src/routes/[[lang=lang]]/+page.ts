import { loadMap, loadOverview } from '$lib/data/source';

export async function load({ fetch, depends, parent }) {
	depends('app:engine');
	const { meta } = await parent();
	const [overview, map] = await Promise.all([loadOverview(fetch), loadMap(fetch, meta, 'wijk')]);
	return { overview, map };
}
