import { loadAreaDashboard, loadMap } from '$lib/data/source';

export async function load({ params, fetch, depends, parent }) {
	const { meta } = await parent();
	const level =
		meta?.areas.find((a) => a.code === params.code)?.level === 'buurt' ? 'buurt' : 'wijk';
	const [result, map] = await Promise.all([
		loadAreaDashboard(fetch, params.code),
		loadMap(fetch, meta, level, params.code)
	]);
	// Areas that are not prepared at build time appear once the engine (with uploads) is ready.
	if (result.state !== 'ready') depends('app:engine');
	return { code: params.code, result, map };
}
