/**
 * Interventions: one of the user's own is checked field by field on /afspraken, drawn on its
 * wijk's chart as a numbered line with the change before and after that the CSV series give,
 * kept over a reload, exported and imported back; the bundled ones show on the prerendered pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { formatValue, indicator, observed, spacedPattern } from './helpers/data';
import { engineReady, expect, test, trendFigure } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const AREA = 'WK999902';
const INDICATOR = 'solar_panels_share';
const TITLE = 'Zonnepanelen-verhuur <gestart>';

/**
 * The rule, computed independently from observations.csv: the first and last observed values
 * of the 3 years up to and from the year, and their change per year.
 */
function expectedSide(areaCode: string, indicatorId: string, from: number, to: number) {
	const points = observed(areaCode, indicatorId).filter((o) => o.year >= from && o.year <= to);
	const first = points[0];
	const last = points[points.length - 1];
	return { first, last, perYear: (last.value - first.value) / (last.year - first.year) };
}

async function expectNote(
	note: Locator,
	areaCode: string,
	indicatorId: string,
	year: number,
	locale: 'nl-NL' | 'en-GB'
) {
	const ind = indicator(indicatorId);
	const before = expectedSide(areaCode, indicatorId, year - 3, year);
	const after = expectedSide(areaCode, indicatorId, year, year + 3);
	expect(Number(await note.getAttribute('data-before-rate'))).toBeCloseTo(before.perYear, 9);
	expect(Number(await note.getAttribute('data-after-rate'))).toBeCloseTo(after.perYear, 9);
	for (const side of [before, after]) {
		const text = `${formatValue(side.first.value, ind, locale)} (${side.first.year}) → ${formatValue(side.last.value, ind, locale)} (${side.last.year})`;
		await expect(note).toContainText(spacedPattern(text));
	}
	// Higher is better here: a faster rise after is more favourable.
	const verdict = after.perYear > before.perYear ? 'better' : 'worse';
	await expect(note).toHaveAttribute('data-effect', verdict);
}

async function openEditor(page: Page) {
	await page.goto('/afspraken/');
	await engineReady(page);
	await page.locator('[data-intervention-add]').click();
	await expect(page.locator('[data-intervention-editor]')).toBeVisible();
}

const editor = (page: Page) => page.locator('[data-intervention-editor]');
const field = (page: Page, name: string) => editor(page).locator(`[name="${name}"]`);
const ownRows = (page: Page) => page.locator('[data-user-intervention]');

