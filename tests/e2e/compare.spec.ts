import type { Page } from '@playwright/test';
import { areas, indicator, indicators, observations } from './helpers/data';
import { engineReady, expect, test } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const chosenAreas = (page: Page) =>
	page
		.locator('[data-chip-picker="areas"] li[data-chosen]')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-chosen')));

/** The option the arrow keys (or typing) highlighted in an open search list. */
const highlighted = (page: Page) =>
	page.getByRole('listbox').getByRole('option', { selected: true });

/** Adds an option to one of the chip pickers through its search, by its code or id. */
async function addChip(page: Page, hook: string, value: string) {
	const search = page.locator(`input[data-chip-add="${hook}"]`);
	await search.fill(value);
	await expect(highlighted(page)).toHaveId(new RegExp(`-opt-${value}$`));
	await search.press('Enter');
}

/** Every value cell of every comparison table, keyed by indicator/area/year. */
async function tableValues(page: Page): Promise<Record<string, string>> {
	const cells = await page
		.locator('table[data-compare-table] td[data-area]')
		.evaluateAll((els) =>
			els.map((el) => [
				`${el.closest('table')!.getAttribute('data-compare-table')}/${el.getAttribute('data-area')}/${el.closest('tr')!.getAttribute('data-year')}`,
				el.getAttribute('data-value') ?? ''
			])
		);
	return Object.fromEntries(cells);
}

/** Hand-computed from observations.csv: wijken with a value in `year`, best first, ties by code. */
function expectedRanking(indicatorId: string, year: number) {
	const direction = indicator(indicatorId).direction;
	const wijkCodes = new Set(areas.filter((a) => a.level === 'wijk').map((a) => a.code));
	const rows = observations.filter(
		(o) =>
			o.indicator_id === indicatorId &&
			o.year === year &&
			wijkCodes.has(o.area_code) &&
			o.value !== null
	) as { area_code: string; value: number }[];
	rows.sort((a, b) =>
		a.value === b.value
			? a.area_code.localeCompare(b.area_code)
			: direction === 'down'
				? a.value - b.value
				: b.value - a.value
	);
	const mean = rows.reduce((s, r) => s + r.value, 0) / rows.length;
	const sd = Math.sqrt(rows.reduce((s, r) => s + (r.value - mean) ** 2, 0) / rows.length);
	return rows.map((r) => ({
		code: r.area_code,
		deviation: Math.abs(r.value - mean) > sd ? (r.value > mean ? 'above' : 'below') : ''
	}));
}

async function rankingRows(page: Page, indicatorId: string) {
	return page.locator(`table[data-ranking="${indicatorId}"] tr[data-rank-row]`).evaluateAll((els) =>
		els
			.filter((el) => el.getAttribute('data-rank') !== '')
			.map((el) => ({
				code: el.getAttribute('data-rank-row'),
				deviation: el.getAttribute('data-deviation')
			}))
	);
}

test('the ranking equals the order computed by hand from observations.csv, outliers marked', async ({
	page
}) => {
	await page.goto(
		'/vergelijk/?indicators=woz_value,feels_unsafe,solar_panels_share&from=2016&to=2024'
	);
	await engineReady(page);
	for (const id of ['woz_value', 'feels_unsafe']) {
		await expect(page.locator(`table[data-ranking="${id}"]`)).toBeVisible();
		expect(await rankingRows(page, id), id).toEqual(expectedRanking(id, 2024));
	}
	const marked = (await rankingRows(page, 'woz_value')).filter((r) => r.deviation);
	expect(marked.length).toBeGreaterThan(0);
	// Marked by words and a symbol, not by colour alone.
	await expect(
		page.locator(`table[data-ranking="woz_value"] tr[data-rank-row="${marked[0].code}"]`)
	).toContainText(/▲|▼/);
});

