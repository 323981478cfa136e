/**
 * Prestatieafspraken: /afspraken and the Afspraken section of an area, checked against
 * targets.csv and observations.csv read here with papaparse, and statuses from the
 * unit-tested rule applied to those CSV series (not from the app's SQL).
 */
import { expect, test, type Page } from '@playwright/test';
import { assessTargetFromSeries, type TargetStatus } from '../../src/lib/analysis/targets';
import {
	indicator,
	lastYear,
	normalizeSpace,
	series,
	targets,
	type TargetRow
} from './helpers/data';
import { engineReady, test as watched, trendFigure } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const STATUSES = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'];

/** The status the rule gives on the CSV series of a target. */
function expectedStatus(target: TargetRow): TargetStatus {
	const ind = indicator(target.indicator_id);
	return assessTargetFromSeries(
		{
			baselineYear: target.baseline_year,
			targetYear: target.target_year,
			targetValue: target.target_value
		},
		series(target.area_code, target.indicator_id),
		ind
	).status;
}

const row = (page: Page, target: TargetRow) =>
	page.locator(
		`[data-target][data-area="${target.area_code}"][data-indicator="${target.indicator_id}"]`
	);

/** Three deterministic samples with three different statuses. */
const SAMPLES = [
	targets.find((t) => t.area_code === 'WK999901' && t.indicator_id === 'vacancy_share')!,
	targets.find((t) => t.area_code === 'WK999905' && t.indicator_id === 'social_assistance_share')!,
	targets.find((t) => t.area_code === 'WK999902' && t.indicator_id === 'social_rent_share')!
];

test('the samples cover three different statuses', () => {
	expect(targets).toHaveLength(15);
	expect(new Set(SAMPLES.map(expectedStatus)).size).toBe(3);
});

test('/afspraken shows every target of targets.csv with its hooks, before and after the engine', async ({
	page
}) => {
	await page.goto('/afspraken/');
	const rows = page.locator('[data-target]');
	await expect(rows).toHaveCount(targets.length);
	const read = () =>
		rows.evaluateAll((els) =>
			els.map((el) => ({
				area: el.getAttribute('data-area'),
				indicator: el.getAttribute('data-indicator'),
				status: el.getAttribute('data-target-status'),
				key: el.getAttribute('data-target')
			}))
		);
	const before = await read();
	expect(before.map((r) => `${r.area}/${r.indicator}`).sort()).toEqual(
		targets.map((t) => `${t.area_code}/${t.indicator_id}`).sort()
	);
	for (const r of before) {
		expect(STATUSES).toContain(r.status);
		expect(r.key).toBeTruthy();
	}
	// Every status is shown with a word and an icon, never by colour alone.
	for (const target of targets) {
		const status = row(page, target).locator('[data-status-badge]');
		await expect(status).toHaveText(/\p{L}/u);
		await expect(status.locator('svg')).toHaveCount(1);
		await expect(row(page, target).locator('[data-target-reason]')).toHaveText(/\p{L}{3,}/u);
	}
	await engineReady(page);
	await expect(rows).toHaveCount(targets.length);
	expect(await read()).toEqual(before);
});

for (const sample of SAMPLES) {
	test(`status of ${sample.area_code} / ${sample.indicator_id} is what the rule gives on the CSV`, async ({
		page
	}) => {
		const expected = expectedStatus(sample);
		await page.goto('/afspraken/');
		await expect(row(page, sample)).toHaveAttribute('data-target-status', expected);
		// The row shows the baseline and target of the CSV.
		await expect(row(page, sample).locator('[data-target-value]')).toHaveAttribute(
			'data-target-value',
			String(sample.target_value)
		);
		const baseline = series(sample.area_code, sample.indicator_id).find(
			(o) => o.year === sample.baseline_year
		)!.value!;
		expect(
			Number(
				await row(page, sample).locator('[data-baseline-value]').getAttribute('data-baseline-value')
			)
		).toBeCloseTo(baseline, 6);
		await engineReady(page);
		await expect(row(page, sample)).toHaveAttribute('data-target-status', expected);
		// The same status on the area's page, in its Afspraken section and on its chart.
		await page.goto(`/wijk/${sample.area_code}/`);
		await expect(
			page.locator('[data-targets-section]').locator(`[data-indicator="${sample.indicator_id}"]`)
		).toHaveAttribute('data-target-status', expected);
		await expect(
			trendFigure(page, sample.area_code, sample.indicator_id).locator('[data-target-overlay]')
		).toHaveAttribute('data-overlay-status', expected);
	});
}

watched(
	'in the browser engine: the same statuses on /afspraken, then on a wijk opened from it',
	async ({ page, problems }) => {
		await page.goto('/afspraken/');
		await engineReady(page);
		// The overview is rebuilt by duckdb-wasm once the engine is ready.
		await expect
			.poll(() =>
				page.evaluate(
					() => performance.getEntriesByName('wijkwaarde:targets-query', 'measure').length
				)
			)
			.toBeGreaterThan(0);
		for (const target of targets)
			await expect(row(page, target)).toHaveAttribute('data-target-status', expectedStatus(target));

		const code = 'WK999905';
		await row(
			page,
			targets.find((t) => t.area_code === code)!
		)
			.getByRole('link', { name: 'Kanaalzone' })
			.click();
		await expect(page).toHaveURL(new RegExp(`/wijk/${code}/$`));
		expect(
			await page.evaluate(
				() => performance.getEntriesByName('wijkwaarde:area-query', 'measure').length
			)
		).toBeGreaterThan(0);
		const section = page.locator('[data-targets-section]');
		for (const target of targets.filter((t) => t.area_code === code))
			await expect(
				section.locator(`[data-target][data-indicator="${target.indicator_id}"]`)
			).toHaveAttribute('data-target-status', expectedStatus(target));
		expect(problems.pageErrors).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
	}
);

