/** The service worker's cache as the offline tests see it (src/service-worker.ts). */
import { expect, type BrowserContext, type Page } from '@playwright/test';

export const CACHE_PREFIX = 'wijkwaarde-';

/** Waits until the service worker controls the page, i.e. its install filled the cache. */
export async function controlled(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: 60_000
	});
}

export const cacheNames = (page: Page) =>
	page.evaluate(
		`caches.keys().then((keys) => keys.filter((k) => k.startsWith('${CACHE_PREFIX}')))`
	) as Promise<string[]>;

/** The paths stored in the site's cache. */
export const cachedPaths = (page: Page, cacheName: string) =>
	page.evaluate(
		`caches.open(${JSON.stringify(cacheName)}).then((c) => c.keys()).then((rs) => rs.map((r) => new URL(r.url).pathname))`
	) as Promise<string[]>;

export async function goOffline(context: BrowserContext) {
	await context.setOffline(true);
	// Offline must really mean offline, for the pages and the service worker.
	for (const page of context.pages())
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);
	for (const worker of context.serviceWorkers())
		expect(await worker.evaluate(() => navigator.onLine)).toBe(false);
}