test('a copied link opened in a fresh context shows the same areas and the same values', async ({
	page,
	context,
	browser
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/vergelijk/');
	await engineReady(page);
	await addChip(page, 'areas', 'BU99990302');
	await addChip(page, 'indicators', 'charging_points');
	await page.locator('select[data-compare-from]').selectOption('2014');
	await page.locator('input[data-index-toggle]').check();
	await page.locator('select[data-index-baseline]').selectOption('2016');
	await expect(page).toHaveURL(/index=2016/);
	await page.locator('button[data-copy-link]').click();
	await expect(page.getByRole('status').filter({ hasText: /gekopieerd/ })).toBeVisible();
	const link = await page.evaluate('navigator.clipboard.readText()');
	expect(link).toBe(page.url());

	const areasBefore = await chosenAreas(page);
	expect(areasBefore).toContain('BU99990302');
	await expect(page.locator('table[data-compare-table="charging_points"]')).toBeAttached();
	const valuesBefore = await tableValues(page);

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(String(link));
	await expect(other.locator('table[data-compare-table="charging_points"]')).toBeAttached();
	await expect(other.locator('figure[data-chart="compare"]').first()).toHaveAttribute(
		'data-index',
		'2016'
	);
	expect(await chosenAreas(other)).toEqual(areasBefore);
	await expect.poll(() => tableValues(other)).toEqual(valuesBefore);
	await fresh.close();
});

test('back and forward step through the choices', async ({ page }) => {
	await page.goto('/vergelijk/');
	await engineReady(page);
	const start = await chosenAreas(page);
	await addChip(page, 'areas', 'WK999907');
	await expect.poll(() => chosenAreas(page)).toEqual([...start, 'WK999907']);
	await page.locator('select[data-compare-to]').selectOption('2020');
	await expect(page).toHaveURL(/to=2020/);
	await page.goBack();
	await expect(page).not.toHaveURL(/to=2020/);
	await expect.poll(() => chosenAreas(page)).toEqual([...start, 'WK999907']);
	await page.goBack();
	await expect.poll(() => chosenAreas(page)).toEqual(start);
	await page.goForward();
	await expect.poll(() => chosenAreas(page)).toEqual([...start, 'WK999907']);
});

test('index mode shows value / baseline × 100 for every chosen area and year', async ({ page }) => {
	await page.goto(
		'/vergelijk/?areas=GM9999,WK999902,BU99990501&indicators=woz_value,registered_crime&from=2013&to=2025&index=2015'
	);
	// The prerendered default view is replaced by the link's view once the page is live.
	await expect(page.locator('figure[data-chart="compare"]')).toHaveCount(2);
	await expect(page.locator('figure[data-chart="compare"]').first()).toHaveAttribute(
		'data-index',
		'2015'
	);
	for (const id of ['woz_value', 'registered_crime'])
		for (const code of ['GM9999', 'WK999902', 'BU99990501']) {
			const value = (year: number) =>
				observations.find((o) => o.area_code === code && o.indicator_id === id && o.year === year)
					?.value ?? null;
			const baseline = value(2015);
			expect(baseline, `${code}/${id}/2015 in the CSV`).not.toBeNull();
			for (const year of [2013, 2018, 2025]) {
				const cell = page.locator(
					`table[data-compare-table="${id}"] tr[data-year="${year}"] td[data-area="${code}"]`
				);
				const raw = value(year);
				if (raw === null) await expect(cell).toHaveAttribute('data-value', '');
				else
					expect(Number(await cell.getAttribute('data-value'))).toBeCloseTo(
						(raw / baseline!) * 100,
						6
					);
			}
		}
});

test('the compare page works by keyboard: add an area, sort the ranking, remove an area', async ({
	page
}) => {
	await page.goto('/vergelijk/');
	await engineReady(page);
	const start = await chosenAreas(page);

	// The arrow keys only move the highlight (a native select would add every area they pass);
	// Enter adds the highlighted one, and the focus stays in the search for the next.
	const add = page.locator('input[data-chip-add="areas"]');
	await add.focus();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(highlighted(page)).toHaveCount(1);
	const code = (await highlighted(page).getAttribute('id'))!.replace(/^.*-opt-/, '');
	expect(await chosenAreas(page)).toEqual(start);
	await page.keyboard.press('Enter');
	await expect.poll(() => chosenAreas(page)).toEqual([...start, code]);
	await expect(add).toBeFocused();
	// Escape closes the list without choosing.
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('listbox')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('listbox')).toHaveCount(0);
	expect(await chosenAreas(page)).toEqual([...start, code]);

	const id = 'leefbaarometer_score';
	const header = page.locator(`table[data-ranking="${id}"] th:has(button[data-sort="value"])`);
	const sortButton = header.locator('button');
	await sortButton.focus();
	await page.keyboard.press('Enter');
	await expect(header).toHaveAttribute('aria-sort', 'descending');
	const values = async () =>
		page
			.locator(`table[data-ranking="${id}"] tr[data-rank-row] td[data-value]`)
			.evaluateAll((els) =>
				els
					.map((el) => el.getAttribute('data-value'))
					.filter((v) => v !== '')
					.map(Number)
			);
	const descending = await values();
	expect(descending).toEqual([...descending].sort((a, b) => b - a));
	await page.keyboard.press('Space');
	await expect(header).toHaveAttribute('aria-sort', 'ascending');
	const ascending = await values();
	expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

	// Removing a chip hands the focus to the chip that takes its place.
	const remove = page.locator('[data-chip-picker="areas"] li[data-chosen] button').first();
	await remove.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => chosenAreas(page)).toEqual([...start.slice(1), code]);
	await expect(page.locator(`button[data-chip-remove="${start[1]}"]`)).toBeFocused();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the prerendered compare page shows the default selection with charts and rankings', async ({
		page
	}) => {
		await page.goto('/vergelijk/');
		await expect(page.locator('figure[data-chart="compare"]')).toHaveCount(3);
		await expect(page.locator('figure[data-chart="compare"] path.line').first()).toHaveAttribute(
			'd',
			/^M/
		);
		const first = await page.locator('table[data-ranking]').first().getAttribute('data-ranking');
		expect(await rankingRows(page, first!)).toEqual(
			expectedRanking(first!, Math.max(...observations.map((o) => o.year)))
		);
	});
});

