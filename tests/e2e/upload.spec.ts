/**
 * Bringing your own data on /data: the review before anything is added, the new wijk's
 * dashboard with the file's figures, persistence over a reload, removal, refused and cancelled
 * imports that leave the loaded data as it was. Expected values come from the fixture files.
 */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { engineReady, expect, test, trendFigure } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const UPLOAD_DIR = 'tests/fixtures/upload';
const NEW_WIJK = 'WK999990';
const observationsFile = `${UPLOAD_DIR}/nieuwe-wijk.csv`;
const areasFile = `${UPLOAD_DIR}/areas.csv`;

/** The fixture's figures for the new wijk, read independently of the app. */
const expected = Papa.parse<Record<string, string>>(readFileSync(observationsFile, 'utf8'), {
	header: true,
	skipEmptyLines: true
}).data.filter((r) => r.area_code === NEW_WIJK);

const importState = (page: Page) => page.locator('[data-import]');

async function openDataPage(page: Page) {
	await page.goto('/data/');
	await engineReady(page);
}

async function uploadNewWijk(page: Page) {
	await page.locator('input[type="file"]').setInputFiles([observationsFile, areasFile]);
	await expect(importState(page)).toHaveAttribute('data-import', 'review');
	await expect(page.locator('[data-import-error]')).toHaveCount(0);
	await page.locator('[data-import-confirm]').click();
	await expect(importState(page)).toHaveAttribute('data-import', 'done');
}

async function expectWijkValues(page: Page) {
	for (const row of expected) {
		const cell = trendFigure(page, NEW_WIJK, row.indicator_id).locator(
			`tr[data-year="${row.year}"] td[data-value]`
		);
		expect(Number(await cell.getAttribute('data-value'))).toBe(Number(row.value));
	}
}

test('an uploaded wijk gets a dashboard with the file’s values, is kept over a reload and can be removed', async ({
	page,
	network,
	problems
}) => {
	// Six page loads, each starting DuckDB.
	test.setTimeout(150_000);
	await openDataPage(page);
	await uploadNewWijk(page);
	await expect(page.locator('[data-dataset]')).toHaveCount(1);
	await expect(page.locator('[data-dataset-rows]')).toHaveText(String(5));
	await expect(page.locator('[data-dataset-uploads]')).toContainText('nieuwe-wijk.csv');

	await page.locator('[data-import-area-link]').click();
	await expect(page).toHaveURL(new RegExp(`/wijk/${NEW_WIJK}/$`));
	await expect(page.locator('h1')).toContainText('Nieuwbouw Oost');
	await expectWijkValues(page);

	// Opened directly (the static fallback) after a reload: the stored dataset is back.
	await page.goto(`/wijk/${NEW_WIJK}/`);
	await engineReady(page);
	await expect(page.locator('h1')).toContainText('Nieuwbouw Oost');
	await expectWijkValues(page);

	await page.goto('/');
	await engineReady(page);
	await expect(page.locator(`main a[href$="/wijk/${NEW_WIJK}/"]`).first()).toBeVisible();

	await openDataPage(page);
	await expect(page.locator('[data-dataset]')).toHaveCount(1);
	await page.locator('[data-dataset-remove]').click();
	await expect(page.locator('[data-dataset]')).toHaveCount(0);
	await page.goto(`/wijk/${NEW_WIJK}/`);
	await engineReady(page);
	await expect(page.locator('main')).toContainText(/niet in de geladen gegevens/);
	await expect(trendFigure(page, NEW_WIJK, 'woz_value')).toHaveCount(0);

	expect(network.foreign).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
});

test('an unknown area is reported with row and column, and can be added from the review', async ({
	page
}) => {
	await openDataPage(page);
	await page.locator('input[type="file"]').setInputFiles(observationsFile);
	await expect(importState(page)).toHaveAttribute('data-import', 'review');
	const errors = page.locator('[data-import-error="area_unknown"]');
	await expect(errors).toHaveCount(expected.length);
	await expect(errors.first()).toHaveAttribute('data-row', '2');
	await expect(errors.first()).toHaveAttribute('data-column', 'area_code');
	await expect(errors.first()).toContainText(NEW_WIJK);

	const offer = page.locator(`[data-unknown-area="${NEW_WIJK}"]`);
	await offer.getByRole('checkbox').check();
	await expect(offer.getByRole('combobox')).toHaveValue('wijk');
	await page.locator('[data-import-recheck]').click();
	await expect(importState(page)).toHaveAttribute('data-import', 'review');
	await expect(page.locator('[data-import-error]')).toHaveCount(0);
	await page.locator('[data-import-confirm]').click();
	await expect(importState(page)).toHaveAttribute('data-import', 'done');

	await page.goto(`/en/wijk/${NEW_WIJK}/`);
	await engineReady(page);
	await expectWijkValues(page);
});

