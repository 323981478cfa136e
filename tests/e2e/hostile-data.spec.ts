/**
 * Data text renders inert and never reaches SQL as code: an upload whose area names, agreement
 * and parties are markup, a formula and an SQL injection attempt. No script runs, no request is
 * made for the markup, the text shows literally, and the bundled data is intact.
 */
import { expect as baseExpect } from '@playwright/test';
import { series } from './helpers/data';
import { engineReady, expect, test, trendFigure } from './helpers/fixtures';

const DIR = 'tests/fixtures/hostile';
const NAMES = {
	img: '<img src=x onerror="window.__xss=1">',
	svg: '"><svg onload=window.__xss=2>',
	sql: "'); DROP TABLE observations; --"
};
const AGREEMENT = '<script>window.__xss=3</script>';

test('markup, formulas and SQL in uploaded names stay text', async ({
	page,
	network,
	problems
}) => {
	test.setTimeout(150_000);
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});

	await page.goto('/data/');
	await engineReady(page);
	await page
		.locator('input[type="file"]')
		.setInputFiles([`${DIR}/areas.csv`, `${DIR}/observations.csv`, `${DIR}/targets.csv`]);
	await expect(page.locator('[data-import]')).toHaveAttribute('data-import', 'review');
	await page.locator('[data-import-confirm]').click();
	await expect(page.locator('[data-import]')).toHaveAttribute('data-import', 'done');

	const xss = () => page.evaluate(() => (window as { __xss?: number }).__xss ?? null);

	await page.goto('/');
	await engineReady(page);
	for (const name of Object.values(NAMES))
		await expect(page.getByText(name, { exact: true }).first()).toBeVisible();

	await page.goto('/wijk/WK999991/');
	await engineReady(page);
	await expect(page.locator('h1')).toContainText(NAMES.img);
	await expect(
		trendFigure(page, 'WK999991', 'woz_value').locator('td[data-value]')
	).toHaveAttribute('data-value', '250000');

	await page.goto('/wijk/WK999993/');
	await engineReady(page);
	await expect(page.locator('h1')).toContainText(NAMES.sql);
	await expect(
		trendFigure(page, 'WK999993', 'woz_value').locator('tr[data-year="2024"] td[data-value]')
	).toHaveAttribute('data-value', '280000');

	await page.goto('/afspraken/');
	await engineReady(page);
	await expect(page.getByRole('heading', { name: AGREEMENT, exact: true })).toBeVisible();
	await expect(page.locator(`[data-agreement="${AGREEMENT}"] .parties`)).toContainText(
		'=HYPERLINK("http://x")'
	);

	// The bundled observations are all still there: the injection was a name, nothing more.
	await page.goto('/wijk/WK999902/');
	await engineReady(page);
	const expected = series('WK999902', 'woz_value').filter((p) => p.value !== null);
	for (const point of expected.slice(-3))
		await expect(
			trendFigure(page, 'WK999902', 'woz_value').locator(
				`tr[data-year="${point.year}"] td[data-value]`
			)
		).toHaveAttribute('data-value', String(point.value));

	baseExpect(await xss()).toBeNull();
	baseExpect(dialogs).toEqual([]);
	// `<img src=x>` would have asked for /x on our own origin; the foreign check covers http://x.
	baseExpect(network.requests.filter((url) => new URL(url).pathname.endsWith('/x'))).toEqual([]);
	baseExpect(network.foreign).toEqual([]);
	baseExpect(problems.pageErrors).toEqual([]);
});
