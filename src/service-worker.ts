/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Makes the site work offline after one visit. One cache per build `version`:
 * - install stores the app shell (every file of the build and of static/), every prerendered
 *   page (nl and en) and snapshot, and the bundled CSVs; if any of these fails, install fails
 *   and the previous version stays in charge;
 * - the 34 MB DuckDB wasm is stored during install too, but best effort: a full quota must not
 *   cost the rest of the site its offline copy. When it is missing, the next fetch of it stores it;
 * - activate deletes the caches of every other version and takes over open pages at once.
 * Requests: hashed files under _app/immutable/ never change, so the cache answers first; pages,
 * snapshots and everything else go to the network first, so an update shows on the next visit,
 * and fall back to the cache offline.
 */
import { build, files, prerendered, version, base } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE_PREFIX = 'wijkwaarde-';
const CACHE = `${CACHE_PREFIX}${version}`;
const IMMUTABLE = `${base}/_app/immutable/`;
/** Served for pages the build does not have (areas that only exist in uploaded data). */
const FALLBACK_PAGE = `${base}/404.html`;

const isWasm = (path: string) => path.endsWith('.wasm');
// A partitioned dataset's Parquet file (the whole country) is read by range, never whole.
const isPartitioned = (path: string) => path.endsWith('.parquet');
const REQUIRED = [
	...build.filter((path) => !isWasm(path) && !isPartitioned(path)),
	...files,
	...prerendered
];
const BEST_EFFORT = [...build.filter(isWasm), FALLBACK_PAGE];
const KNOWN = new Set([...REQUIRED, ...BEST_EFFORT]);

async function storeBestEffort(cache: Cache, path: string) {
	try {
		await cache.add(path);
	} catch (error) {
		console.warn(`Wijkwaarde offline copy: ${path} not stored`, error);
	}
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(REQUIRED);
			await Promise.all(BEST_EFFORT.map((path) => storeBestEffort(cache, path)));
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

/** A HEAD request (the engine's wasm preflight) answered with the cached GET's status and headers. */
function headOf(response: Response): Response {
	return new Response(null, {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers
	});
}

async function cacheFirst(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(url.pathname, { ignoreVary: true });
	if (cached) return request.method === 'HEAD' ? headOf(cached) : cached;
	const response = await fetch(request);
	if (request.method === 'GET' && response.ok) await cache.put(url.pathname, response.clone());
	return response;
}

async function networkFirst(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		// Known to be offline: do not wait for the network to say so.
		if (!navigator.onLine) throw new TypeError('offline');
		const response = await fetch(request);
		if (request.method === 'GET' && response.ok && !url.search)
			await cache.put(request, response.clone());
		return response;
	} catch (error) {
		// Pages with a query string (/afspraken/?status=…) are the same prerendered page.
		const cached =
			(await cache.match(url.pathname, { ignoreVary: true })) ??
			(request.mode === 'navigate'
				? await cache.match(FALLBACK_PAGE, { ignoreVary: true })
				: undefined);
		if (cached) return request.method === 'HEAD' ? headOf(cached) : cached;
		// Not part of this version of the site (a snapshot of an uploaded area, say): answer
		// as the server would, so that the app's "not found" path runs instead of an error.
		if (!KNOWN.has(url.pathname)) return new Response(null, { status: 404 });
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' && request.method !== 'HEAD') return;
	// Byte ranges (a partitioned dataset's row groups) go to the network: a cache holds whole files.
	if (request.headers.has('range')) return;
	const url = new URL(request.url);
	// Never answer for another origin: the site sends nothing there, and this must not either.
	if (url.origin !== sw.location.origin || !url.pathname.startsWith(`${base}/`)) return;
	event.respondWith(
		url.pathname.startsWith(IMMUTABLE) ? cacheFirst(request, url) : networkFirst(request, url)
	);
});
