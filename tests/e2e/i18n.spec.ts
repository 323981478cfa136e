import { expect, test } from '@playwright/test';
import { formatValue, indicator, spacedPattern, valueOf } from './helpers/data';
import { hydrated, trendFigure } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const WIJK = 'WK999902';

test('Dutch at the root: <html lang="nl"> and Dutch theme headings', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await page.goto(`/wijk/${WIJK}/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	const heading = page.locator('section[data-theme="people"] h2');
	await expect(heading).toHaveText(/\p{L}/u);
	await expect(heading).not.toHaveText('People');
});

test('English under /en/: lang en, English theme headings and English number formats', async ({
	page
}) => {
	await page.goto(`/en/wijk/${WIJK}/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('section[data-theme="people"] h2')).toHaveText('People');
	await expect(page.locator('section[data-theme="planet"] h2')).toHaveText('Planet');
	await expect(page.locator('section[data-theme="profit"] h2')).toHaveText('Profit');

	const woz = indicator('woz_value');
	const value = valueOf(WIJK, woz.id, 2020);
	const english = new Intl.NumberFormat('en-GB', {
		style: 'currency',
		currency: 'EUR',
		maximumFractionDigits: 0
	}).format(value);
	expect(english).toMatch(/^€\d{1,3}(,\d{3})+$/);
	const cell = trendFigure(page, WIJK, woz.id).locator('tr[data-year="2020"] td[data-value]');
	await expect(cell).toHaveText(english);
	await expect(trendFigure(page, WIJK, woz.id).locator('[data-summary]')).toContainText(
		/€\d{1,3}(,\d{3})+/
	);
	await expect(trendFigure(page, WIJK, woz.id).locator('[data-summary]')).not.toContainText(
		/€\s?\d{1,3}\.\d{3}/
	);
	// Same figure in Dutch, for contrast.
	await page.goto(`/wijk/${WIJK}/`);
	await expect(
		trendFigure(page, WIJK, woz.id).locator('tr[data-year="2020"] td[data-value]')
	).toHaveText(spacedPattern(formatValue(value, woz, 'nl-NL')));
});

test('the language link leads to the same page in the other language and back', async ({
	page
}) => {
	await page.goto(`/wijk/${WIJK}/`);
	await hydrated(page);
	const toggle = page.locator('a[data-language-switch]');
	await expect(toggle).toHaveAttribute('href', `/en/wijk/${WIJK}/`);
	await toggle.click();
	await expect(page).toHaveURL(new RegExp(`/en/wijk/${WIJK}/$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('section[data-theme="planet"] h2')).toHaveText('Planet');

	await expect(toggle).toHaveAttribute('href', `/wijk/${WIJK}/`);
	await toggle.click();
	await expect(page).toHaveURL(new RegExp(`/wijk/${WIJK}/$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.locator('section[data-theme="planet"] h2')).not.toHaveText('Planet');
});

test('the language link on the overview leads to the English overview', async ({ page }) => {
	await page.goto('/');
	await page.locator('a[data-language-switch]').click();
	await expect(page).toHaveURL(/\/en\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('li[data-overview-area]').first()).toBeVisible();
	await expect(page.locator('li[data-overview-area] a').first()).toHaveAttribute(
		'href',
		/^\/en\/wijk\/WK\d+\/$/
	);
});
