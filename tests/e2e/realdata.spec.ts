/**
 * A real CBS download (../shared/realdata; skipped where that folder is absent) dropped on /data
 * exactly as CBS publishes it: its year only in the file name, its areas unknown to the demo. The
 * new wijk then has a dashboard showing the file's figures. Expected values were read off the raw
 * file by hand (line 4, Burgwallen-Oude Zijde), never through the app's own reader.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { engineReady, expect, test, trendFigure } from './helpers/fixtures';

const FILE = resolve(
	'..',
	'shared',
	'realdata',
	'cbs-kwb-amsterdam-2015-2017-2019',
	'Kerncijfers_wijken_en_buurten_2017.csv'
);

const WIJK = 'WK036300';
/** Raw line 4 of the 2017 file, column by column; CBS's "x 1 000 euro" is euros in the catalogue. */
const EXPECTED: [indicator: string, value: number][] = [
	['woz_value', 341_000], // Gemiddelde WOZ-waarde van woningen (x 1 000 euro): 341
	['owner_occupied_share', 19], // Koopwoningen (%): 19
	['social_rent_share', 12], // Huurwoningen in bezit woningcorporatie (%): 12
	['electricity_use_home', 2050], // Gemiddeld elektriciteitsverbruik totaal (kWh): 2050
	['gas_use_home', 1060] // Gemiddeld aardgasverbruik totaal (m³): 1060
];

test('a real CBS Kerncijfers file gives its new wijk a dashboard with the file’s figures', async ({
	page
}) => {
	test.skip(!existsSync(FILE), `real data not found at ${FILE} (../shared/realdata is absent)`);
	test.setTimeout(120_000);
	await page.goto('/data/');
	await engineReady(page);
	await page.locator('input[type="file"]').setInputFiles(FILE);
	const state = page.locator('[data-import]');
	await expect(state).toHaveAttribute('data-import', 'review', { timeout: 60_000 });
	await page.locator('[data-import-confirm]').click();
	await expect(state).toHaveAttribute('data-import', 'done', { timeout: 60_000 });

	await page.goto(`/wijk/${WIJK}/`);
	await engineReady(page);
	await expect(page.locator('h1')).toContainText('Burgwallen-Oude Zijde');
	for (const [indicator, value] of EXPECTED) {
		const cell = trendFigure(page, WIJK, indicator).locator('tr[data-year="2017"] td[data-value]');
		await expect(cell, indicator).toHaveCount(1);
		expect(Number(await cell.getAttribute('data-value')), indicator).toBeCloseTo(value, 6);
	}
});
