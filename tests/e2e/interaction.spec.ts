import { expect, test, type Page } from '@playwright/test';
import {
	area,
	formatValue,
	indicator,
	indicators,
	indicatorsWithData,
	lastYear,
	series,
	spacedPattern,
	valueOf
} from './helpers/data';
import { hydrated, trendFigure } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const WIJK = 'WK999902';

declare global {
	interface Window {
		__marker?: number;
	}
}

/** Marks the window and counts document loads, so a full reload cannot go unnoticed. */
async function watchForReload(page: Page) {
	const documents: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'document') documents.push(request.url());
	});
	await page.evaluate(() => (window.__marker = 1));
	return documents;
}

async function expectSwitchedTo(page: Page, code: string, documents: string[]) {
	await expect(page).toHaveURL(new RegExp(`/wijk/${code}/$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(area(code).name);
	const figures = page.locator('figure[data-chart="trend"]');
	await expect(figures).toHaveCount(indicatorsWithData(code).length);
	await expect(page.locator(`figure[data-chart="trend"]:not([data-area="${code}"])`)).toHaveCount(
		0
	);
	expect(await page.evaluate(() => window.__marker)).toBe(1);
	expect(documents).toEqual([]);
}

test('the area picker switches wijk with the keyboard, without a full reload', async ({ page }) => {
	const target = area('WK999907');
	await page.goto(`/wijk/${WIJK}/`);
	await hydrated(page);
	const documents = await watchForReload(page);

	const picker = page.locator('input[data-area-picker]');
	await expect(picker).toHaveAttribute('role', 'combobox');
	await picker.pressSequentially(target.name);
	const listbox = page.getByRole('listbox');
	await expect(listbox.getByRole('option')).toHaveCount(1);
	await expect(listbox.getByRole('option')).toContainText(target.name);
	await picker.press('ArrowDown');
	await picker.press('Enter');

	await expectSwitchedTo(page, target.code, documents);
	// The new page's data is the new area's data, not the old one's.
	const value = valueOf(target.code, 'woz_value', 2020);
	const cell = trendFigure(page, target.code, 'woz_value').locator(
		'tr[data-year="2020"] td[data-value]'
	);
	// The table follows the chart one frame later (it sits in a collapsed <details>).
	await expect
		.poll(async () => Number(await cell.getAttribute('data-value')))
		.toBeCloseTo(value, 6);
});

test('back, forward and reload follow in-place area switches', async ({ page }) => {
	const first = area('WK999905');
	const second = area('WK999907');
	await page.goto(`/wijk/${WIJK}/`);
	await hydrated(page);
	const picker = page.locator('input[data-area-picker]');
	const heading = page.getByRole('heading', { level: 1 });
	for (const target of [first, second]) {
		await picker.fill(target.name);
		await picker.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/wijk/${target.code}/$`));
		await expect(heading).toContainText(target.name);
	}
	const shows = async (code: string) => {
		await expect(page).toHaveURL(new RegExp(`/wijk/${code}/$`));
		await expect(heading).toContainText(area(code).name);
		await expect(page.locator(`figure[data-chart="trend"]:not([data-area="${code}"])`)).toHaveCount(
			0
		);
	};
	await page.goBack();
	await shows(first.code);
	await page.goBack();
	await shows(WIJK);
	await page.goForward();
	await shows(first.code);
	await page.reload();
	await shows(first.code);
	await expect(trendFigure(page, first.code, 'woz_value')).toBeVisible();
});

