/**
 * A site built with a partitioned dataset (WIJKWAARDE_DATA, scripts/vite-dataset.ts): the
 * fictional national generator's output for 12 gemeenten (playwright.config.ts builds it into
 * build-national/ and serves it on E2E_NATIONAL_PORT). The observations are one sorted Parquet
 * file that the browser reads by HTTP range requests, one gemeente's row groups at a time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { engineReady, expect, test, trendFigure } from './helpers/fixtures';
import { E2E_NATIONAL_PORT } from './helpers/ports';

const DIR = join(process.cwd(), '.e2e-national');
const rows = (file: string) =>
	Papa.parse<Record<string, string>>(readFileSync(join(DIR, file), 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;
const observations = rows('observations.csv');
const valueOf = (area: string, indicator: string, year: number) =>
	observations.find(
		(o) => o.area_code === area && o.indicator_id === indicator && Number(o.year) === year
	)?.value;

test.use({ baseURL: `http://127.0.0.1:${E2E_NATIONAL_PORT}` });

test('a wijk page shows its values from the gemeente’s row groups, read by range requests', async ({
	page,
	network
}) => {
	const parquet: { range: string | null; status: number; bytes: number }[] = [];
	page.on('requestfinished', async (request) => {
		if (!request.url().endsWith('.parquet') || request.method() !== 'GET') return;
		const response = await request.response();
		parquet.push({
			range: await request.headerValue('range'),
			status: response?.status() ?? 0,
			bytes: Number(response?.headers()['content-length'] ?? 0)
		});
	});
	await page.goto('/wijk/WK000302/');
	await engineReady(page);
	for (const [indicator, year] of [
		['woz_value', 2016],
		['solar_panels_share', 2024],
		['net_labour_participation', 2013]
	] as const) {
		const expected = valueOf('WK000302', indicator, year);
		const cell = trendFigure(page, 'WK000302', indicator).locator(`tr[data-year="${year}"] td`);
		if (expected === '') await expect(cell.first()).not.toHaveAttribute('data-value');
		else
			expect(
				Number(await cell.first().getAttribute('data-value', { timeout: 30_000 }))
			).toBeCloseTo(Number(expected), 6);
	}
	// The gemeente's reference line is there too: its own rows are in its partition.
	const reference = trendFigure(page, 'WK000302', 'woz_value').locator(
		'tr[data-year="2016"] td[data-reference-value]'
	);
	expect(Number(await reference.getAttribute('data-reference-value'))).toBeCloseTo(
		Number(valueOf('GM0003', 'woz_value', 2016)),
		6
	);
	const size = readFileSync(join(DIR, 'observations.parquet')).length;
	expect(parquet.length).toBeGreaterThan(0);
	expect(parquet.every((p) => p.range !== null && p.status === 206)).toBe(true);
	// The footer and one gemeente of twelve: far less than the file.
	expect(parquet.reduce((n, p) => n + p.bytes, 0)).toBeLessThan(size * 0.5);
	expect(network.foreign).toEqual([]);
});

test('comparing wijken of two gemeenten loads both, and ranks the wijken of those two', async ({
	page
}) => {
	const areas = rows('areas.csv');
	await page.goto('/vergelijk/?areas=WK000100,WK000400&indicators=woz_value&from=2013&to=2025');
	await engineReady(page);
	const chart = page.locator('[data-chart="compare"][data-indicator="woz_value"]');
	await expect(chart.locator('[data-line="WK000100"]')).toBeAttached({ timeout: 30_000 });
	await expect(chart.locator('[data-line="WK000400"]')).toBeAttached();
	const expected = areas
		.filter((a) => a.level === 'wijk' && ['GM0001', 'GM0004'].includes(a.parent_code))
		.map((a) => a.code);
	// The ranking fills in once both gemeenten are in the engine, which may be after the lines.
	const rankRows = page.locator('[data-ranking="woz_value"] [data-rank-row]');
	await expect(rankRows).toHaveCount(expected.length, { timeout: 30_000 });
	const ranked = await rankRows.evaluateAll((list) =>
		list.map((row) => row.getAttribute('data-rank-row'))
	);
	expect([...ranked].sort()).toEqual([...expected].sort());
	// Rank 1 is the wijk with the highest 2025 value of the two gemeenten (WOZ: higher is better).
	const best = [...expected]
		.filter((code) => valueOf(code, 'woz_value', 2025))
		.sort(
			(a, b) => Number(valueOf(b, 'woz_value', 2025)) - Number(valueOf(a, 'woz_value', 2025))
		)[0];
	await expect(page.locator('[data-ranking="woz_value"] [data-rank="1"]')).toHaveAttribute(
		'data-rank-row',
		best
	);
});

test('the map of all gemeenten colours every gemeente from the copy of their own rows', async ({
	page
}) => {
	const gemeenten = rows('areas.csv').filter((a) => a.level === 'gemeente');
	await page.goto('/?gemeente=gemeenten');
	await engineReady(page);
	const map = page.locator('[data-scope="gemeenten"]');
	const shapes = map.locator('[data-area^="GM"]');
	await expect(shapes).toHaveCount(gemeenten.length, { timeout: 30_000 });
	await expect(map.locator('[data-area^="GM"][data-bin="no-data"]')).toHaveCount(0);
	const indicator = await map.getAttribute('data-indicator');
	const year = Number(await map.getAttribute('data-year'));
	for (const { code } of [gemeenten[0], gemeenten[5], gemeenten.at(-1)!]) {
		const shown = await map.locator(`[data-area="${code}"]`).getAttribute('data-value');
		expect(Number(shown)).toBeCloseTo(Number(valueOf(code, indicator!, year)), 6);
	}
});
