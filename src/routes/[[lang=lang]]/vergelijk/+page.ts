import { defaultSelection } from '$lib/compare/selection';
import { neededForThemeIndex, neededValues } from '$lib/compare/view';
import { loadManyLevelValues } from '$lib/data/source';

/** The prerendered page shows the default selection; the query string is read in the browser. */
export async function load({ fetch, parent }) {
	const { meta } = await parent();
	if (!meta) return { compare: null };
	const selection = defaultSelection(meta);
	const values = await loadManyLevelValues(fetch, [
		...neededValues(selection, meta),
		...neededForThemeIndex(selection, meta)
	]);
	return { compare: { selection, values } };
}
