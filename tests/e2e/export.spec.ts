/**
 * Downloads: a chart's data as CSV and Parquet, the chart as SVG and PNG, and all figures of a
 * wijk page. Each file is read back outside the app: the CSV by the ingest core (in Node), the
 * Parquet by DuckDB on Node, the SVG by the browser's XML parser, the PNG by its header, and
 * compared with the chart's own table.
 */
import type { Locator } from '@playwright/test';
import { createNodeEngine } from '../../src/lib/data/engine-node';
import { makeCatalogue } from '../../src/lib/data/ingest/fields';
import { ingestFile } from '../../src/lib/data/ingest/ingest-file';
import { watchCsp } from './helpers/csp';
import { bytesOf, download } from './helpers/download';
import { area, indicator, indicators, observed } from './helpers/data';
import { expect, hydrated, test, trendFigure } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const WIJK = 'WK999902';
const INDICATOR = 'woz_value';
const catalogue = makeCatalogue(
	[WIJK, area(WIJK).parent_code],
	indicators.map((i) => i.id)
);

interface TableValue {
	year: number;
	value: number | null;
	reference: number | null;
}

/** The chart's table as numbers (data-value attributes hold the unrounded values). */
async function tableValues(figure: Locator): Promise<TableValue[]> {
	const rows = await figure.locator('tbody tr[data-year]').evaluateAll((trs) =>
		trs.map((tr) => {
			const cell = (selector: string, attribute: string) => {
				const text = tr.querySelector(selector)?.getAttribute(attribute);
				return text === null || text === undefined ? null : Number(text);
			};
			return {
				year: Number(tr.getAttribute('data-year')),
				value: cell('td:nth-of-type(1)', 'data-value'),
				reference: cell('td:nth-of-type(2)', 'data-reference-value')
			};
		})
	);
	return rows.sort((a, b) => a.year - b.year);
}

test('a chart exports its data as CSV that re-imports to the values of its table', async ({
	page
}) => {
	await page.goto(`/wijk/${WIJK}/`);
	await hydrated(page);
	const figure = trendFigure(page, WIJK, INDICATOR);
	const file = await download(page, figure, 'csv');
	expect(file.suggestedFilename()).toBe(`wijkwaarde-${WIJK}-${INDICATOR}.csv`);
	const bytes = await bytesOf(file);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

	const result = ingestFile(bytes, catalogue);
	expect(result.layout).toBe('long');
	expect(result.problems.every((p) => p.code === 'column_ignored')).toBe(true);
	const reference = area(WIJK).parent_code;
	const imported = (code: string, year: number) =>
		result.accepted.find((o) => o.area_code === code && o.year === year)?.value;
	const table = await tableValues(figure);
	expect(table.length).toBeGreaterThan(5);
	for (const row of table) {
		expect(imported(WIJK, row.year), `${WIJK} ${row.year}`).toBe(row.value);
		expect(imported(reference, row.year), `${reference} ${row.year}`).toBe(row.reference);
	}
	// And the table itself is the bundled data.
	expect(table.filter((r) => r.value !== null).map((r) => [r.year, r.value])).toEqual(
		observed(WIJK, INDICATOR).map((o) => [o.year, o.value])
	);

	// The Dutch Excel variant holds the same values with semicolons and decimal commas.
	const excel = await bytesOf(await download(page, figure, 'csv-excel'));
	const excelResult = ingestFile(excel, catalogue);
	expect(excelResult.dialect).toMatchObject({ delimiter: ';', decimal: 'comma' });
	expect(excelResult.accepted).toEqual(result.accepted);
});

test('a chart exports its data as Parquet that DuckDB on Node reads back', async ({ page }) => {
	await page.goto(`/wijk/${WIJK}/`);
	await hydrated(page);
	const figure = trendFigure(page, WIJK, INDICATOR);
	const file = await download(page, figure, 'parquet');
	expect(file.suggestedFilename()).toBe(`wijkwaarde-${WIJK}-${INDICATOR}.parquet`);
	const path = (await file.path())!;
	const duckdb = await createNodeEngine('256MB');
	try {
		const rows = await duckdb.query<{
			area_code: string;
			indicator_id: string;
			year: number;
			value: number | null;
			indicator_label: string;
		}>(
			`SELECT area_code, indicator_id, year, value, indicator_label FROM read_parquet('${path.replaceAll("'", "''")}')`
		);
		const table = await tableValues(figure);
		const reference = area(WIJK).parent_code;
		expect(rows.filter((r) => r.area_code === WIJK).map((r) => [r.year, r.value])).toEqual(
			table.map((r) => [r.year, r.value])
		);
		expect(rows.filter((r) => r.area_code === reference).map((r) => [r.year, r.value])).toEqual(
			table.map((r) => [r.year, r.reference])
		);
		expect(new Set(rows.map((r) => r.indicator_label))).toEqual(
			new Set([indicator(INDICATOR).label_nl])
		);
	} finally {
		await duckdb.close();
	}
});

