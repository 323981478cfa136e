import type { Locator, Page } from '@playwright/test';
import { areas, indicator, observations, valueOf } from './helpers/data';
import { engineReady, expect, test } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const mapFigure = (page: Page) => page.locator('figure[data-chart="map"]');

interface Bin {
	min: number;
	max: number;
	colour: string;
}

async function legendBins(figure: Locator): Promise<Bin[]> {
	return figure.locator('li[data-bin-min]').evaluateAll((items) =>
		items.map((li) => ({
			min: Number(li.getAttribute('data-bin-min')),
			max: Number(li.getAttribute('data-bin-max')),
			colour: li.getAttribute('data-bin-colour') ?? ''
		}))
	);
}

/** The bin a value falls in by the legend's edges: [min, max), the last bin closed. */
function expectedColour(bins: Bin[], value: number): string {
	const bin = bins.find((b, i) => value >= b.min && (value < b.max || i === bins.length - 1));
	if (!bin) throw new Error(`${value} is outside every legend bin`);
	return bin.colour;
}

/** The map's shapes of three sampled areas have the colour of their CSV value's legend bin. */
async function expectSampledColours(page: Page, codes: string[]) {
	const figure = mapFigure(page);
	const indicatorId = (await figure.getAttribute('data-indicator'))!;
	const year = Number(await figure.getAttribute('data-year'));
	const level = (await figure.getAttribute('data-level'))!;
	const bins = await legendBins(figure);
	expect(bins.length).toBeGreaterThanOrEqual(3);

	// The legend covers every value of this indicator and level in the data, in every year.
	const levelCodes = new Set(areas.filter((a) => a.level === level).map((a) => a.code));
	const all = observations
		.filter((o) => o.indicator_id === indicatorId && levelCodes.has(o.area_code))
		.flatMap((o) => (o.value === null ? [] : [o.value]));
	expect(Math.min(...all)).toBeGreaterThanOrEqual(bins[0].min);
	expect(Math.max(...all)).toBeLessThanOrEqual(bins[bins.length - 1].max);

	for (const code of codes) {
		const value = valueOf(code, indicatorId, year);
		const shape = figure.locator(`path[data-area="${code}"]`);
		expect(Number(await shape.getAttribute('data-value'))).toBeCloseTo(value, 6);
		expect(await shape.getAttribute('fill'), `${code} ${indicatorId} ${year}`).toBe(
			expectedColour(bins, value)
		);
	}
	// Better is always the dark blue end: the best bin holds the highest value for "up", the lowest for "down".
	const direction = indicator(indicatorId).direction;
	if (direction !== 'none') {
		const darkest = direction === 'up' ? bins[bins.length - 1] : bins[0];
		expect(darkest.colour).toBe('#253494');
	}
}

test('the overview map colours every wijk by its value bin, and follows indicator and year', async ({
	page
}) => {
	await page.goto('/');
	const figure = mapFigure(page);
	const wijkCodes = areas.filter((a) => a.level === 'wijk').map((a) => a.code);
	await expect(figure.locator('path[data-area]')).toHaveCount(wijkCodes.length);
	expect(
		(
			await figure
				.locator('path[data-area]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-area')))
		).sort()
	).toEqual(wijkCodes.sort());
	await expectSampledColours(page, ['WK999900', 'WK999904', 'WK999908']);

	await engineReady(page);
	// A lower-is-better indicator, and an earlier year by keyboard on the slider.
	await page.locator('select[data-map-indicator]').selectOption('feels_unsafe');
	await expect(figure).toHaveAttribute('data-indicator', 'feels_unsafe');
	const slider = page.locator('input[data-map-year]');
	const before = Number(await figure.getAttribute('data-year'));
	await slider.focus();
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(figure).toHaveAttribute('data-year', String(before - 2));
	await expectSampledColours(page, ['WK999901', 'WK999905', 'WK999909']);

	// The buurt level draws every buurt.
	await page.locator('[data-level-switch="map"] input[data-level="buurt"]').check();
	await expect(figure).toHaveAttribute('data-level', 'buurt');
	await expect(figure.locator('path[data-area]')).toHaveCount(
		areas.filter((a) => a.level === 'buurt').length
	);
	await expectSampledColours(page, ['BU99990001', 'BU99990402', 'BU99990903']);
});

test('map areas are links: focus shows name and value, Enter opens the area', async ({ page }) => {
	await page.goto('/');
	await engineReady(page);
	const link = mapFigure(page).locator('a:has(path[data-area="WK999903"])');
	const name = areas.find((a) => a.code === 'WK999903')!.name;
	await expect(link).toHaveAttribute('aria-label', new RegExp(`^${name}: `));
	await link.focus();
	await expect(page.locator('figure[data-chart="map"] [role="status"]')).toContainText(name);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/wijk\/WK999903\/$/);
	// On the wijk page its own area is outlined.
	await expect(mapFigure(page).locator('[data-selected-area="WK999903"]')).toHaveCount(1);
});

test('play steps through the years and stops at the last one', async ({ page }) => {
	await page.goto('/wijk/WK999902/');
	await engineReady(page);
	const figure = mapFigure(page);
	const slider = page.locator('input[data-map-year]');
	const last = Number(await slider.getAttribute('max'));
	await slider.fill(String(last - 2));
	await expect(figure).toHaveAttribute('data-year', String(last - 2));
	await page.locator('button[data-map-play]').click();
	await expect(figure).toHaveAttribute('data-year', String(last), { timeout: 10_000 });
	await expect(page.locator('button[data-map-play]')).toHaveAttribute('aria-pressed', 'false');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the map is in the prerendered page of a buurt, at buurt level, outlined', async ({
		page
	}) => {
		await page.goto('/wijk/BU99990101/');
		const figure = mapFigure(page);
		await expect(figure).toHaveAttribute('data-level', 'buurt');
		await expect(figure.locator('path[data-area]')).toHaveCount(
			areas.filter((a) => a.level === 'buurt').length
		);
		await expect(figure.locator('[data-selected-area="BU99990101"]')).toHaveCount(1);
		await expectSampledColours(page, ['BU99990101', 'BU99990604', 'BU99990802']);
	});
});

test('the map choices are in the URL, and the URL opens the same map', async ({
	page,
	browser
}) => {
	await page.goto('/');
	await engineReady(page);
	await expect(page).toHaveURL(/\/$/);
	await page.locator('select[data-map-indicator]').selectOption('woz_value');
	await page.locator('[data-level-switch="map"] input[data-level="buurt"]').check();
	await page.locator('input[data-map-year]').fill('2017');
	await expect(page).toHaveURL(/indicator=woz_value&level=buurt&year=2017/);
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(page.url());
	const figure = mapFigure(other);
	await expect(figure).toHaveAttribute('data-indicator', 'woz_value');
	await expect(figure).toHaveAttribute('data-level', 'buurt');
	await expect(figure).toHaveAttribute('data-year', '2017');
	await expectSampledColours(other, ['BU99990001', 'BU99990503', 'BU99990904']);
	await fresh.close();
});