test('the summary line counts achieved and on-track targets as the rule does', async ({ page }) => {
	const statuses = targets.map(expectedStatus);
	const onCourse = statuses.filter((s) => s === 'achieved' || s === 'on-track').length;
	const withData = statuses.filter((s) => s !== 'no-data').length;
	await page.goto('/afspraken/');
	await expect(page.locator('[data-targets-summary]')).toContainText(
		`${onCourse} van ${withData} afspraken behaald of op koers`
	);
});

test('filters narrow the rows, live in the URL, and clear again', async ({ page }) => {
	const status = expectedStatus(SAMPLES[2]);
	const withStatus = targets.filter((t) => expectedStatus(t) === status);
	expect(withStatus.length).toBeGreaterThan(0);
	expect(withStatus.length).toBeLessThan(targets.length);

	await page.goto('/afspraken/');
	const rows = page.locator('[data-target]');
	await page.locator('select[data-target-filter="status"]').selectOption(status);
	await expect(rows).toHaveCount(withStatus.length);
	for (const target of withStatus) await expect(row(page, target)).toHaveCount(1);
	await expect(page).toHaveURL(new RegExp(`[?&]status=${status}`));
	await expect(page.locator('[data-targets-shown]')).toHaveAttribute(
		'data-targets-shown',
		String(withStatus.length)
	);

	// A second filter narrows further: one wijk.
	const area = 'WK999905';
	const both = withStatus.filter((t) => t.area_code === area);
	await page.locator('select[data-target-filter="area"]').selectOption(area);
	await expect(rows).toHaveCount(both.length);

	// A party that signed only one of the agreements.
	await page.getByRole('button', { name: 'Wis filters' }).click();
	await expect(rows).toHaveCount(targets.length);
	const party = 'Wijkcoöperatie Kanaalzone';
	await page.locator('select[data-target-filter="party"]').selectOption(party);
	await expect(rows).toHaveCount(targets.filter((t) => t.parties.includes(party)).length);

	// Opening the filtered URL shows the same rows.
	await page.goto(`/afspraken/?status=${status}`);
	await expect(rows).toHaveCount(withStatus.length);
});

test('a wijk page lists its targets in an Afspraken section and draws them on its charts', async ({
	page
}) => {
	const code = 'WK999905';
	const own = targets.filter((t) => t.area_code === code);
	expect(own.length).toBeGreaterThan(1);
	await page.goto(`/wijk/${code}/`);
	const section = page.locator('[data-targets-section]');
	await expect(section.getByRole('heading', { level: 2 })).toHaveText('Afspraken');
	await expect(page.locator('[data-target]')).toHaveCount(own.length);
	for (const target of own) {
		await expect(
			section.locator(`[data-target][data-area="${code}"][data-indicator="${target.indicator_id}"]`)
		).toHaveAttribute('data-target-status', expectedStatus(target));
		const figure = trendFigure(page, code, target.indicator_id);
		await expect(figure.locator('svg .target-point')).toHaveCount(1);
		// The table stays the observed years only: none after the last year of the data.
		const years = await figure
			.locator('tr[data-year]')
			.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-year'))));
		expect(Math.max(...years)).toBe(lastYear);
		expect(years).not.toContain(target.target_year);
	}
	// A wijk without targets has no such section.
	await page.goto('/wijk/WK999907/');
	await expect(page.locator('[data-targets-section]')).toHaveCount(0);
	await expect(page.locator('[data-target]')).toHaveCount(0);
});

test('the header links to /afspraken, and the English page uses English status words', async ({
	page
}) => {
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Hoofdmenu' })
		.getByRole('link', { name: 'Afspraken' })
		.click();
	await expect(page).toHaveURL(/\/afspraken\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prestatieafspraken');

	await page.goto('/en/afspraken/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const sample = SAMPLES[0];
	const word = {
		achieved: 'achieved',
		'on-track': 'on track',
		'at-risk': 'at risk',
		'off-track': 'off track',
		'no-data': 'no data'
	}[expectedStatus(sample)];
	await expect(row(page, sample).locator('[data-status-badge]')).toHaveText(word);
	expect(
		normalizeSpace((await page.locator('[data-targets-summary]').textContent()) ?? '')
	).toMatch(/^\d+ of \d+ targets achieved or on track/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/afspraken shows every target and no filters', async ({ page }) => {
		await page.goto('/afspraken/');
		await expect(page.locator('[data-target]')).toHaveCount(targets.length);
		await expect(page.locator('[data-target-filters]')).toHaveCount(0);
		for (const sample of SAMPLES)
			await expect(row(page, sample)).toHaveAttribute('data-target-status', expectedStatus(sample));
	});
});
