import { test as plainTest } from '@playwright/test';
import { area } from './helpers/data';
import { engineReady, expect, hydrated, test } from './helpers/fixtures';
import { E2E_PORT } from './helpers/ports';

test.describe.configure({ mode: 'parallel' });

const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;

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

// The controls switch the page's CSP off: they test the harness, which must catch a foreign
// request however it was let through (csp.spec.ts tests that the CSP blocks these too).
test.describe('positive controls, with the CSP bypassed', () => {
	test.use({ bypassCSP: true });

	test('a foreign fetch from the page is caught', async ({ page, network }) => {
		await page.goto('/over/');
		await page.evaluate(() => fetch('http://example.invalid/x').catch(() => {}));
		await expect.poll(() => network.foreign).toContain('http://example.invalid/x');
	});

	test('a foreign fetch from a worker is caught', async ({ page, network }) => {
		await page.goto('/over/');
		await page.evaluate(() => {
			const source = "fetch('http://example.invalid/from-worker').catch(() => {});";
			new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
		});
		await expect.poll(() => network.foreign).toContain('http://example.invalid/from-worker');
	});

	test('a foreign fetch from inside the DuckDB worker is caught', async ({ page, network }) => {
		await page.goto('/wijk/WK999902/');
		await engineReady(page);
		const duckdb = page.workers().find((w) => /duckdb-browser-eh\.worker/.test(w.url()));
		expect(duckdb, 'the DuckDB worker is running').toBeDefined();
		await duckdb!.evaluate(() => fetch('http://example.invalid/from-duckdb').catch(() => {}));
		await expect.poll(() => network.foreign).toContain('http://example.invalid/from-duckdb');
	});

	test('a foreign image and a foreign fetch to a real host name are caught', async ({
		page,
		network
	}) => {
		await page.goto('/over/');
		await page.evaluate(() => {
			const img = new Image();
			img.src = 'https://example.com/pixel.png';
			document.body.append(img);
			fetch('https://example.org/beacon', { method: 'POST', body: 'x' }).catch(() => {});
		});
		await expect.poll(() => network.foreign).toContain('https://example.com/pixel.png');
		await expect.poll(() => network.foreign).toContain('https://example.org/beacon');
	});
});

plainTest.describe('without the route handler and the CSP', () => {
	plainTest.use({ bypassCSP: true });

	plainTest('the browser resolves no host name but 127.0.0.1', async ({ page, baseURL }) => {
		const failures: string[] = [];
		page.on('requestfailed', (request) =>
			failures.push(`${request.url()} ${request.failure()?.errorText}`)
		);
		await page.goto('/over/');
		// localhost is the app's own machine and resolves anywhere without the rule: only the
		// rule (playwright.config.ts) makes this fail, also on a machine without any DNS.
		const probe = `http://localhost:${new URL(baseURL!).port}/favicon.svg`;
		const outcome = await page.evaluate(
			(url) =>
				fetch(url, { mode: 'no-cors' }).then(
					() => 'reached',
					() => 'failed'
				),
			probe
		);
		expect(outcome).toBe('failed');
		expect(failures).toContain(`${probe} net::ERR_NAME_NOT_RESOLVED`);
	});
});

// Every page kind, in both languages and through the fallback, is also visited by csp.spec.ts,
// which asserts there that it sends nothing to another origin and logs no error.

for (const [path, claim] of [
	['/over/', /verlaat uw apparaat niet/],
	['/en/over/', /never leaves your device/]
] as const) {
	test(`${path} says why nothing leaves the device, and the page's policy backs it`, async ({
		page
	}) => {
		await page.goto(path);
		const privacy = page.locator('section#privacy[data-privacy]');
		await expect(privacy.getByRole('heading', { level: 2 })).toBeVisible();
		await expect(privacy).toContainText(claim);
		await expect(privacy).toContainText("connect-src 'self'");
		await expect(privacy).toContainText(/analytics/);
		// The claim names the directive; the page's own policy must say exactly that.
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toMatch(/(^|; )connect-src 'self'(;|$)/);
		expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
		// The footer's privacy link lands on this section.
		await page.locator('footer').getByRole('link', { name: 'Privacy', exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`${path}#privacy$`));
	});
}
