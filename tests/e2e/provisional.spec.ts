/**
 * Provisional figures (CBS `*` / `**`) stay provisional: uploaded from a CBS file as CBS
 * publishes it, they are counted in the review, kept in the browser, and the wijk's chart marks
 * them (an open dot, a word in the table and the summary), also after a reload and in English.
 * The expected figures are the fixture's own (tests/fixtures/ingest/cbs-kwb-2021.csv, made by
 * scripts/make-ingest-fixtures.ts): `312,0*` thousand euro for WK999901 in 2021.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { makeCatalogue } from '../../src/lib/data/ingest/fields';
import { ingestFile } from '../../src/lib/data/ingest/ingest-file';
import { bytesOf, download } from './helpers/download';
import { engineReady, expect, test, trendFigure } from './helpers/fixtures';

const CBS_FILE = 'tests/fixtures/ingest/cbs-kwb-2021.csv';
const WIJK = 'WK999901';
const YEAR = 2021;

/** The fixture's WOZ cell for the wijk, read independently of the app: `312,0*` → 312000, marked. */
function fixtureWoz() {
	const lines = readFileSync(CBS_FILE, 'utf8').split(/\r?\n/);
	const header = lines[0].split(';');
	const column = header.findIndex((h) => h.includes('WOZ'));
	const row = lines.find((l) => l.includes(`"${WIJK}`))!.split(';');
	const cell = row[column].replaceAll('"', '').trim();
	expect(cell).toMatch(/\*$/);
	return Number(cell.replace(/\*+$/, '').replace(',', '.')) * 1000;
}

async function expectProvisional(page: Page, word: string) {
	const figure = trendFigure(page, WIJK, 'woz_value');
	const cell = figure.locator(`tr[data-year="${YEAR}"] td[data-value]`);
	await expect(cell).toHaveAttribute('data-value', String(fixtureWoz()));
	await expect(cell).toHaveAttribute('data-status', 'provisional');
	await expect(cell).toContainText(`(${word})`);
	// A definitive year of the same chart carries no mark.
	const before = figure.locator(`tr[data-year="${YEAR - 1}"] td[data-value]`);
	await expect(before).not.toHaveAttribute('data-status', /./);
	await expect(before).not.toContainText(word);
	// The mark is a shape and words, not a colour alone.
	await expect(figure.locator(`svg[data-plot] circle[data-provisional="${YEAR}"]`)).toHaveCount(1);
	await expect(figure.locator('[data-provisional-note]')).toContainText(String(YEAR));
	await expect(figure.locator('.legend')).toContainText(word);
}

test('a provisional CBS figure is kept as provisional and shown as such, after a reload too', async ({
	page,
	network
}) => {
	test.setTimeout(120_000);
	await page.goto('/data/');
	await engineReady(page);
	await page.locator('input[type="file"]').setInputFiles(CBS_FILE);
	await expect(page.locator('[data-import]')).toHaveAttribute('data-import', 'review');
	// `312,0*` (WOZ) and `63**` (koopwoningen).
	await expect(page.locator('[data-import-provisional]')).toHaveAttribute(
		'data-import-provisional',
		'2'
	);
	await expect(page.locator('[data-import-provisional]')).toContainText('voorlopig');
	await page.locator('[data-import-confirm]').click();
	await expect(page.locator('[data-import]')).toHaveAttribute('data-import', 'done');

	await page.goto(`/wijk/${WIJK}/`);
	await engineReady(page);
	await expectProvisional(page, 'voorlopig');

	// The chart's CSV says so in a status column, and reads back as provisional; the image's
	// legend explains the open dot.
	const figure = trendFigure(page, WIJK, 'woz_value');
	const csv = await bytesOf(await download(page, figure, 'csv'));
	expect(new TextDecoder().decode(csv)).toContain(`,${YEAR},${fixtureWoz()},voorlopig\r\n`);
	const reread = ingestFile(csv, makeCatalogue([WIJK, 'GM9999'], ['woz_value']));
	expect(reread.accepted.find((o) => o.area_code === WIJK && o.year === YEAR)).toMatchObject({
		value: fixtureWoz(),
		status: 'provisional'
	});
	const svg = new TextDecoder().decode(await bytesOf(await download(page, figure, 'svg')));
	expect(svg).toContain('open punt: voorlopig cijfer');

	await page.reload();
	await engineReady(page);
	await expectProvisional(page, 'voorlopig');

	await page.goto(`/en/wijk/${WIJK}/`);
	await engineReady(page);
	await expectProvisional(page, 'provisional');
	expect(network.foreign).toEqual([]);
});
