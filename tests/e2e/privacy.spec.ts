import { area } from './helpers/data';
import { engineReady, expect, hydrated, test } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

test('overview → wijk → engine ready → picker switch sends nothing to another origin', async ({
	page,
	network,
	problems
}) => {
	expect(network.origin).toBe(ORIGIN);
	await page.goto('/');
	await page
		.locator('li[data-overview-area="WK999900"]')
		.getByRole('link', { name: area('WK999900').name, exact: true })
		.click();
	await expect(page).toHaveURL(/\/wijk\/WK999900\/$/);
	await engineReady(page);
	await hydrated(page);

	const target = area('WK999906');
	const picker = page.locator('input[data-area-picker]');
	await picker.pressSequentially(target.name);
	await page.getByRole('listbox').getByRole('option').filter({ hasText: target.name }).click();
	await expect(page).toHaveURL(/\/wijk\/WK999906\/$/);
	await expect(page.locator('figure[data-chart="trend"]').first()).toHaveAttribute(
		'data-area',
		target.code
	);

	// The harness saw the app's own traffic, the DuckDB wasm and the bundled CSVs included.
	expect(network.requests.some((url) => url.endsWith('.wasm'))).toBe(true);
	expect(network.requests.some((url) => /\/observations[^/]*\.csv$/.test(url))).toBe(true);
	expect(network.foreign).toEqual([]);
	expect(network.websockets).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
	expect(problems.consoleErrors).toEqual([]);
});

test('positive control: a foreign fetch from the page is caught', async ({ page, network }) => {
	await page.goto('/over/');
	await page.evaluate(() => fetch('http://example.invalid/x').catch(() => {}));
	await expect.poll(() => network.foreign).toContain('http://example.invalid/x');
});

test('positive control: a foreign fetch from a worker is caught', async ({ page, network }) => {
	await page.goto('/over/');
	await page.evaluate(() => {
		const source = "fetch('http://example.invalid/from-worker').catch(() => {});";
		new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
	});
	await expect.poll(() => network.foreign).toContain('http://example.invalid/from-worker');
});

for (const path of [
	'/',
	'/wijk/WK999902/',
	'/wijk/GM9999/',
	'/en/wijk/WK999902/',
	'/over/',
	'/afspraken/',
	'/en/afspraken/'
]) {
	test(`no console errors, page errors or foreign requests on ${path}`, async ({
		page,
		network,
		problems
	}) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await engineReady(page);
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
		expect(network.foreign).toEqual([]);
	});
}
