/**
 * The main journey with the keyboard only: overview → wijk → another wijk through the picker
 * → compare (areas and indicators added and removed, the period, the ranking sorted) → the
 * targets with a filter. Every element that takes focus on the way must show it.
 */
import type { Locator, Page } from '@playwright/test';
import { area, indicator, lastYear, series, wijken, years } from './helpers/data';
import { engineReady, expect, hydrated, test } from './helpers/fixtures';

interface FocusState {
	tag: string;
	text: string;
	outlineStyle: string;
	outlineWidth: number;
	boxShadow: string;
	width: number;
	height: number;
}

function focusState(page: Page): Promise<FocusState | null> {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return null;
		const style = getComputedStyle(el);
		const box = el.getBoundingClientRect();
		return {
			tag: el.tagName.toLowerCase(),
			text: (el.textContent ?? '').trim().slice(0, 40),
			outlineStyle: style.outlineStyle,
			outlineWidth: parseFloat(style.outlineWidth),
			boxShadow: style.boxShadow,
			width: box.width,
			height: box.height
		};
	});
}

/** The focused element has a visible indicator: an outline (the site's 3px, or the browser's ring) or a shadow. */
async function expectVisibleFocus(page: Page) {
	const focus = await focusState(page);
	expect(focus, 'something has focus').not.toBeNull();
	const { tag, text, outlineStyle, outlineWidth, boxShadow, width, height } = focus!;
	const outlined = outlineStyle === 'auto' || (outlineStyle !== 'none' && outlineWidth >= 2);
	expect(outlined || boxShadow !== 'none', `focus on <${tag}> "${text}" is visible`).toBe(true);
	expect(width * height, `<${tag}> "${text}" has a size`).toBeGreaterThan(0);
}

const firstYear = Math.min(...years);

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has focus, checking the focus indicator at every step. */
async function tabTo(page: Page, target: Locator, { backward = false, max = 120 } = {}) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press(backward ? 'Shift+Tab' : 'Tab');
		await expectVisibleFocus(page);
		if (await isFocused(target)) return;
	}
	throw new Error(`${target} was not reached in ${max} presses of Tab`);
}

/** The first Tab on a page lands on the skip link, which shows and moves focus to the content. */
async function skipToContent(page: Page) {
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Naar de inhoud' });
	await expect(skip).toBeFocused();
	await expectVisibleFocus(page);
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#main')).toBeFocused();
}

const nav = (page: Page, name: string) =>
	page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true });

/** The values of the chips of one of the compare page's pickers, in order. */
const chosen = (page: Page, hook: string) =>
	page
		.locator(`[data-chip-picker="${hook}"] li[data-chosen]`)
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-chosen')));

/** The wijken with a value for the indicator in the year, highest first (from observations.csv). */
function wijkValues(indicatorId: string, year: number) {
	const rows = wijken.flatMap((w) => {
		const value = series(w.code, indicatorId).find((o) => o.year === year)?.value ?? null;
		return value === null ? [] : [{ code: w.code, value }];
	});
	rows.sort((a, b) => b.value - a.value);
	// The expectations below need a clear first and last.
	expect(rows[0].value).toBeGreaterThan(rows[1].value);
	expect(rows.at(-2)!.value).toBeGreaterThan(rows.at(-1)!.value);
	return rows;
}

const best = (rows: { code: string }[], direction: string) =>
	(direction === 'down' ? rows.at(-1) : rows[0])!.code;

