import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const base = process.env.BASE_PATH ?? '';
const out = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({
			pages: out,
			assets: out,
			// Areas that only exist in uploaded data have no prerendered page; static hosts serve this shell instead.
			fallback: '404.html',
			// scripts/precompress.ts does this with settings that keep the 34 MB wasm fast to build.
			precompress: false,
			strict: true
		}),
		paths: { base, relative: false },
		// The CSS is small; inlined, it does not hold up the first paint with a request.
		inlineStyleThreshold: 32_000,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