test('index mode on a wijk page: every trend chart shows value / baseline × 100', async ({
	page
}) => {
	await page.goto('/wijk/WK999902/');
	await engineReady(page);
	await page.locator('input[data-index-toggle]').check();
	await page.locator('select[data-index-baseline]').selectOption('2016');
	await expect(page).toHaveURL(/\?index=2016$/);
	for (const id of ['woz_value', 'feels_unsafe']) {
		const value = (year: number) =>
			observations.find(
				(o) => o.area_code === 'WK999902' && o.indicator_id === id && o.year === year
			)!.value!;
		for (const year of [2013, 2016, 2024]) {
			const cell = page.locator(
				`figure[data-chart="trend"][data-area="WK999902"][data-indicator="${id}"] tr[data-year="${year}"] td[data-value]`
			);
			await expect
				.poll(async () => Number(await cell.first().getAttribute('data-value')))
				.toBeCloseTo((value(year) / value(2016)) * 100, 6);
		}
	}
	// A link with the index opens the page in index mode.
	await page.reload();
	await expect(page.locator('input[data-index-toggle]')).toBeChecked();
});

test('the theme index equals the documented method computed from the CSVs', async ({ page }) => {
	await page.goto('/vergelijk/?areas=GM9999,WK999904&from=2014&to=2024');
	const row = page.locator('[data-theme-index] tr[data-theme-index-row="WK999904"]');
	await expect(page.locator('[data-chip-picker="areas"] li[data-chosen]')).toHaveCount(2);
	const value = (code: string, id: string, year: number) =>
		observations.find((o) => o.area_code === code && o.indicator_id === id && o.year === year)
			?.value ?? null;
	for (const theme of ['people', 'planet', 'profit']) {
		const directional = indicators.filter((i) => i.theme === theme && i.direction !== 'none');
		const indices = directional.flatMap((i) => {
			const v = value('WK999904', i.id, 2024);
			const city = value('GM9999', i.id, 2014);
			if (v === null || city === null || city === 0) return [];
			const index = i.direction === 'up' ? (100 * v) / city : 100 * (2 - v / city);
			return [Math.min(200, Math.max(0, index))];
		});
		const expected = indices.reduce((s, v) => s + v, 0) / indices.length;
		expect(indices.length * 2).toBeGreaterThanOrEqual(directional.length);
		await expect
			.poll(async () =>
				Number(await row.locator(`td[data-theme="${theme}"]`).getAttribute('data-value'))
			)
			.toBeCloseTo(expected, 6);
	}
});
