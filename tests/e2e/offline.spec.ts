/**
 * After one visit the site works offline (src/service-worker.ts): pages in both languages,
 * the engine with its wasm and bundled CSVs, and an update is picked up on the next visit.
 * Every other spec blocks service workers (playwright.config.ts) so that page.route sees all.
 */
import { test as plainTest } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { area, indicatorsWithData, valueOf } from './helpers/data';
import { engineReady, expect, test, trendFigure } from './helpers/fixtures';
import { CACHE_PREFIX, cachedPaths, cacheNames, controlled, goOffline } from './helpers/offline';

test.use({ serviceWorkers: 'allow' });
plainTest.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'parallel' });

test('after one visit, pages in both languages and the engine work offline', async ({
	page,
	context,
	network,
	problems
}) => {
	test.setTimeout(180_000);
	const WIJK = 'WK999902';
	await page.goto(`/wijk/${WIJK}/`);
	await engineReady(page);
	await controlled(page);

	const [name] = await cacheNames(page);
	expect(name).toMatch(new RegExp(`^${CACHE_PREFIX}`));
	const paths = await cachedPaths(page, name);
	for (const expected of [
		/\.wasm$/,
		/duckdb-browser-eh\.worker\.[^/]+\.js$/,
		/\/observations\.[^/]+\.csv$/,
		/\/targets\.[^/]+\.csv$/,
		/^\/snapshot\/meta\.json$/,
		/^\/wijk\/WK999905\/$/,
		/^\/en\/afspraken\/$/,
		/^\/404\.html$/
	])
		expect(
			paths.some((p) => expected.test(p)),
			`cache holds ${expected}`
		).toBe(true);

	await goOffline(context);

	// The page visited, reloaded: prerendered charts, then the engine from the cache.
	await page.reload();
	await expect(page.locator('figure[data-chart="trend"]')).toHaveCount(
		indicatorsWithData(WIJK).length
	);
	await engineReady(page);

	// A page never visited, in the other language: its prerendered HTML and its data.
	const other = 'WK999905';
	await page.goto(`/en/wijk/${other}/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toContainText(area(other).name);
	const cell = trendFigure(page, other, 'woz_value').locator('tr[data-year="2020"] td[data-value]');
	expect(Number(await cell.getAttribute('data-value'))).toBeCloseTo(
		valueOf(other, 'woz_value', 2020),
		6
	);
	await expect(trendFigure(page, other, 'woz_value').locator('svg path.area')).toHaveAttribute(
		'd',
		/^M/
	);
	await engineReady(page);

	// The targets page offline.
	await page.goto('/afspraken/');
	await expect(page.locator('[data-target]').first()).toBeVisible();

	expect(network.foreign).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
});

test('offline, an area the build does not have gets the app shell and its not-found message', async ({
	page,
	context,
	problems
}) => {
	test.setTimeout(180_000);
	await page.goto('/over/');
	await controlled(page);
	await goOffline(context);
	// An area only an upload could have: the cached 404.html shell, and a 404 for its snapshot.
	await page.goto('/wijk/WK000000/');
	await engineReady(page);
	await expect(page.locator('main')).toContainText(/WK000000.*niet in de geladen gegevens/);
	expect(problems.pageErrors).toEqual([]);
});

/**
 * The e2e server behind a proxy whose service-worker.js can be swapped for a new version, as a
 * deploy would: the browser fetches the worker script itself, outside the reach of page.route.
 */
async function deployableSite(upstream: string) {
	let release: { from: string; to: string } | null = null;
	const server = createServer(async (req, res) => {
		const response = await fetch(new URL(req.url ?? '/', upstream), {
			method: req.method,
			redirect: 'manual'
		});
		const headers = Object.fromEntries(
			[...response.headers].filter(([key]) => !['content-encoding', 'content-length'].includes(key))
		);
		let body = Buffer.from(await response.arrayBuffer());
		if (release && req.url?.endsWith('/service-worker.js'))
			body = Buffer.from(body.toString('utf8').replaceAll(release.from, release.to));
		res.writeHead(response.status, headers).end(req.method === 'HEAD' ? undefined : body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		deploy: (from: string, to: string) => (release = { from, to }),
		close: () => new Promise((resolve) => server.close(resolve))
	};
}

plainTest(
	'a new version replaces the old cache and is picked up on the next visit',
	async ({ page, context, baseURL }) => {
		plainTest.setTimeout(120_000);
		const site = await deployableSite(baseURL!);
		try {
			await page.goto(`${site.url}/over/`);
			await controlled(page);
			const [first] = await cacheNames(page);

			// A deploy: the same worker with another version, which names its cache.
			const version = first.slice(CACHE_PREFIX.length);
			const next = `${version}-next`;
			site.deploy(version, next);
			// The next visit: the browser checks the worker script on navigation.
			await page.goto(`${site.url}/afspraken/`);
			await expect
				.poll(() => cacheNames(page), { timeout: 60_000 })
				.toEqual([`${CACHE_PREFIX}${next}`]);
			await controlled(page);

			// The new version's cache serves the site offline.
			await goOffline(context);
			await page.goto(`${site.url}/wijk/WK999903/`);
			await expect(page.locator('figure[data-chart="trend"]').first()).toBeVisible();
		} finally {
			await context.setOffline(false);
			await site.close();
		}
	}
);

test('the harness sees a foreign request made by the service worker itself', async ({
	page,
	context,
	network
}) => {
	await page.goto('/over/');
	await controlled(page);
	const [worker] = context.serviceWorkers();
	expect(worker).toBeDefined();
	await worker.evaluate(`fetch('http://example.invalid/from-service-worker').catch(() => {})`);
	await expect.poll(() => network.foreign).toContain('http://example.invalid/from-service-worker');
});
