import { expect, test } from '@playwright/test';
import {
	area,
	firstMissing,
	indicator,
	indicators,
	indicatorsWithData,
	lastYear,
	observed,
	spacedPattern,
	valueOf,
	wijken,
	years
} from './helpers/data';
import { engineReady, hydrated, trendFigure } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const WIJK = 'WK999902';

test('the overview lists every wijk from areas.csv, with a link and three theme scores', async ({
	page
}) => {
	await page.goto('/');
	expect(wijken).toHaveLength(10);
	await expect(page.locator('[data-dataset-status]')).toContainText(
		`${Math.min(...years)}–${lastYear}`
	);
	await expect(page.locator('[data-demo-notice]')).toBeVisible();
	const cards = page.locator('li[data-overview-area]');
	await expect(cards).toHaveCount(wijken.length);
	const codes = await cards.evaluateAll((els) =>
		els.map((el) => el.getAttribute('data-overview-area'))
	);
	expect([...codes].sort()).toEqual(wijken.map((w) => w.code).sort());
	for (const wijk of wijken) {
		const card = page.locator(`li[data-overview-area="${wijk.code}"]`);
		const link = card.getByRole('link', { name: wijk.name, exact: true });
		await expect(link).toHaveAttribute('href', `/wijk/${wijk.code}/`);
		for (const theme of ['people', 'planet', 'profit']) {
			const score = card.locator(`[data-theme-score="${theme}"]`);
			await expect(score.locator('[data-better]')).toHaveAttribute('data-better', /^\d+$/);
			await expect(score.locator('[data-worse]')).toHaveAttribute('data-worse', /^\d+$/);
			await expect(score.locator('svg')).toHaveCount(1);
		}
	}
});

test('clicking a wijk opens its dashboard: three themes, one figure per indicator with data, engine ready', async ({
	page
}) => {
	const wijk = area(WIJK);
	await page.goto('/');
	await page
		.locator(`li[data-overview-area="${WIJK}"]`)
		.getByRole('link', { name: wijk.name, exact: true })
		.click();
	await expect(page).toHaveURL(new RegExp(`/wijk/${WIJK}/$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(wijk.name);
	for (const theme of ['people', 'planet', 'profit'])
		await expect(page.locator(`section[data-theme="${theme}"]`)).toHaveCount(1);

	const expected = indicatorsWithData(WIJK);
	expect(expected.length).toBeGreaterThan(0);
	const figures = page.locator('figure[data-chart="trend"]');
	await expect(figures).toHaveCount(expected.length);
	await expect(page.locator(`figure[data-chart="trend"]:not([data-area="${WIJK}"])`)).toHaveCount(
		0
	);
	for (const ind of expected)
		await expect(
			page.locator(`section[data-theme="${ind.theme}"]`).locator(`[data-indicator="${ind.id}"]`)
		).toHaveCount(1);

	await engineReady(page);
	// The page stays complete once the engine has taken over.
	await expect(figures).toHaveCount(expected.length);
});

/** Deterministic samples: one wijk, one buurt and the gemeente. */
const samples = [
	{ code: WIJK, indicatorId: 'gas_use_home', year: 2016 },
	{ code: 'BU99990104', indicatorId: 'solar_panels_share', year: 2019 },
	{ code: 'GM9999', indicatorId: 'income_per_resident', year: 2015 }
];

for (const { code, indicatorId, year } of samples) {
	test(`table cell of ${code} / ${indicatorId} / ${year} holds the CSV value`, async ({ page }) => {
		const expected = valueOf(code, indicatorId, year);
		await page.goto(`/wijk/${code}/`);
		const cell = trendFigure(page, code, indicatorId).locator(
			`tr[data-year="${year}"] td[data-value]`
		);
		await expect(cell).toHaveCount(1);
		expect(Number(await cell.getAttribute('data-value'))).toBeCloseTo(expected, 6);
		await engineReady(page);
		expect(Number(await cell.getAttribute('data-value'))).toBeCloseTo(expected, 6);
	});
}

test('a value missing in the CSV shows as "geen gegevens" without data-value', async ({ page }) => {
	const missing = firstMissing(WIJK);
	await page.goto(`/wijk/${WIJK}/`);
	const row = trendFigure(page, WIJK, missing.indicator_id).locator(
		`tr[data-year="${missing.year}"]`
	);
	await expect(row).toHaveCount(1);
	const cell = row.locator('td').first();
	await expect(cell).not.toHaveAttribute('data-value');
	await expect(cell).toHaveText(/geen gegevens/);
	await expect(row.locator('td[data-value]')).toHaveCount(0);
});

test('the woz_value summary names the first and last year with Dutch euro amounts', async ({
	page
}) => {
	const points = observed(WIJK, 'woz_value');
	const first = points[0];
	const last = points[points.length - 1];
	const euro = new Intl.NumberFormat('nl-NL', {
		style: 'currency',
		currency: 'EUR',
		maximumFractionDigits: 0
	});
	await page.goto(`/wijk/${WIJK}/`);
	const summary = trendFigure(page, WIJK, 'woz_value').locator('[data-summary]');
	await expect(summary).toContainText(String(first.year));
	await expect(summary).toContainText(String(last.year));
	await expect(summary).toContainText(spacedPattern(euro.format(first.value)));
	await expect(summary).toContainText(spacedPattern(euro.format(last.value)));
	// Dutch grouping: "€ 175.000", never "175,000".
	await expect(summary).toContainText(/€\s\d{1,3}(\.\d{3})+/);
	await expect(summary).not.toContainText(/\d,\d{3}\b/);
});

/** A lower-is-better indicator that clearly fell in the wijk (largest relative fall). */
function fallingDownIndicator(code: string) {
	const candidates = indicators
		.filter((i) => i.direction === 'down')
		.map((i) => {
			const points = observed(code, i.id);
			const from = points[0];
			const to = points[points.length - 1];
			return { ind: i, fall: from && to ? (from.value - to.value) / Math.abs(from.value) : 0 };
		})
		.filter((c) => c.fall > 0.05)
		.sort((a, b) => b.fall - a.fall);
	if (candidates.length === 0) throw new Error(`no falling lower-is-better indicator in ${code}`);
	return candidates[0].ind;
}

test('a lower-is-better indicator that fell gets a "beter" badge', async ({ page }) => {
	const ind = fallingDownIndicator(WIJK);
	expect(indicator(ind.id).direction).toBe('down');
	await page.goto(`/wijk/${WIJK}/`);
	const badge = trendFigure(page, WIJK, ind.id).locator('[data-verdict]');
	await expect(badge).toHaveAttribute('data-verdict', 'better');
	await expect(badge).toContainText(/\bbeter\b/);
	await expect(badge).toContainText('▼');
});

test('printed, a wijk dashboard leaves out the navigation, also after switching wijk in place', async ({
	page
}) => {
	await page.goto(`/wijk/${WIJK}/`);
	await expect(page.locator('.site-header')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(trendFigure(page, WIJK, 'woz_value')).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	await hydrated(page);
	const picker = page.locator('input[data-area-picker]');
	await picker.fill('Kanaalzone');
	await picker.press('Enter');
	await expect(trendFigure(page, 'WK999905', 'woz_value')).toBeVisible();
	await expect(page.locator('link[data-print-stylesheet]')).toHaveCount(1);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
});