test('an in-place switch draws each chart once, then names the area in the title', async ({
	page
}) => {
	const target = area('WK999905');
	await page.goto(`/wijk/${WIJK}/`);
	await hydrated(page);
	const figures = page.locator('figure[data-chart="trend"]');
	await expect(figures).toHaveCount(indicatorsWithData(WIJK).length);
	// Every change of a figure's area, in order: a switch that shows the new area, then the
	// old one again and the new one once more would draw every chart three times.
	await page.evaluate(() => {
		const seen: string[] = [];
		(window as unknown as { __areas: string[] }).__areas = seen;
		new MutationObserver((records) => {
			for (const record of records)
				seen.push((record.target as HTMLElement).getAttribute('data-area') ?? '');
		}).observe(document.body, { subtree: true, attributeFilter: ['data-area'] });
	});
	const picker = page.locator('input[data-area-picker]');
	await picker.fill(target.name);
	await picker.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/wijk/${target.code}/$`));
	await expect(page).toHaveTitle(new RegExp(`^${target.name} – `));
	await expect(
		page.locator(`figure[data-chart="trend"]:not([data-area="${target.code}"])`)
	).toHaveCount(0);
	const changes = await page.evaluate(() => (window as unknown as { __areas: string[] }).__areas);
	expect(new Set(changes)).toEqual(new Set([target.code]));
	expect(changes.length).toBeLessThanOrEqual(indicatorsWithData(target.code).length);
});

test('the area picker filters its options and switches on click', async ({ page }) => {
	const target = area('WK999908');
	await page.goto(`/wijk/${WIJK}/`);
	await hydrated(page);
	const documents = await watchForReload(page);

	const picker = page.locator('input[data-area-picker]');
	await picker.pressSequentially('spoor');
	const options = page.getByRole('listbox').getByRole('option');
	await expect(options).toHaveCount(1);
	await options.filter({ hasText: target.name }).click();

	await expectSwitchedTo(page, target.code, documents);
});

test('the indicator filter narrows the grid and clearing it restores all', async ({ page }) => {
	const all = indicatorsWithData(WIJK);
	const gas = indicators
		.filter((i) => i.label_nl.toLowerCase().includes('gas'))
		.map((i) => i.id)
		.sort();
	expect(gas.length).toBeGreaterThan(0);
	expect(gas.length).toBeLessThan(all.length);

	await page.goto(`/wijk/${WIJK}/`);
	await hydrated(page);
	// Charts the filter leaves out stay in the page, hidden (showing them again is cheap).
	const figures = page.locator('figure[data-chart="trend"]:visible');
	await expect(figures).toHaveCount(all.length);

	const filter = page.locator('input[data-indicator-filter]');
	await filter.fill('gas');
	await expect(figures).toHaveCount(gas.length);
	await expect(page.locator('figure[data-chart="trend"]')).toHaveCount(all.length);
	// A theme without a chart left shows no heading either.
	const themesOfGas = new Set(gas.map((id) => indicators.find((i) => i.id === id)!.theme));
	for (const theme of ['people', 'planet', 'profit'] as const)
		await expect(page.locator(`section[data-theme="${theme}"]`)).toBeVisible({
			visible: themesOfGas.has(theme)
		});
	const shown = await figures.evaluateAll((els) =>
		els.map((el) => el.getAttribute('data-indicator'))
	);
	expect([...shown].sort()).toEqual(gas);

	await filter.fill('GAS');
	await expect(figures).toHaveCount(gas.length);

	await filter.fill('');
	await expect(figures).toHaveCount(all.length);
});

test('keyboard: End then ArrowLeft shows the previous year with its Dutch-formatted value', async ({
	page
}) => {
	const ind = indicator('woz_value');
	const year = lastYear - 1;
	const expected = formatValue(valueOf(WIJK, ind.id, year), ind, 'nl-NL');

	await page.goto(`/wijk/${WIJK}/`);
	await hydrated(page);
	const figure = trendFigure(page, WIJK, ind.id);
	const slider = figure.locator('svg[role="slider"]');
	await slider.focus();
	await page.keyboard.press('End');
	await expect(slider).toHaveAttribute('aria-valuenow', String(lastYear));
	await page.keyboard.press('ArrowLeft');
	await expect(slider).toHaveAttribute('aria-valuenow', String(year));

	const tooltip = figure.locator('[data-tooltip]');
	await expect(tooltip).toBeVisible();
	await expect(tooltip).toContainText(spacedPattern(`${year}: ${expected}`));
});

test('hovering a chart shows a tooltip with the year and its CSV value', async ({ page }) => {
	const ind = indicator('gas_use_home');
	await page.goto(`/wijk/${WIJK}/`);
	await hydrated(page);
	const figure = trendFigure(page, WIJK, ind.id);
	const tooltip = figure.locator('[data-tooltip]');
	await expect(tooltip).toHaveCount(0);

	await figure.locator('svg[role="slider"]').hover();
	await expect(tooltip).toBeVisible();
	const text = (await tooltip.textContent()) ?? '';
	const year = Number(/(\d{4}):/.exec(text)?.[1]);
	const row = series(WIJK, ind.id).find((o) => o.year === year);
	expect(row, `tooltip "${text}" names a year of the series`).toBeDefined();
	const value = row?.value == null ? 'geen gegevens' : formatValue(row.value, ind, 'nl-NL');
	await expect(tooltip).toContainText(spacedPattern(`${year}: ${value}`));

	await page.mouse.move(0, 0);
	await expect(tooltip).toHaveCount(0);
});
