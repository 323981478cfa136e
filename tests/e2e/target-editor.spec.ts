/**
 * The target editor on /afspraken: a target of the user's own is checked field by field, shows
 * in the table with the status the rule gives on the CSV series, is kept over a reload, shows on
 * its wijk's dashboard, and can be edited and removed.
 */
import type { Page } from '@playwright/test';
import { assessTargetFromSeries } from '../../src/lib/analysis/targets';
import { indicator, series } from './helpers/data';
import { engineReady, expect, test, trendFigure } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const AREA = 'WK999902';
const INDICATOR = 'solar_panels_share';
const AGREEMENT = 'Zonne-akkoord <Molenwijk> 2026';

async function openTargets(page: Page) {
	await page.goto('/afspraken/');
	await engineReady(page);
	await expect(page.locator('[data-target-add]')).toBeVisible();
}

const editor = (page: Page) => page.locator('[data-target-editor]');
const field = (page: Page, name: string) => editor(page).locator(`[name="${name}"]`);
const ownRows = (page: Page) => page.locator('[data-target]:has([data-target-edit])');

async function fillTarget(
	page: Page,
	values: { baseline: string; target: string; value: string; agreement?: string }
) {
	await field(page, 'area_code').selectOption(AREA);
	await field(page, 'indicator_id').selectOption(INDICATOR);
	await field(page, 'baseline_year').fill(values.baseline);
	await field(page, 'target_year').fill(values.target);
	await field(page, 'target_value').fill(values.value);
	await field(page, 'agreement').fill(values.agreement ?? AGREEMENT);
	await field(page, 'parties').fill('Gemeente; Huurdersvereniging');
}

test('a target of one’s own is checked, shown with its status, kept, edited and removed', async ({
	page,
	network,
	problems
}) => {
	// Several page loads, each starting DuckDB.
	test.setTimeout(150_000);
	await openTargets(page);
	await page.locator('[data-target-add]').click();

	// Checked before anything is kept: the problems name their fields, the summary gets focus.
	await fillTarget(page, { baseline: '2019', target: '2019', value: '120' });
	await page.locator('[data-editor-save]').click();
	await expect(page.locator('[data-editor-errors]')).toBeFocused();
	await expect(page.locator('[data-field-error="target_year"]')).toContainText('2019');
	await expect(page.locator('[data-field-error="target_value"]')).toContainText('100');
	await expect(field(page, 'target_value')).toHaveAttribute('aria-invalid', 'true');
	await expect(ownRows(page)).toHaveCount(0);

	// Corrected: a Dutch decimal comma, and a name with markup that must stay text.
	await field(page, 'target_year').fill('2030');
	await field(page, 'target_value').fill('62,5');
	await page.locator('[data-editor-save]').click();
	await expect(page.locator('[data-user-target-status]')).toContainText('opgeslagen');
	await expect(ownRows(page)).toHaveCount(1);

	const row = ownRows(page);
	await expect(row).toHaveAttribute('data-area', AREA);
	await expect(row).toHaveAttribute('data-indicator', INDICATOR);
	await expect(row.locator('[data-target-value]')).toHaveAttribute('data-target-value', '62.5');
	const expected = assessTargetFromSeries(
		{ baselineYear: 2019, targetYear: 2030, targetValue: 62.5 },
		series(AREA, INDICATOR),
		indicator(INDICATOR)
	).status;
	await expect(row).toHaveAttribute('data-target-status', expected);
	await expect(page.locator(`[data-agreement="${AGREEMENT}"] h2`)).toHaveText(AGREEMENT);

	// Kept over a reload, and on the wijk's dashboard with its chart overlay.
	await page.reload();
	await engineReady(page);
	await expect(ownRows(page)).toHaveCount(1);
	await page.goto(`/wijk/${AREA}/`);
	await engineReady(page);
	await expect(
		page.locator(`[data-target][data-area="${AREA}"][data-indicator="${INDICATOR}"]`).last()
	).toHaveAttribute('data-target-status', expected);
	await expect(trendFigure(page, AREA, INDICATOR).locator('[data-target-overlay]')).toHaveCount(1);

	// Edited: the form opens with the stored values; the new target value replaces the old.
	await openTargets(page);
	await ownRows(page).locator('[data-target-edit]').click();
	await expect(field(page, 'target_value')).toHaveValue('62,5');
	await field(page, 'target_value').fill('70');
	await page.locator('[data-editor-save]').click();
	await expect(ownRows(page).locator('[data-target-value]')).toHaveAttribute(
		'data-target-value',
		'70'
	);
	await expect(ownRows(page)).toHaveCount(1);

	// Removed, after confirming.
	page.once('dialog', (dialog) => dialog.accept());
	await ownRows(page).locator('[data-target-remove]').click();
	await expect(ownRows(page)).toHaveCount(0);
	await expect(page.locator('[data-user-target-status]')).toContainText('verwijderd');
	await page.reload();
	await engineReady(page);
	await expect(page.locator('[data-user-target-count]')).toHaveAttribute(
		'data-user-target-count',
		'0'
	);

	expect(network.foreign).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
});

test('the editor works in English with a decimal point', async ({ page }) => {
	await page.goto('/en/afspraken/');
	await engineReady(page);
	await page.locator('[data-target-add]').click();
	await fillTarget(page, { baseline: '2019', target: '2031', value: '55.5', agreement: 'Own' });
	await page.locator('[data-editor-save]').click();
	await expect(page.locator('[data-user-target-status]')).toContainText('saved');
	await expect(ownRows(page).locator('[data-target-value]')).toHaveAttribute(
		'data-target-value',
		'55.5'
	);
});
