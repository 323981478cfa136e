import { expect, test } from '@playwright/test';
import { indicatorsWithData, valueOf, wijken } from './helpers/data';
import { trendFigure } from './helpers/fixtures';
import { CHECKED_LOCALES, CHECKED_PAGES, localized } from './helpers/pages';

test.describe.configure({ mode: 'parallel' });
test.use({ javaScriptEnabled: false });

const WIJK = 'WK999905';

test('without JavaScript a wijk page shows drawn charts and full tables', async ({ page }) => {
	await page.goto(`/wijk/${WIJK}/`);
	const figures = page.locator('figure[data-chart="trend"]');
	await expect(figures).toHaveCount(indicatorsWithData(WIJK).length);

	const paths = page.locator('figure[data-chart="trend"] svg path.area');
	await expect(paths).toHaveCount(indicatorsWithData(WIJK).length);
	const empty = await paths.evaluateAll(
		(els) => els.filter((el) => !/^M\s*[\d.-]/.test(el.getAttribute('d')?.trim() ?? '')).length
	);
	expect(empty).toBe(0);

	await expect(page.locator('figure[data-chart="trend"] td[data-value]').first()).toBeAttached();
	const cell = trendFigure(page, WIJK, 'woz_value').locator('tr[data-year="2018"] td[data-value]');
	expect(Number(await cell.getAttribute('data-value'))).toBeCloseTo(
		valueOf(WIJK, 'woz_value', 2018),
		6
	);
	// No script ran: the engine never started.
	await expect(page.locator('html')).not.toHaveAttribute('data-engine', /.+/);
});

test('without JavaScript the overview lists every wijk with a link', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('li[data-overview-area]')).toHaveCount(wijken.length);
	for (const wijk of wijken)
		await expect(
			page
				.locator(`li[data-overview-area="${wijk.code}"]`)
				.getByRole('link', { name: wijk.name, exact: true })
		).toHaveAttribute('href', `/wijk/${wijk.code}/`);
});

const NEEDS_SCRIPT = {
	nl: [/gebiedskiezer/, /filters/, /muisaanwijzer/, /DuckDB/, /upload/],
	en: [/area picker/, /filters/, /on hover/, /DuckDB/, /upload/]
};

// The fallback is the empty app shell for areas that only an upload (with JavaScript) can add.
for (const checked of CHECKED_PAGES.filter((p) => !p.fallback))
	for (const locale of CHECKED_LOCALES)
		test(`without JavaScript ${checked.name} (${locale}) says which features need it`, async ({
			page
		}) => {
			await page.goto(localized(checked.path, locale));
			const notice = page.locator('[data-noscript]');
			await expect(notice).toBeVisible();
			const features = notice.getByRole('listitem');
			await expect(features).toHaveCount(NEEDS_SCRIPT[locale].length);
			for (const [i, feature] of NEEDS_SCRIPT[locale].entries())
				await expect(features.nth(i)).toContainText(feature);
		});

test.describe('with JavaScript', () => {
	test.use({ javaScriptEnabled: true });

	test('the notice about JavaScript is not shown', async ({ page }) => {
		await page.goto('/wijk/WK999902/');
		await expect(page.locator('input[data-area-picker]')).toBeVisible();
		await expect(page.getByText(/JavaScript staat uit/)).toBeHidden();
		await expect(page.locator('[data-noscript]')).toHaveCount(0);
	});
});
