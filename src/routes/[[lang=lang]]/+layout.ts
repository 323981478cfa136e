import { loadDatasetMeta } from '$lib/data/source';
import { localeFromParam } from '$lib/i18n/locale';

// Writes route/index.html, which every static host serves without configuration.
export const trailingSlash = 'always';

export async function load({ params, fetch }) {
	return { locale: localeFromParam(params.lang), meta: await loadDatasetMeta(fetch) };
}