test('an intervention of one’s own is checked, drawn on its chart with before and after, kept, exported and imported back', async ({
	page,
	network,
	problems
}, testInfo) => {
	// Several page loads, each starting DuckDB.
	test.setTimeout(180_000);
	await openEditor(page);

	// Checked before anything is kept: the problems name their fields, the summary gets focus.
	await page.locator('[data-editor-save]').click();
	await expect(page.locator('[data-editor-errors]')).toBeFocused();
	for (const [name, text] of [
		['area_code', 'Kies een gebied'],
		['year', 'Vul het jaar in'],
		['title', 'Vul in wat er is gedaan']
	])
		await expect(page.locator(`[data-field-error="${name}"]`)).toContainText(text);
	await field(page, 'area_code').selectOption(AREA);
	await field(page, 'year').fill('218');
	await field(page, 'title').fill(TITLE);
	await page.locator('[data-editor-save]').click();
	await expect(page.locator('[data-field-error="year"]')).toContainText('tussen 1990 en 2100');
	await expect(field(page, 'year')).toHaveAttribute('aria-invalid', 'true');
	await expect(ownRows(page)).toHaveCount(0);

	// Corrected, by keyboard for the indicator it is meant for.
	await field(page, 'year').fill('2018');
	await field(page, 'month').selectOption('5');
	await editor(page).locator(`input[value="${INDICATOR}"]`).press('Space');
	await page.locator('[data-editor-save]').click();
	await expect(page.locator('[data-user-intervention-status]')).toContainText('opgeslagen');
	await expect(ownRows(page)).toHaveCount(1);
	await expect(ownRows(page)).toContainText(TITLE);
	await expect(ownRows(page)).toContainText('mei 2018');

	// On the wijk's chart of that indicator, and only there.
	const check = async () => {
		const figure = trendFigure(page, AREA, INDICATOR);
		const mark = figure.locator('[data-intervention-mark]');
		await expect(mark).toHaveCount(1);
		await expect(mark).toHaveAttribute('data-intervention-year', '2018');
		await expect(mark.locator('text')).toHaveText('1');
		const note = figure.locator('li[data-intervention]');
		await expect(note).toContainText(TITLE);
		await expect(note).toContainText('(mei 2018)');
		await expectNote(note, AREA, INDICATOR, 2018, 'nl-NL');
		// In the data table: the year's row names it.
		await expect(figure.locator('tr[data-year="2018"] th')).toContainText('interventie 1');
		await expect(
			trendFigure(page, AREA, 'woz_value').locator('[data-intervention-mark]')
		).toHaveCount(0);
		return figure;
	};
	await page.goto(`/wijk/${AREA}/`);
	await engineReady(page);
	const figure = await check();

	// The keyboard reaches it: the plot's focus text for 2018 says what was done.
	const plot = figure.locator('svg[role="slider"]');
	await plot.focus();
	await plot.press('End');
	for (let year = 2025; year > 2018; year--) await plot.press('ArrowLeft');
	await expect(plot).toHaveAttribute('aria-valuenow', '2018');
	await expect(plot).toHaveAttribute(
		'aria-valuetext',
		/Interventie 1 \(mei 2018\): Zonnepanelen-verhuur <gestart>/
	);
	await expect(figure.locator('[data-tooltip]')).toContainText('Interventie 1 (mei 2018)');

	// Kept over a reload.
	await page.reload();
	await engineReady(page);
	await check();

	// Exported as the contract's CSV, removed, and imported back with a faulty row named.
	await page.goto('/afspraken/');
	await engineReady(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-interventions-export]').click()
	]);
	const file = testInfo.outputPath('interventies.csv');
	await download.saveAs(file);
	const text = readFileSync(file, 'utf8');
	expect(text).toBe(
		'\ufeffarea_code,year,month,title,description,indicator_ids\r\n' +
			`${AREA},2018,5,${TITLE},,${INDICATOR}\r\n`
	);
	page.once('dialog', (dialog) => dialog.accept());
	await ownRows(page).locator('[data-intervention-remove]').click();
	await expect(ownRows(page)).toHaveCount(0);
	await expect(page.locator('[data-user-intervention-status]')).toContainText('verwijderd');

	const withBadRow = testInfo.outputPath('met-fout.csv');
	writeFileSync(withBadRow, text + `${AREA},2019,13,Maand dertien,,\r\n`);
	await page.locator('[data-interventions-import]').setInputFiles(withBadRow);
	const review = page.locator('[data-interventions-review]');
	const error = review.locator('[data-import-error="cell_invalid"]');
	await expect(error).toHaveAttribute('data-row', '3');
	await expect(error).toHaveAttribute('data-column', 'month');
	await page.locator('[data-interventions-import-confirm]').click();
	await expect(page.locator('[data-user-intervention-status]')).toContainText(
		'1 interventie toegevoegd'
	);
	await expect(ownRows(page)).toHaveCount(1);
	await page.goto(`/wijk/${AREA}/`);
	await engineReady(page);
	await check();

	expect(network.foreign).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
});

test('the bundled interventions are on the prerendered charts, in English too', async ({
	page
}) => {
	// WK999904 logged "Zonnepanelen-verhuur gestart" in April 2019 (data/interventions.csv).
	await page.goto('/en/wijk/WK999904/');
	const figure = trendFigure(page, 'WK999904', INDICATOR);
	await expect(figure.locator('[data-intervention-mark]')).toHaveAttribute(
		'data-intervention-year',
		'2019'
	);
	const note = figure.locator('li[data-intervention]');
	await expect(note).toContainText('Zonnepanelen-verhuur gestart (April 2019)');
	await expect(note).toContainText(/Before: .* a year/);
	await expectNote(note, 'WK999904', INDICATOR, 2019, 'en-GB');
	// Meant for two indicators: not on a chart of another.
	await expect(
		trendFigure(page, 'WK999904', 'woz_value').locator('li[data-intervention]')
	).toHaveCount(0);
});

test('the editor works in English and names fields in English', async ({ page }) => {
	await page.goto('/en/afspraken/');
	await engineReady(page);
	await page.locator('[data-intervention-add]').click();
	await page.locator('[data-editor-save]').click();
	await expect(page.locator('[data-field-error="title"]')).toContainText('Enter what was done');
	await field(page, 'area_code').selectOption(AREA);
	await field(page, 'year').fill('2020');
	await field(page, 'title').fill('Green roofs');
	await page.locator('[data-editor-save]').click();
	await expect(page.locator('[data-user-intervention-status]')).toContainText('saved');
	// Meant for no indicator in particular: on every chart of the area.
	await expect(ownRows(page)).toContainText('on every chart of this area');
	// Edited: the form opens with what was stored; the new year replaces the old.
	await ownRows(page).locator('[data-intervention-edit]').click();
	await expect(field(page, 'title')).toHaveValue('Green roofs');
	await expect(field(page, 'year')).toHaveValue('2020');
	await field(page, 'year').fill('2021');
	await page.locator('[data-editor-save]').click();
	await expect(ownRows(page)).toHaveCount(1);
	await expect(ownRows(page)).toContainText('2021');
	await page.goto(`/en/wijk/${AREA}/`);
	await engineReady(page);
	await expect(
		trendFigure(page, AREA, 'woz_value').locator(
			'[data-intervention-mark][data-intervention-year="2021"]'
		)
	).toHaveCount(1);
});