test('a chart exports as SVG and PNG with its title, source and date, within the CSP', async ({
	page,
	problems
}) => {
	const csp = await watchCsp(page);
	await page.goto(`/wijk/${WIJK}/`);
	await hydrated(page);
	const figure = trendFigure(page, WIJK, INDICATOR);
	const label = indicator(INDICATOR).label_nl;

	const svgFile = await download(page, figure, 'svg');
	expect(svgFile.suggestedFilename()).toBe(`wijkwaarde-${WIJK}-${INDICATOR}.svg`);
	const svg = new TextDecoder().decode(await bytesOf(svgFile));
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: doc.documentElement.localName,
			text: doc.documentElement.textContent ?? '',
			paths: doc.querySelectorAll('path').length,
			styled: doc.querySelectorAll('[style]').length
		};
	}, svg);
	expect(parsed.error).toBeNull();
	expect(parsed.root).toBe('svg');
	expect(parsed.text).toContain(label);
	expect(parsed.text).toContain(area(WIJK).name);
	expect(parsed.text).toContain('Bron:');
	expect(parsed.text).toMatch(/Gedownload op \d{1,2} \w+ \d{4}/);
	expect(parsed.paths).toBeGreaterThan(1);
	// The look is carried by presentation attributes, not by (CSP-blocked) style attributes.
	expect(parsed.styled).toBe(0);
	expect(svg).not.toContain('var(--');

	const pngFile = await download(page, figure, 'png');
	expect(pngFile.suggestedFilename()).toBe(`wijkwaarde-${WIJK}-${INDICATOR}.png`);
	const png = await bytesOf(pngFile);
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(png.length).toBeGreaterThan(20_000);
	const view = new DataView(png.buffer, png.byteOffset);
	expect(view.getUint32(16)).toBe(1032); // IHDR width: (320 + 2 × 12 margin) user units × 3
	expect(view.getUint32(20)).toBeGreaterThan(540);

	expect(await csp.all()).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
});

test('the download menu works from the keyboard and closes with Escape', async ({ page }) => {
	await page.goto(`/wijk/${WIJK}/`);
	await hydrated(page);
	const figure = trendFigure(page, WIJK, INDICATOR);
	const toggle = figure.getByRole('button', {
		name: `Download ${indicator(INDICATOR).label_nl}`
	});
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Tab');
	await expect(figure.locator('[data-download="csv"]')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(toggle).toBeFocused();
	await expect(figure.locator('[data-download]')).toHaveCount(0);
});

test('the wijk page downloads all its figures as one CSV', async ({ page }) => {
	await page.goto(`/wijk/${WIJK}/`);
	await hydrated(page);
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-download-page]').click()
	]);
	expect(file.suggestedFilename()).toBe(`wijkwaarde-${WIJK}.csv`);
	const result = ingestFile(await bytesOf(file), catalogue);
	const charts = await page.locator('figure[data-chart="trend"]').count();
	const chartIndicators = new Set(result.accepted.map((o) => o.indicator_id));
	expect(chartIndicators.size).toBe(charts);
	for (const id of [INDICATOR, 'gas_use_home', 'feels_unsafe']) {
		expect(
			result.accepted
				.filter((o) => o.area_code === WIJK && o.indicator_id === id && o.value !== null)
				.map((o) => [o.year, o.value])
		).toEqual(observed(WIJK, id).map((o) => [o.year, o.value]));
	}
});

test('without JavaScript there are no download controls', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto(`/wijk/${WIJK}/`);
	await expect(page.locator('figure[data-chart="trend"]').first()).toBeVisible();
	await expect(page.locator('[data-downloads], [data-download-page]')).toHaveCount(0);
	await context.close();
});
