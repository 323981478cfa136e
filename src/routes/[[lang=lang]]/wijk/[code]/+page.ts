import { loadAreaDashboard } from '$lib/data/source';

export async function load({ params, fetch, depends }) {
	const result = await loadAreaDashboard(fetch, params.code);
	// Areas that are not prepared at build time appear once the engine (with uploads) is ready.
	if (result.state !== 'ready') depends('app:engine');
	return { code: params.code, result };
}