test('a refused or faulty import shows why, row and column included, and changes nothing', async ({
	page
}) => {
	await openDataPage(page);
	await uploadNewWijk(page);

	// Every value of this file is wrong: reviewed, with nothing to add.
	await page.locator('input[type="file"]').setInputFiles('tests/fixtures/ingest/not-numbers.csv');
	await expect(importState(page)).toHaveAttribute('data-import', 'review');
	const hex = page.locator('[data-import-error="number_not_a_number"]').first();
	await expect(hex).toHaveAttribute('data-row', '3');
	await expect(hex).toHaveAttribute('data-column', 'value');
	await expect(hex).toContainText('0x1A');
	await expect(page.locator('[data-import-error="row_ragged"]')).toHaveAttribute('data-row', '7');
	await expect(page.locator('[data-import-confirm]')).toBeDisabled();

	// A workbook renamed to .csv: refused as a whole.
	await page.locator('input[type="file"]').setInputFiles('tests/fixtures/ingest/xlsx-renamed.csv');
	await expect(importState(page)).toHaveAttribute('data-import', 'error');
	await expect(page.locator('[data-import-error="file_binary"]')).toContainText(/Excel/);
	await expect(page.locator('[data-import-confirm]')).toHaveCount(0);

	await expect(page.locator('[data-dataset]')).toHaveCount(1);
	await page.goto(`/wijk/${NEW_WIJK}/`);
	await engineReady(page);
	await expectWijkValues(page);
});

test('cancelling while a large file is read adds nothing', async ({ page }, testInfo) => {
	await openDataPage(page);
	// About 40 MB: reading and checking it takes long enough to cancel.
	const big = testInfo.outputPath('groot.csv');
	const line = 'WK999902,woz_value,2020,250000\n';
	writeFileSync(big, `area_code,indicator_id,year,value\n${line.repeat(1_300_000)}`);
	await page.locator('input[type="file"]').setInputFiles(big);
	await expect(importState(page)).toHaveAttribute('data-import', 'reading');
	await expect(page.locator('progress')).toBeVisible();
	await expect(page.locator('[data-import-progress]')).toContainText(/%|controleren/);
	await page.locator('[data-import-cancel]').click();
	await expect(importState(page)).toHaveAttribute('data-import', 'cancelled');
	await expect(page.locator('[data-import-confirm]')).toHaveCount(0);
	await expect(page.locator('[data-dataset]')).toHaveCount(0);
	await expect(page.locator('[data-dataset-uploads]')).toHaveCount(0);
});

test('an unknown indicator is added with its theme and direction, and charted in that theme', async ({
	page
}) => {
	await openDataPage(page);
	await page.locator('input[type="file"]').setInputFiles(`${UPLOAD_DIR}/unknown-codes.csv`);
	await expect(importState(page)).toHaveAttribute('data-import', 'review');
	const unknown = page.locator('[data-import-error="indicator_unknown"]');
	await expect(unknown).toHaveCount(2);
	await expect(unknown.nth(1)).toHaveAttribute('data-row', '3');
	await expect(unknown.nth(1)).toHaveAttribute('data-column', 'indicator_id');

	const offer = page.locator('[data-unknown-indicator="heat_pumps"]');
	await offer.getByRole('checkbox').check();
	await offer.getByRole('textbox', { name: 'Naam' }).fill('Warmtepompen');
	await offer.locator('[data-field="theme"]').selectOption('planet');
	await offer.locator('[data-field="direction"]').selectOption('up');
	await page.locator('[data-import-recheck]').click();
	// The unknown area stays refused: it was not ticked.
	await expect(page.locator('[data-import-error="indicator_unknown"]')).toHaveCount(0);
	await expect(page.locator('[data-import-error="area_unknown"]')).toHaveAttribute('data-row', '4');
	await page.locator('[data-import-confirm]').click();
	await expect(importState(page)).toHaveAttribute('data-import', 'done');

	await page.goto('/wijk/WK999902/');
	await engineReady(page);
	const chart = page
		.locator('section[data-theme="planet"]')
		.locator('figure[data-chart="trend"][data-area="WK999902"][data-indicator="heat_pumps"]');
	await expect(chart).toContainText('Warmtepompen');
	await expect(chart.locator('tr[data-year="2023"] td[data-value]')).toHaveAttribute(
		'data-value',
		'21'
	);
});

