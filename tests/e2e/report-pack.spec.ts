/**
 * The council report's "raadsstuk pack": one click downloads a ZIP, unzipped here in Node, with
 * each chart as SVG and PNG, the targets and figures as CSV (checked against the bundled CSVs)
 * and a README with the permalink and the indicators' definitions. Made in the browser: no
 * request leaves the origin.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { area, indicator, observed, series, targets, valueOf } from './helpers/data';
import { engineReady, expect, test } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const AGREEMENT = targets[0].agreement;
const own = targets.filter((t) => t.agreement === AGREEMENT);
const pairs = [...new Set(own.map((t) => `${t.area_code}|${t.indicator_id}`))].map((pair) => {
	const [code, id] = pair.split('|');
	return { code, id };
});

/** The report's address, as /afspraken/ links to it. */
async function openReport(page: Page, prefix = ''): Promise<string> {
	await page.goto(`${prefix}/afspraken/`);
	const href = await page
		.locator(`section[data-agreement="${AGREEMENT}"] a[data-report-link]`)
		.getAttribute('href');
	await page.goto(href!);
	return href!;
}

async function downloadPack(page: Page) {
	const button = page.locator('[data-report-pack-button]');
	await expect(button).toBeEnabled();
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
	return { name: download.suggestedFilename(), files };
}

