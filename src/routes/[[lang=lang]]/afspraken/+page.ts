import { loadTargetsOverview } from '$lib/data/source';

export async function load({ fetch, depends }) {
	depends('app:engine');
	return { overview: await loadTargetsOverview(fetch) };
}
