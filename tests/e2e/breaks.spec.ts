import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { engineReady, expect, test, trendFigure } from './helpers/fixtures';

const breaks = Papa.parse<Record<string, string>>(readFileSync('data/breaks.csv', 'utf8'), {
	header: true,
	skipEmptyLines: true
}).data;

test('a series break in breaks.csv breaks the line and is explained, by note and tooltip', async ({
	page
}) => {
	const row = breaks.find((b) => b.area_code === 'WK999909' && b.indicator_id === 'woz_value')!;
	await page.goto('/wijk/WK999909/');
	const figure = trendFigure(page, 'WK999909', 'woz_value');
	await expect(figure.locator(`line[data-series-break="${row.year}"]`)).toHaveCount(1);
	await expect(figure.locator('path.area')).toHaveAttribute('d', /^M[^M]+M[^M]+$/);
	await expect(figure.locator(`[data-series-break-note="${row.year}"]`)).toContainText(
		row.reason_nl
	);

	await engineReady(page);
	const slider = figure.locator('svg[role="slider"]');
	await slider.focus();
	await page.keyboard.press('Home');
	for (
		let year = Number(await slider.getAttribute('aria-valuemin'));
		year < Number(row.year);
		year++
	)
		await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`Reeksbreuk in ${row.year}`));

	// A break for every area (empty area_code) shows on other areas too, in English as well.
	const general = breaks.find((b) => b.area_code === '')!;
	await page.goto('/en/wijk/WK999901/');
	await expect(
		trendFigure(page, 'WK999901', general.indicator_id).locator(
			`[data-series-break-note="${general.year}"]`
		)
	).toContainText(general.reason_en);
});