const text = (bytes: Uint8Array) => strFromU8(bytes);
const csvRows = (bytes: Uint8Array) => {
	expect([...bytes.subarray(0, 3)], 'a byte order mark').toEqual([0xef, 0xbb, 0xbf]);
	const parsed = Papa.parse<Record<string, string>>(text(bytes.subarray(3)), {
		header: true,
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	return parsed.data;
};
/** The words of an SVG, its markup removed (a long title is wrapped over several tspans). */
const svgWords = (svg: string) =>
	svg
		.replace(/<[^>]+>/g, ' ')
		.replaceAll('&amp;', '&')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replace(/\s+/g, ' ');

test('the report downloads its raadsstuk pack: charts as SVG and PNG, CSVs and a README', async ({
	page,
	network,
	problems,
	baseURL
}) => {
	test.setTimeout(90_000);
	const href = await openReport(page);
	await engineReady(page);
	const { name, files } = await downloadPack(page);
	const slug = /\/afspraken\/([^/]+)\/rapport\/$/.exec(href)![1];
	expect(name).toBe(`wijkwaarde-${slug}-raadsstuk.zip`);
	await expect(page.locator('[data-report-pack-status]')).toContainText(
		`Klaar: wijkwaarde-${slug}-raadsstuk.zip`
	);

	// One SVG and one PNG per chart of the report, the two CSVs and the README; nothing else.
	await expect(page.locator('figure[data-chart="trend"]')).toHaveCount(pairs.length);
	const charts = pairs.map(({ code, id }) => `wijkwaarde-${code}-${id}`);
	expect(Object.keys(files).sort()).toEqual(
		[
			'README.md',
			`wijkwaarde-${slug}-afspraken.csv`,
			`wijkwaarde-${slug}-cijfers.csv`,
			...charts.flatMap((c) => [`${c}.svg`, `${c}.png`])
		].sort()
	);

	for (const { code, id } of pairs) {
		const svg = text(files[`wijkwaarde-${code}-${id}.svg`]);
		expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg/);
		const words = svgWords(svg);
		expect(words, `${code} ${id}`).toContain(indicator(id).label_nl);
		expect(words).toContain(area(code).name);
		expect(words).toContain(`Bron: ${indicator(id).source}`);
		expect(words).toMatch(/Gedownload op \d{1,2} \w+ \d{4}/);
		const png = files[`wijkwaarde-${code}-${id}.png`];
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(png.length, `${code} ${id} PNG size`).toBeGreaterThan(20_000);
	}

	// A sampled target: its row in the targets CSV and its series in the figures CSV are the data.
	const sample = own[Math.min(2, own.length - 1)];
	const targetRows = csvRows(files[`wijkwaarde-${slug}-afspraken.csv`]);
	expect(targetRows).toHaveLength(own.length);
	const row = targetRows[own.indexOf(sample)];
	expect(row.gebiedscode).toBe(sample.area_code);
	expect(row.indicator_id).toBe(sample.indicator_id);
	expect(Number(row.nulmeting_jaar)).toBe(sample.baseline_year);
	expect(Number(row.nulmeting_waarde)).toBe(
		valueOf(sample.area_code, sample.indicator_id, sample.baseline_year)
	);
	const last = observed(sample.area_code, sample.indicator_id).at(-1)!;
	expect(Number(row.laatste_jaar)).toBe(last.year);
	expect(Number(row.laatste_waarde)).toBe(last.value);
	expect(Number(row.doeljaar)).toBe(sample.target_year);
	expect(Number(row.doelwaarde)).toBe(sample.target_value);
	expect(row.partijen).toBe(sample.parties.join('; '));
	const status = page.locator(
		`tr[data-target][data-area="${sample.area_code}"][data-indicator="${sample.indicator_id}"]`
	);
	await expect(status.first()).toHaveAttribute('data-target-status', row.status_code);

	const figures = csvRows(files[`wijkwaarde-${slug}-cijfers.csv`]).filter(
		(r) => r.gebiedscode === sample.area_code && r.indicator_id === sample.indicator_id
	);
	expect(figures.map((r) => [Number(r.jaar), r.waarde === '' ? null : Number(r.waarde)])).toEqual(
		series(sample.area_code, sample.indicator_id).map((o) => [o.year, o.value])
	);
	const reference = area(sample.area_code).parent_code;
	if (reference && reference !== sample.area_code) {
		const refRows = csvRows(files[`wijkwaarde-${slug}-cijfers.csv`]).filter(
			(r) => r.gebiedscode === reference && r.indicator_id === sample.indicator_id
		);
		expect(refRows.map((r) => [Number(r.jaar), r.waarde === '' ? null : Number(r.waarde)])).toEqual(
			series(reference, sample.indicator_id).map((o) => [o.year, o.value])
		);
	}

	// The README: the agreement, the permalink (absolute), the definitions and the rule.
	const readme = text(files['README.md']);
	expect(readme).toContain(`# Rapportage ${AGREEMENT}`);
	expect(readme).toContain(`Rapport online: ${baseURL}/afspraken/${slug}/rapport/`);
	expect(readme).toContain(indicator(sample.indicator_id).description_nl);
	expect(readme).toContain(`- Bron: ${indicator(sample.indicator_id).source}`);
	expect(readme).toContain('Zo bepalen we de status');
	expect(readme).toMatch(/Gemaakt op: \d{1,2} \w+ \d{4}/);

	expect(network.foreign).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
});

test('the English pack has an English README with the /en/ permalink', async ({
	page,
	baseURL
}) => {
	test.setTimeout(90_000);
	const href = await openReport(page, '/en');
	await engineReady(page);
	const slug = /\/afspraken\/([^/]+)\/rapport\/$/.exec(href)![1];
	const { name, files } = await downloadPack(page);
	expect(name).toBe(`wijkwaarde-${slug}-council-pack.zip`);
	await expect(page.locator('[data-report-pack-status]')).toContainText('Done:');
	const readme = text(files['README.md']);
	expect(readme).toContain(`Report online: ${baseURL}/en/afspraken/${slug}/rapport/`);
	expect(readme).toContain(indicator(own[0].indicator_id).description_en);
	const rows = csvRows(files[`wijkwaarde-${slug}-targets.csv`]);
	expect(Object.keys(rows[0]).slice(0, 3)).toEqual(['area_code', 'area', 'indicator_id']);
	const svg = svgWords(text(files[`wijkwaarde-${pairs[0].code}-${pairs[0].id}.svg`]));
	expect(svg).toContain(indicator(pairs[0].id).label_en);
	expect(svg).toMatch(/Downloaded on \d{1,2} \w+ \d{4}/);
});

test('the pack waits for the engine, saying so, and reports a failure', async ({ page }) => {
	// The wasm never arrives: the engine stays loading.
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/*.wasm', async (route) => {
		await held;
		await route.continue().catch(() => {});
	});
	await openReport(page);
	const button = page.locator('[data-report-pack-button]');
	await expect(button).toBeDisabled();
	await expect(page.locator('#report-pack-hint')).toHaveText(
		'De pack kan worden gemaakt zodra de gegevens in uw browser zijn geladen.'
	);
	await expect(button).toHaveAccessibleDescription(/zodra de gegevens/);
	release();
	await engineReady(page);
	await expect(button).toBeEnabled();
	await expect(page.locator('#report-pack-hint')).toContainText('Eén ZIP-bestand');

	// A chart that is not drawn (here: removed) cannot be packed: the user is told.
	await page
		.locator('figure[data-chart="trend"] svg[data-plot]')
		.first()
		.evaluate((svg) => svg.remove());
	await button.click();
	await expect(page.locator('[data-report-pack-status]')).toHaveText(
		'Het maken van de pack is mislukt. Probeer het nog eens, of druk het rapport af als pdf.'
	);
	await expect(page.locator('[data-report-pack]')).toHaveAttribute('data-report-pack', 'failed');
});
