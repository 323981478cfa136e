import { browser } from '$app/environment';
import { startEngineAfterPaint } from '$lib/data/engine-client.svelte';
import { loadDatasetMeta } from '$lib/data/source';
import { localeFromParam } from '$lib/i18n/locale';

// Writes route/index.html, which every static host serves without configuration.
export const trailingSlash = 'always';

// Start DuckDB as soon as the app code runs (after the first paint), in parallel with
// hydration: the worker compiles the wasm off the main thread.
if (browser) startEngineAfterPaint().catch(() => {});

export async function load({ params, fetch, depends }) {
	// The dataset description changes once the engine holds the user's own data.
	depends('app:engine');
	return { locale: localeFromParam(params.lang), meta: await loadDatasetMeta(fetch) };
}
