import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const base = process.env.BASE_PATH ?? '';
const out = process.env.BUILD_DIR ?? 'build';
// A partitioned dataset (scripts/vite-dataset.ts: the whole country) prerenders only the pages
// without an area: thousands of wijk pages and their snapshots would dwarf the site, and the
// app shell (fallback) serves them from the engine.
const partitioned = existsSync(
	resolve(process.env.WIJKWAARDE_DATA ?? 'data', 'observations.parquet')
);
const PAGES = ['/', '/data/', '/over/', '/over/toegankelijkheid/', '/vergelijk/', '/afspraken/'];

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
		// src/lib/offline/register-service-worker.ts registers it once the engine has started.
		serviceWorker: { register: false },
		// The CSS is small; inlined, it does not hold up the first paint with a request.
		inlineStyleThreshold: 32_000,
		// Prerendered pages carry the policy as <meta http-equiv>; SvelteKit adds the hashes of
		// its inline bootstrap script and of the inlined CSS. frame-ancestors and report-uri do
		// not work in a meta tag: a host that can send headers should add them there.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// DuckDB compiles its wasm (in the worker; a host that sends this policy as a header
				// for every file applies it to the worker script too).
				'script-src': ['self', 'wasm-unsafe-eval'],
				// DuckDB's worker is a classic script loaded from our own origin, never a blob:.
				'worker-src': ['self'],
				// The bundled CSVs, snapshots and wasm come from here; nothing is ever sent elsewhere.
				'connect-src': ['self'],
				// data: also carries the chart's SVG onto a canvas for the PNG download (export-chart.ts).
				'img-src': ['self', 'data:'],
				'style-src': ['self'],
				// SvelteKit's route announcer carries a fixed style attribute (sveltejs/kit#11993,
				// #14247); allow exactly that one value. Svelte's style: directives use the CSSOM,
				// which CSP does not restrict.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			...(partitioned && {
				crawl: false,
				handleUnseenRoutes: 'ignore',
				entries: PAGES.flatMap((page) => [page, `/en${page}`])
			}),
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