test('overview → wijk → picker → compare → targets with a filter, by keyboard alone', async ({
	page
}) => {
	test.setTimeout(120_000);
	const first = area('WK999902');
	const second = area('WK999906');
	const removed = area('WK999901');
	const added = indicator('solar_panels_share');

	// Overview: skip the header, then Tab to a wijk's link and follow it.
	await page.goto('/');
	await engineReady(page);
	await skipToContent(page);
	const firstLink = page
		.locator(`li[data-overview-area="${first.code}"]`)
		.getByRole('link', { name: first.name, exact: true });
	await tabTo(page, firstLink);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/wijk/${first.code}/$`));
	await hydrated(page);

	// The wijk page: Tab to the picker, type, arrow to the option, Enter.
	const picker = page.locator('input[data-area-picker]');
	await tabTo(page, picker);
	await page.keyboard.type(second.name);
	const option = page.getByRole('option', { name: new RegExp(second.name) });
	await expect(option).toHaveAttribute('aria-selected', 'true');
	await expect(picker).toHaveAttribute(
		'aria-activedescendant',
		`${await option.getAttribute('id')}`
	);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/wijk/${second.code}/$`));
	await expect(page.locator('figure[data-chart="trend"]').first()).toHaveAttribute(
		'data-area',
		second.code
	);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(second.name);

	// ─── Compare (/vergelijk) ───────────────────────────────────────────────────────────
	// Back up into the header to the compare link.
	await tabTo(page, nav(page, 'Vergelijken'), { backward: true });
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/vergelijk\/$/);
	const areaSearch = page.locator('input[data-chip-add="areas"]');
	await expect(areaSearch).toBeVisible();
	await engineReady(page);
	const defaults = await chosen(page, 'areas');
	expect(defaults).toContain(removed.code);
	expect(defaults).not.toContain(second.code);

	// Add an area: Tab to the search, type, the arrow keys only highlight, Enter adds.
	await skipToContent(page);
	await tabTo(page, areaSearch);
	await page.keyboard.type(second.name);
	await expect(page.getByRole('option', { name: new RegExp(second.name) })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await page.keyboard.press('Enter');
	await expect.poll(() => chosen(page, 'areas')).toEqual([...defaults, second.code]);
	await expect(areaSearch).toBeFocused();
	await expect(areaSearch).toHaveValue('');
	await expect(page).toHaveURL(new RegExp(`areas=[^&]*${second.code}`));
	// Every chart labels the new area's line with its name.
	const charts = page.locator('figure[data-chart="compare"]');
	await expect(charts).toHaveCount(3);
	for (const chart of await charts.all())
		await expect(chart.locator(`[data-line-label="${second.code}"]`)).toHaveText(second.name);

	// Remove an area: Shift+Tab back to its chip, Enter; the focus goes on to the next chip.
	const removeButton = page.locator(`button[data-chip-remove="${removed.code}"]`);
	await tabTo(page, removeButton, { backward: true });
	const nextChip = defaults[defaults.indexOf(removed.code) + 1];
	await page.keyboard.press('Enter');
	await expect
		.poll(() => chosen(page, 'areas'))
		.toEqual([...defaults.filter((c) => c !== removed.code), second.code]);
	await expect(page.locator(`button[data-chip-remove="${nextChip}"]`)).toBeFocused();
	await expectVisibleFocus(page);
	await expect(page.locator(`[data-line-label="${removed.code}"]`)).toHaveCount(0);

	// Change the indicators: add one by a word of its name, remove another.
	const indicatorSearch = page.locator('input[data-chip-add="indicators"]');
	const defaultIndicators = await chosen(page, 'indicators');
	const dropped = defaultIndicators[1];
	await tabTo(page, indicatorSearch);
	await page.keyboard.type('zonnepanelen');
	await page.keyboard.press('Enter');
	await expect.poll(() => chosen(page, 'indicators')).toEqual([...defaultIndicators, added.id]);
	await tabTo(page, page.locator(`button[data-chip-remove="${dropped}"]`), { backward: true });
	await page.keyboard.press('Enter');
	await expect(page.locator('section[data-compare-indicator]')).toHaveCount(3);
	await expect(page.locator(`section[data-compare-indicator="${dropped}"]`)).toHaveCount(0);
	await expect(page.locator(`section[data-compare-indicator="${added.id}"] h2`)).toHaveText(
		added.label_nl
	);

	// The period: one year later from, one year earlier to, with the arrow keys on the selects.
	const from = firstYear + 1;
	const to = lastYear - 1;
	await tabTo(page, page.locator('select[data-compare-from]'));
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(new RegExp(`from=${from}`));
	await tabTo(page, page.locator('select[data-compare-to]'));
	await page.keyboard.press('ArrowUp');
	await expect(page).toHaveURL(new RegExp(`to=${to}`));
	await expect(page.locator('p[data-compare-state]')).toContainText(`${from}–${to}`);
	const table = page.locator(`table[data-compare-table="${added.id}"]`);
	await expect(table.locator('tr[data-year]').first()).toHaveAttribute('data-year', String(from));
	await expect(table.locator('tr[data-year]').last()).toHaveAttribute('data-year', String(to));

	// The ranking of the new indicator in the last year of the period, sorted by keyboard.
	const ranking = page.locator(`table[data-ranking="${added.id}"]`);
	await expect(ranking.locator('caption')).toContainText(String(to));
	const firstRow = ranking.locator('tr[data-rank-row]').first();
	const byValue = wijkValues(added.id, to);
	await expect(firstRow).toHaveAttribute('data-rank-row', best(byValue, added.direction));
	const valueSort = ranking.locator('button[data-sort="value"]');
	await tabTo(page, valueSort);
	await page.keyboard.press('Enter');
	await expect(ranking.locator('th:has(button[data-sort="value"])')).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	await expect(firstRow).toHaveAttribute('data-rank-row', byValue[0].code);
	await page.keyboard.press('Enter');
	await expect(ranking.locator('th:has(button[data-sort="value"])')).toHaveAttribute(
		'aria-sort',
		'ascending'
	);
	await expect(firstRow).toHaveAttribute('data-rank-row', byValue[byValue.length - 1].code);
	await expect(firstRow.locator('td[data-value]')).toHaveAttribute(
		'data-value',
		String(byValue[byValue.length - 1].value)
	);
	await expect(valueSort).toBeFocused();
	await page.screenshot({ path: test.info().outputPath('compare-focus.png') });

	// Back up into the header to the targets link.
	await tabTo(page, nav(page, 'Afspraken'), { backward: true, max: 200 });
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/afspraken\/$/);

	// Targets: skip link, Tab to the status filter, choose a status with the arrow keys.
	const rows = page.locator('[data-target]');
	const statusFilter = page.locator('select[data-target-filter="status"]');
	await expect(statusFilter).toBeVisible();
	const total = await rows.count();
	await skipToContent(page);
	await tabTo(page, statusFilter);
	await page.keyboard.press('ArrowDown');
	const status = await statusFilter.inputValue();
	expect(status).not.toBe('');
	const expected = await page.locator(`[data-target][data-target-status="${status}"]`).count();
	await expect(rows).toHaveCount(expected);
	expect(expected).toBeLessThan(total);
	await expect(page).toHaveURL(new RegExp(`[?&]status=${status}(&|#|$)`));
	await expect(page.locator('[data-targets-shown]')).toHaveAttribute(
		'data-targets-shown',
		String(expected)
	);

	// The clear button takes the filter away again, by keyboard too.
	const clear = page.getByRole('button', { name: 'Wis filters', exact: true });
	await tabTo(page, clear);
	await page.keyboard.press('Enter');
	await expect(rows).toHaveCount(total);
});
