/**
 * WCAG 2.1 AA checks that a machine can make, beyond the visit of every page kind in both
 * languages (csp.spec.ts runs axe at desktop and phone width, the heading outline and 320 px
 * reflow on each): keyboard use (skip link, area picker), reflow from the first paint, the
 * accessibility statement, pages with an upload, a review and an editor open. Chart marks are
 * SVG, which axe does not check: chart-contrast.spec.ts.
 */
import { area } from './helpers/data';
import { axeViolations, checkPage, horizontalOverflow, WIDTHS } from './helpers/a11y';
import { engineReady, expect, hydrated, test } from './helpers/fixtures';
import { CHECKED_LOCALES, CHECKED_PAGES, localized } from './helpers/pages';

test.describe.configure({ mode: 'parallel' });

test('Tab reaches the skip link first, and it moves focus to the main content', async ({
	page
}) => {
	await page.goto('/wijk/WK999902/');
	await hydrated(page);
	await page.keyboard.press('Tab');
	const skip = page.locator('a[href="#main"]');
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#main')).toBeFocused();
	// The next Tab continues inside main, not back in the header.
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('the area picker works with the keyboard only', async ({ page }) => {
	const target = area('BU99990101');
	await page.goto('/wijk/WK999902/');
	await hydrated(page);
	// Once the engine is ready the page reloads its data; this test is about the keyboard, not
	// about typing through that moment (seen once under load: the listbox not found).
	await engineReady(page);
	const picker = page.locator('input[data-area-picker]');
	// Reach the picker with Tab from the top of the page, as a keyboard user would.
	let presses = 0;
	while (!(await picker.evaluate((el) => el === document.activeElement)) && presses < 30) {
		await page.keyboard.press('Tab');
		presses++;
	}
	await expect(picker).toBeFocused();
	await expect(picker).toHaveAccessibleName(/ander gebied/);

	await page.keyboard.type(target.name.slice(0, 4));
	const listbox = page.getByRole('listbox');
	await expect(listbox).toBeVisible();
	await expect(picker).toHaveAttribute('aria-expanded', 'true');
	const options = listbox.getByRole('option');
	await expect(options.first()).toHaveAttribute('aria-selected', 'true');
	// The highlighted option is announced through aria-activedescendant.
	const firstId = await options.first().getAttribute('id');
	await expect(picker).toHaveAttribute('aria-activedescendant', firstId!);

	// Arrow keys move the highlight and back; Escape closes without choosing.
	const count = await options.count();
	if (count > 1) {
		await page.keyboard.press('ArrowDown');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('ArrowUp');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
	}
	await page.keyboard.press('Escape');
	await expect(listbox).toBeHidden();
	await expect(picker).toHaveAttribute('aria-expanded', 'false');

	// Typing the whole name and Enter opens that area, focus stays in the picker.
	await page.keyboard.type(target.name.slice(4));
	await expect(options.first()).toContainText(target.name);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/wijk/${target.code}/$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(target.name);
	await expect(picker).toBeFocused();

	// The page the picker led to, drawn on the client from DuckDB, passes axe as well.
	await expect(
		page.locator(`figure[data-chart="trend"][data-area="${target.code}"]`).first()
	).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

// The sweep above resizes a loaded page to 320 px; here the first paint itself is laid out at
// 320 px (the prerendered HTML, before hydration and before DuckDB).
for (const path of ['/', '/wijk/WK999902/']) {
	test(`${path} opened at 320 px has no horizontal scrolling from the first paint`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		const widths = await horizontalOverflow(page);
		expect(widths.document).toBeLessThanOrEqual(320);
		expect(widths.body).toBeLessThanOrEqual(320);
	});
}

for (const locale of CHECKED_LOCALES) {
	test(`the footer leads to the accessibility statement (${locale})`, async ({ page }) => {
		await page.goto(localized('/wijk/WK999902/', locale));
		const link = page.locator('footer a[data-footer-accessibility]');
		await expect(link).toHaveText(locale === 'nl' ? 'Toegankelijkheid' : 'Accessibility');
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${localized('/over/toegankelijkheid/', locale)}$`));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);

		const statement = page.locator('[data-accessibility-statement]');
		// The Dutch heading carries a soft hyphen (U+00AD) so that it can break at 320 px.
		const heading = await statement.getByRole('heading', { level: 1 }).textContent();
		expect(heading?.replace(/\u00ad/g, '')).toBe(
			locale === 'nl' ? 'Toegankelijkheidsverklaring' : 'Accessibility statement'
		);
		// The parts of the Dutch model statement: standard, status, limitations, method, contact, date.
		await expect(statement).toContainText('EN 301 549');
		await expect(statement).toContainText('WCAG');
		await expect(statement).toContainText('2.1');
		await expect(statement.locator('[data-compliance-status]')).toContainText(
			locale === 'nl' ? 'voldoet gedeeltelijk' : 'partially compliant'
		);
		await expect(statement).toContainText('axe-core 4.13');
		await expect(statement).toContainText('320');
		await expect(statement.locator('dl dd').first()).toContainText('[');
		await expect(statement.locator('[data-statement-date]')).toContainText('2026');
		await expect(statement.getByRole('heading', { level: 2 })).toHaveCount(7);
	});
}

test('/data with a review, the form for unknown codes, a dataset list and boundary uploads', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/data/');
	await engineReady(page);
	const input = page.locator('input[type="file"]');
	await input.setInputFiles([
		'tests/fixtures/upload/nieuwe-wijk.csv',
		'tests/fixtures/upload/areas.csv'
	]);
	await page.locator('[data-import-confirm]').click();
	await expect(page.locator('[data-import]')).toHaveAttribute('data-import', 'done');
	await expect(page.locator('[data-dataset]')).toHaveCount(1);

	// A boundary upload listed, and a second boundary file in its review (problems included).
	const boundaries = page.locator('[data-boundary-import]');
	await input.setInputFiles('tests/fixtures/boundaries/proefdorp.topojson');
	await page.locator('[data-boundary-confirm]').click();
	await expect(boundaries).toHaveAttribute('data-boundary-import', 'done');
	await input.setInputFiles('tests/fixtures/boundaries/proefdorp-rd.geojson');
	await expect(boundaries).toHaveAttribute('data-boundary-import', 'review');

	await input.setInputFiles('tests/fixtures/upload/unknown-codes.csv');
	await expect(page.locator('[data-import]')).toHaveAttribute('data-import', 'review');
	for (const box of await page.locator('[data-unknown-codes] input[type="checkbox"]').all())
		await box.check();
	await expect(page.locator('[data-boundary-upload]')).toHaveCount(1);
	await checkPage(page, '/data/ (review)');
});

// The same pages once the user's own data is loaded (area lists, maps and rankings then hold an
// uploaded wijk), and the uploaded wijk's own dashboard, served by the static fallback. In Dutch
// and at desktop width (axe), plus the headings and 320 px reflow: the upload changes what the
// pages list, not their language or their layout at other widths, which the tests above check.
test('every page with an uploaded dataset: axe, headings and reflow', async ({ page }) => {
	test.setTimeout(240_000);
	await page.goto('/data/');
	await engineReady(page);
	await page
		.locator('input[type="file"]')
		.setInputFiles(['tests/fixtures/upload/nieuwe-wijk.csv', 'tests/fixtures/upload/areas.csv']);
	await page.locator('[data-import-confirm]').click();
	await expect(page.locator('[data-import]')).toHaveAttribute('data-import', 'done');

	const uploaded = { name: 'uploaded wijk', path: '/wijk/WK999990/', charts: true };
	for (const checked of [...CHECKED_PAGES, uploaded]) {
		await page.setViewportSize({ width: WIDTHS[0], height: 900 });
		await page.goto(checked.path);
		await engineReady(page);
		if (checked.charts) await hydrated(page);
		if (checked === uploaded)
			await expect(
				page.locator('figure[data-chart="trend"][data-area="WK999990"][data-indicator="woz_value"]')
			).toBeVisible();
		await checkPage(page, `${checked.path} (with an upload)`, [WIDTHS[0]]);
	}
});

test('/afspraken with an own intervention listed and its editor open with problems', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/afspraken/');
	await engineReady(page);
	await page.locator('[data-intervention-add]').click();
	const editor = page.locator('[data-intervention-editor]');
	await editor.locator('[name="area_code"]').selectOption('WK999902');
	await editor.locator('[name="year"]').fill('2019');
	await editor.locator('[name="title"]').fill('Geveltuinen');
	await page.locator('[data-editor-save]').click();
	await expect(page.locator('[data-user-intervention]')).toHaveCount(1);
	await page.locator('[data-intervention-edit]').click();
	await editor.locator('[name="year"]').fill('19');
	await editor.locator('[name="title"]').fill('');
	await page.locator('[data-editor-save]').click();
	await expect(page.locator('[data-editor-errors]')).toBeFocused();
	await checkPage(page, '/afspraken/ (interventions)');
});