test('the demo can be hidden while own data is loaded, and stays hidden after a reload', async ({
	page
}) => {
	test.setTimeout(90_000);
	await openDataPage(page);
	await uploadNewWijk(page);
	await expect(page.locator('[data-demo-notice]')).toBeVisible();
	await page.locator('[data-hide-demo]').check();
	await expect(page.locator('[data-demo-notice]')).toHaveCount(0);
	await expect(page.locator('[data-dataset-uploads]')).toContainText('nieuwe-wijk.csv');

	await page.goto('/');
	await engineReady(page);
	// Only the uploaded wijk is left: the demo's wijken are gone from the overview.
	await expect(page.locator(`main a[href$="/wijk/${NEW_WIJK}/"]`).first()).toBeVisible();
	await expect(page.locator('main a[href$="/wijk/WK999902/"]')).toHaveCount(0);
	await expect(page.locator('[data-demo-notice]')).toHaveCount(0);

	await openDataPage(page);
	await expect(page.locator('[data-hide-demo]')).toBeChecked();
	await page.locator('[data-hide-demo]').uncheck();
	await page.goto('/');
	await engineReady(page);
	await expect(page.locator('main a[href$="/wijk/WK999902/"]').first()).toBeVisible();
});

test('a file too large to read is refused before reading, with its size', async ({
	page
}, testInfo) => {
	await openDataPage(page);
	const huge = testInfo.outputPath('huge.csv');
	writeFileSync(huge, '');
	truncateSync(huge, 400 * 1024 * 1024); // sparse: no disk used
	await page.locator('input[type="file"]').setInputFiles(huge);
	await expect(importState(page)).toHaveAttribute('data-import', 'error');
	await expect(importState(page)).toContainText('400 MB');
	await expect(page.locator('progress')).toHaveCount(0);
});

test('a full storage quota is reported, and nothing is added', async ({ page }) => {
	// The browser refuses to store anything more, as when its quota is used up.
	await page.addInitScript(`
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	`);
	await openDataPage(page);
	await page.locator('input[type="file"]').setInputFiles([observationsFile, areasFile]);
	await expect(importState(page)).toHaveAttribute('data-import', 'review');
	await page.locator('[data-import-confirm]').click();
	await expect(page.locator('[data-store-error]')).toContainText(/opslaglimiet/);
	await expect(importState(page)).toHaveAttribute('data-import', 'review');
	await expect(page.locator('[data-dataset]')).toHaveCount(0);
	await page.goto(`/wijk/${NEW_WIJK}/`);
	await engineReady(page);
	await expect(page.locator('main')).toContainText(/niet in de geladen gegevens/);
});

test('a wide table without a year column is read once its year is given, and its figures replace the demo’s', async ({
	page
}) => {
	await openDataPage(page);
	await page.locator('input[type="file"]').setInputFiles(`${UPLOAD_DIR}/breed-zonder-jaar.csv`);
	await expect(importState(page)).toHaveAttribute('data-import', 'error');
	await expect(page.locator('[data-import-error="year_column_missing"]')).toBeVisible();
	await page.locator('[data-import-year] input').fill('2024');
	await page.locator('[data-import-year] button').click();
	await expect(importState(page)).toHaveAttribute('data-import', 'review');
	await expect(page.locator('[data-count="accepted"]')).toHaveText('2');
	await page.locator('[data-import-confirm]').click();
	await expect(importState(page)).toHaveAttribute('data-import', 'done');

	await page.goto('/wijk/WK999902/');
	await engineReady(page);
	const cell = (indicator: string) =>
		trendFigure(page, 'WK999902', indicator).locator('tr[data-year="2024"] td[data-value]');
	await expect(cell('woz_value')).toHaveAttribute('data-value', '301000');
	await expect(cell('solar_panels_share')).toHaveAttribute('data-value', '31.5');
});
