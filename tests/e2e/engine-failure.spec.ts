import { expect, test } from '@playwright/test';
import { valueOf } from './helpers/data';
import { trendFigure } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const WIJK = 'WK999902';

test('when the wasm cannot load, the page says so and the prerendered charts stay usable', async ({
	page
}) => {
	const consoleErrors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') consoleErrors.push(message.text());
	});
	// Playwright's context routing also covers the worker's requests.
	await page.context().route('**/*.wasm', (route) => route.abort('failed'));
	await page.goto(`/wijk/${WIJK}/`);
	await expect(page.locator('html')).toHaveAttribute('data-engine', 'error', { timeout: 5_000 });
	await expect(page.locator('[data-engine-error]')).toContainText('kon niet starten');
	await expect(page.locator('[data-engine-error]')).toBeVisible();
	const cell = trendFigure(page, WIJK, 'woz_value').locator('tr[data-year="2020"] td[data-value]');
	expect(Number(await cell.getAttribute('data-value'))).toBeCloseTo(
		valueOf(WIJK, 'woz_value', 2020),
		6
	);
	await expect(trendFigure(page, WIJK, 'woz_value').locator('svg path.area')).toHaveAttribute(
		'd',
		/^M/
	);
	expect(consoleErrors.some((text) => text.includes('engine could not start'))).toBe(true);
});

test('without WebAssembly the page names the reason, in English too', async ({ page }) => {
	await page.addInitScript(() => {
		// @ts-expect-error simulating a browser without WebAssembly
		delete globalThis.WebAssembly;
	});
	await page.goto(`/en/wijk/${WIJK}/`);
	await expect(page.locator('html')).toHaveAttribute('data-engine', 'error');
	await expect(page.locator('[data-engine-error]')).toContainText('does not support WebAssembly');
	await expect(page.locator('figure[data-chart="trend"]').first()).toBeVisible();
});

test('a wasm served with the wrong MIME type is reported at once, not after a hang', async ({
	page
}) => {
	await page.context().route('**/*.wasm', async (route) => {
		const response = await route.fetch();
		await route.fulfill({
			response,
			headers: { ...response.headers(), 'content-type': 'text/plain' }
		});
	});
	await page.goto(`/wijk/${WIJK}/`);
	await expect(page.locator('html')).toHaveAttribute('data-engine', 'error', { timeout: 5_000 });
	await expect(page.locator('[data-engine-error]')).toBeVisible();
	await page.context().unrouteAll({ behavior: 'ignoreErrors' });
});
