/**
 * Parquet files on /data: read in the import worker (hyparquet; nothing is fetched, no DuckDB
 * extension is loaded) and taken through the same review, store and dashboard as a CSV. The
 * expected values come from the CSV the Parquet fixture was made from
 * (scripts/make-ingest-fixtures.ts), read here with papaparse.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import { watchCsp } from './helpers/csp';
import { bytesOf, download } from './helpers/download';
import { engineReady, expect, test, trendFigure } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const NEW_WIJK = 'WK999990';
const parquetFile = 'tests/fixtures/upload/nieuwe-wijk.parquet';
const areasFile = 'tests/fixtures/upload/areas.csv';
const problemsFile = 'tests/fixtures/ingest-parquet/problems.parquet';

const expected = Papa.parse<Record<string, string>>(
	readFileSync('tests/fixtures/upload/nieuwe-wijk.csv', 'utf8'),
	{ header: true, skipEmptyLines: true }
).data.filter((r) => r.area_code === NEW_WIJK);

const importState = (page: Page) => page.locator('[data-import]');
const fileInput = (page: Page) => page.locator('input[type="file"]');

async function openDataPage(page: Page) {
	await page.goto('/data/');
	await engineReady(page);
}

async function uploadParquetWijk(page: Page, files: Parameters<Locator['setInputFiles']>[0]) {
	await fileInput(page).setInputFiles(files);
	await expect(importState(page)).toHaveAttribute('data-import', 'review');
	await expect(page.locator('[data-import-error]')).toHaveCount(0);
	await page.locator('[data-import-confirm]').click();
	await expect(importState(page)).toHaveAttribute('data-import', 'done');
}

async function expectWijkValues(page: Page, indicator?: string) {
	for (const row of expected.filter((r) => !indicator || r.indicator_id === indicator)) {
		const cell = trendFigure(page, NEW_WIJK, row.indicator_id).locator(
			`tr[data-year="${row.year}"] [data-value]`
		);
		expect(Number(await cell.getAttribute('data-value'))).toBe(Number(row.value));
	}
}

/** A chart table's rows: year → the raw value of its value cell. */
async function tableOf(figure: Locator): Promise<Record<string, string | null>> {
	const rows = figure.locator('tr[data-year]');
	const table: Record<string, string | null> = {};
	for (const row of await rows.all()) {
		const year = (await row.getAttribute('data-year'))!;
		const cell = row.locator('[data-value]').first();
		table[year] = (await cell.count()) > 0 ? await cell.getAttribute('data-value') : null;
	}
	return table;
}

