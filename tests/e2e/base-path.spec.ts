import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { area, indicatorsWithData, valueOf, wijken } from './helpers/data';
import { engineReady, expect, test, trendFigure } from './helpers/fixtures';
import { cachedPaths, cacheNames, controlled, goOffline } from './helpers/offline';
import { E2E_BASE_PORT } from './helpers/ports';

test.describe.configure({ mode: 'parallel' });

const BASE = '/wijkwaarde';

test('the app works under a sub-path and never leaves it', async ({ page, network, problems }) => {
	expect(network.origin).toBe(`http://127.0.0.1:${E2E_BASE_PORT}`);
	await page.goto(`${BASE}/`);
	const cards = page.locator('li[data-overview-area]');
	await expect(cards).toHaveCount(wijken.length);

	const wijk = area('WK999903');
	const link = page
		.locator(`li[data-overview-area="${wijk.code}"]`)
		.getByRole('link', { name: wijk.name, exact: true });
	await expect(link).toHaveAttribute('href', `${BASE}/wijk/${wijk.code}/`);
	await link.click();
	await expect(page).toHaveURL(`${BASE}/wijk/${wijk.code}/`);

	const figures = page.locator('figure[data-chart="trend"]');
	await expect(figures).toHaveCount(indicatorsWithData(wijk.code).length);
	await expect(page.locator('figure[data-chart="trend"] svg path.area').first()).toHaveAttribute(
		'd',
		/^M/
	);
	await engineReady(page);

	// Once the engine is ready, client-side navigation runs on DuckDB with the sub-path data.
	const next = 'WK999904';
	await page.locator(`a[href="${BASE}/"]`).first().click();
	await page
		.locator(`li[data-overview-area="${next}"]`)
		.getByRole('link', { name: area(next).name, exact: true })
		.click();
	await expect(page).toHaveURL(`${BASE}/wijk/${next}/`);
	const cell = trendFigure(page, next, 'woz_value').locator('tr[data-year="2019"] td[data-value]');
	await expect(cell).toHaveCount(1);
	expect(Number(await cell.getAttribute('data-value'))).toBeCloseTo(
		valueOf(next, 'woz_value', 2019),
		6
	);

	const paths = network.requests
		.filter((url) => url.startsWith('http'))
		.map((url) => new URL(url).pathname);
	expect(paths.some((p) => p.endsWith('.wasm'))).toBe(true);
	expect(paths.some((p) => p.endsWith('.csv'))).toBe(true);
	expect(paths.filter((p) => !p.startsWith(`${BASE}/`))).toEqual([]);
	expect(network.foreign).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
});

test('a wijk page opened directly under the sub-path loads its engine', async ({ page }) => {
	const response = await page.goto(`${BASE}/wijk/WK999902/`);
	expect(response?.status()).toBe(200);
	await expect(trendFigure(page, 'WK999902', 'woz_value').locator('svg')).toBeVisible();
	await engineReady(page);
});

test.describe('offline under the sub-path', () => {
	test.use({ serviceWorkers: 'allow' });

	test('the service worker caches and serves the sub-path only', async ({
		page,
		context,
		network,
		baseURL
	}) => {
		test.setTimeout(120_000);
		await page.goto(`${BASE}/wijk/WK999902/`);
		await controlled(page);
		const scope = await page.evaluate(() =>
			navigator.serviceWorker.getRegistration().then((r) => r?.scope)
		);
		expect(scope).toBe(`${baseURL}${BASE}/`);
		const [name] = await cacheNames(page);
		const paths = await cachedPaths(page, name);
		expect(paths.some((p) => p.endsWith('.wasm'))).toBe(true);
		expect(paths).toContain(`${BASE}/wijk/WK999904/`);
		expect(paths.filter((p) => !p.startsWith(`${BASE}/`))).toEqual([]);

		await goOffline(context);
		await page.goto(`${BASE}/wijk/WK999904/`);
		await expect(
			trendFigure(page, 'WK999904', 'woz_value').locator('svg[data-plot]')
		).toBeVisible();
		await engineReady(page);
		expect(network.foreign).toEqual([]);
	});
});

test('the council pack under a sub-path links to the report with the sub-path', async ({
	page,
	network
}) => {
	const slug = 'prestatieafspraken-voorbeeldstad-2020-2030';
	await page.goto(`${BASE}/en/afspraken/${slug}/rapport/`);
	await engineReady(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-report-pack-button]').click()
	]);
	const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
	expect(strFromU8(files['README.md'])).toContain(
		`Report online: ${network.origin}${BASE}/en/afspraken/${slug}/rapport/`
	);
	expect(network.foreign).toEqual([]);
});