test('a Parquet file with its areas.csv is reviewed, charted on the wijk’s page and kept over a reload', async ({
	page,
	network,
	problems
}) => {
	test.setTimeout(120_000);
	await openDataPage(page);
	await fileInput(page).setInputFiles([parquetFile, areasFile]);
	await expect(importState(page)).toHaveAttribute('data-import', 'review');
	const report = page.locator('[data-import-file="nieuwe-wijk.parquet"]');
	await expect(report.locator('h3')).toContainText('Parquet');
	await expect(report.locator('[data-count="read"]')).toHaveText('5');
	await expect(report.locator('[data-count="accepted"]')).toHaveText('5');
	await expect(report.locator('[data-count="rejected"]')).toHaveText('0');
	await expect(page.locator('[data-import-file="areas.csv"] [data-count="accepted"]')).toHaveText(
		'1'
	);
	await expect(page.locator('[data-import-summary]')).toContainText('5 waarnemingen');
	await expect(page.locator('[data-import-summary]')).toContainText('1 nieuwe gebieden');
	await expect(page.locator('[data-import-error]')).toHaveCount(0);
	await page.locator('[data-import-confirm]').click();
	await expect(importState(page)).toHaveAttribute('data-import', 'done');

	await expect(page.locator('[data-dataset]')).toHaveCount(1);
	await expect(page.locator('[data-dataset]')).toHaveAttribute(
		'data-dataset-name',
		'nieuwe-wijk.parquet'
	);
	await expect(page.locator('[data-dataset-rows]')).toHaveText('5');

	await page.locator('[data-import-area-link]').click();
	await expect(page).toHaveURL(new RegExp(`/wijk/${NEW_WIJK}/$`));
	await expect(page.locator('h1')).toContainText('Nieuwbouw Oost');
	await expectWijkValues(page);

	await page.reload();
	await engineReady(page);
	await expect(page.locator('h1')).toContainText('Nieuwbouw Oost');
	await expectWijkValues(page);

	// Remove takes it away again, as for a CSV.
	await openDataPage(page);
	await page.locator('[data-dataset-remove]').click();
	await expect(page.locator('[data-dataset]')).toHaveCount(0);

	// No extension or anything else was fetched from another origin.
	expect(network.foreign).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
	// An uploaded wijk's page is the static fallback: its 404 is expected, nothing else is.
	expect(problems.consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
});

test('a Parquet file is known by its content: named .csv, its bad values are named by row and column', async ({
	page
}) => {
	// The worker's decompressors (one of them WebAssembly) run within the page's policy.
	const csp = await watchCsp(page);
	await openDataPage(page);
	await fileInput(page).setInputFiles({
		name: 'cijfers.csv',
		mimeType: 'text/csv',
		buffer: readFileSync(problemsFile)
	});
	await expect(importState(page)).toHaveAttribute('data-import', 'review');
	const report = page.locator('[data-import-file="cijfers.csv"]');
	await expect(report.locator('h3')).toContainText('Parquet');
	await expect(report.locator('[data-count="read"]')).toHaveText('10');
	await expect(report.locator('[data-count="accepted"]')).toHaveText('3');
	await expect(report.locator('[data-import-row-note]')).toContainText('rij 2');

	const notANumber = page.locator('[data-import-error="number_not_a_number"]');
	await expect(notANumber).toHaveAttribute('data-row', '3');
	await expect(notANumber).toHaveAttribute('data-column', 'value');
	await expect(notANumber).toContainText('Rij 3, kolom value');
	await expect(notANumber).toContainText('‘abc’ is geen getal');
	const year = page.locator('[data-import-error="year_out_of_range"]');
	await expect(year).toHaveAttribute('data-row', '4');
	await expect(year).toHaveAttribute('data-column', 'year');
	await expect(page.locator('[data-import-error="area_unknown"]')).toHaveAttribute('data-row', '5');
	await expect(page.locator('[data-import-error="indicator_unknown"]')).toHaveAttribute(
		'data-row',
		'6'
	);
	await expect(page.locator('[data-import-error="observation_conflict"]')).toHaveCount(2);
	await expect(page.locator('[data-import-error="observation_conflict"]').first()).toContainText(
		'op rij 7, 8'
	);

	// The unknown codes are offered, as for a CSV; adding the area accepts its row.
	await expect(page.locator('[data-unknown-indicator="heat_pumps"]')).toBeVisible();
	const offer = page.locator('[data-unknown-area="WK000000"]');
	await offer.getByRole('checkbox').check();
	await page.locator('[data-import-recheck]').click();
	await expect(importState(page)).toHaveAttribute('data-import', 'review');
	await expect(page.locator('[data-import-error="area_unknown"]')).toHaveCount(0);
	await expect(report.locator('[data-count="accepted"]')).toHaveText('4');
	await expect(page.locator('[data-import-summary]')).toContainText('4 waarnemingen');
	expect(await csp.all()).toEqual([]);
});

test('a damaged Parquet file and one with the wrong columns are refused with why, and the data stays', async ({
	page
}) => {
	test.setTimeout(90_000);
	await openDataPage(page);
	await uploadParquetWijk(page, [parquetFile, areasFile]);

	await fileInput(page).setInputFiles('tests/fixtures/ingest-parquet/damaged.parquet');
	await expect(importState(page)).toHaveAttribute('data-import', 'error');
	const damaged = page.locator('[data-import-error="parquet_unreadable"]');
	await expect(damaged).toContainText('Parquet-bestand is beschadigd');
	await expect(page.locator('[data-import-confirm]')).toHaveCount(0);

	await fileInput(page).setInputFiles('tests/fixtures/ingest-parquet/wrong-columns.parquet');
	await expect(importState(page)).toHaveAttribute('data-import', 'error');
	const missing = page.locator('[data-import-error="parquet_column_missing"]');
	await expect(missing).toHaveCount(3);
	await expect(missing.first()).toHaveAttribute('data-column', 'area_code');
	await expect(missing.first()).toHaveAttribute('data-row', '');
	await expect(missing.first()).toContainText('gebied, jaar, woz');

	await expect(page.locator('[data-dataset]')).toHaveCount(1);
	await page.goto(`/en/wijk/${NEW_WIJK}/`);
	await engineReady(page);
	await expectWijkValues(page);
	await expect(page.locator('h1')).toContainText('Nieuwbouw Oost');
});

test('a chart downloaded as Parquet imports back as the same figures', async ({ page }) => {
	test.setTimeout(150_000);
	await openDataPage(page);
	await uploadParquetWijk(page, [parquetFile, areasFile]);
	await page.goto(`/wijk/${NEW_WIJK}/`);
	await engineReady(page);
	const figure = trendFigure(page, NEW_WIJK, 'woz_value');
	await expectWijkValues(page);
	const before = await tableOf(figure);
	expect(Object.values(before).filter((v) => v !== null)).toHaveLength(3);
	const exported = await download(page, figure, 'parquet');
	const bytes = await bytesOf(exported);

	// Start again without the first import: only the exported file (and the wijk's area) remain.
	await openDataPage(page);
	await page.locator('[data-dataset-remove]').click();
	await expect(page.locator('[data-dataset]')).toHaveCount(0);
	await fileInput(page).setInputFiles([
		{
			name: exported.suggestedFilename(),
			mimeType: 'application/octet-stream',
			buffer: Buffer.from(bytes)
		},
		{ name: 'areas.csv', mimeType: 'text/csv', buffer: readFileSync(areasFile) }
	]);
	await expect(importState(page)).toHaveAttribute('data-import', 'review');
	const report = page.locator(`[data-import-file="${exported.suggestedFilename()}"]`);
	await expect(report.locator('h3')).toContainText('Parquet');
	await expect(report.locator('[data-count="rejected"]')).toHaveText('0');
	// Only the export's extra columns (names, label, unit) are noted; nothing is refused.
	await expect(page.locator('[data-import-error][data-severity="error"]')).toHaveCount(0);
	await page.locator('[data-import-confirm]').click();
	await expect(importState(page)).toHaveAttribute('data-import', 'done');

	await page.goto(`/wijk/${NEW_WIJK}/`);
	await engineReady(page);
	await expectWijkValues(page, 'woz_value');
	expect(await tableOf(trendFigure(page, NEW_WIJK, 'woz_value'))).toEqual(before);
});
