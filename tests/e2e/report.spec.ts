/**
 * The council report of an agreement (/afspraken/<agreement>/rapport/): reached from
 * /afspraken, shows the agreement's targets and charts, and prints on A4 with page numbers,
 * without navigation and without a chart cut in two.
 */
import { inflateSync } from 'node:zlib';
import { area, indicator, targets } from './helpers/data';
import { expect, test } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const AGREEMENTS = [...new Set(targets.map((t) => t.agreement))];

/** A4 portrait less the margins of print.css's @page rule (15 mm top, 18 mm bottom, 14 mm sides), in CSS px. */
const MM = 96 / 25.4;
const PRINT_WIDTH = Math.floor((210 - 2 * 14) * MM);
const PRINT_HEIGHT = Math.floor((297 - 15 - 18) * MM);

/** Every string of the PDF's streams and objects, inflated where compressed. */
function pdfText(pdf: Buffer): string {
	const parts = [pdf.toString('latin1')];
	const raw = pdf.toString('latin1');
	for (const match of raw.matchAll(/stream\r?\n/g)) {
		const start = match.index! + match[0].length;
		const end = raw.indexOf('endstream', start);
		try {
			parts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
		} catch {
			// Not a Flate stream (an image, a font): no text we look for.
		}
	}
	return parts.join('\n');
}

/** A PDF string: UTF-16BE hex (`<FEFF…>`) or a literal with backslash escapes. */
function pdfString(token: string): string {
	if (token.startsWith('<')) {
		const bytes = Buffer.from(token.slice(1, -1), 'hex');
		const body = bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2) : bytes;
		return Buffer.from(body).swap16().toString('utf16le');
	}
	return token
		.slice(1, -1)
		.replace(/\\([0-7]{1,3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8)))
		.replace(/\\(.)/g, '$1');
}

/** The outline (bookmarks) Chromium writes from the headings (`outline: true`). */
function outlineTitles(text: string): string[] {
	return [...text.matchAll(/\/Title\s*(<[0-9A-Fa-f]+>|\((?:\\.|[^\\)])*\))/g)].map(([, token]) =>
		pdfString(token)
	);
}

/** Line breaks in a heading become no space at all in the outline: compare without spaces. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

const pageCount = (text: string) =>
	Number(/\/Type\s*\/Pages\b[^]*?\/Count\s+(\d+)/.exec(text)?.[1]);

async function openReport(page: import('@playwright/test').Page, agreement: string) {
	await page.goto('/afspraken/');
	const link = page
		.locator(`section[data-agreement="${agreement}"]`)
		.locator('a[data-report-link]');
	await link.click();
	await expect(page).toHaveURL(/\/afspraken\/[a-z0-9-]+\/rapport\/$/);
}

for (const agreement of AGREEMENTS) {
	const own = targets.filter((t) => t.agreement === agreement);
	const pairs = [...new Set(own.map((t) => `${t.area_code}|${t.indicator_id}`))];

	test(`the report of ${agreement} shows its targets, their charts and sources`, async ({
		page,
		network
	}) => {
		await openReport(page, agreement);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(agreement);
		await expect(page.locator('[data-report-date]')).toHaveText(/\d{4}/);

		const rows = page.locator('tr[data-target]');
		await expect(rows).toHaveCount(own.length);
		for (const [i, target] of own.entries()) {
			await expect(rows.nth(i)).toHaveAttribute('data-area', target.area_code);
			await expect(rows.nth(i)).toHaveAttribute('data-indicator', target.indicator_id);
			// A status is an icon and a word, never a colour alone.
			const status = rows.nth(i).locator('td.status');
			await expect(status.locator('svg, [aria-hidden="true"]').first()).toBeAttached();
			await expect(status).toContainText(/behaald|op koers|risico|uit koers|geen gegevens/);
		}

		const charts = page.locator('figure[data-chart="trend"]');
		await expect(charts).toHaveCount(pairs.length);
		for (const pair of pairs) {
			const [code, id] = pair.split('|');
			await expect(
				page.locator(`figure[data-chart="trend"][data-area="${code}"][data-indicator="${id}"]`)
			).toHaveCount(1);
		}

		// The people/planet/profit standing of every area involved, and every source named.
		const scores = page.locator('[data-report-scores] tbody tr');
		const codes = [...new Set(own.map((t) => t.area_code))];
		await expect(scores).toHaveCount(codes.length);
		for (const code of codes)
			await expect(page.locator(`[data-report-scores] tr[data-area="${code}"]`)).toContainText(
				area(code).name
			);
		const sources = page.locator('section.sources');
		for (const source of new Set(own.map((t) => indicator(t.indicator_id).source)))
			await expect(sources).toContainText(source);
		await expect(page.locator('[data-report-print]')).toBeVisible();
		expect(network.foreign).toEqual([]);
	});
}

test('the report prints on A4: no navigation, headings in the PDF, no chart cut in two', async ({
	page
}) => {
	test.setTimeout(90_000);
	const agreement = AGREEMENTS[0];
	await openReport(page, agreement);
	await expect(page.locator('[data-report-print]')).toBeVisible();

	// Print layout at the printable width of an A4 page.
	await page.setViewportSize({ width: PRINT_WIDTH, height: PRINT_HEIGHT });
	await page.emulateMedia({ media: 'print' });
	for (const chrome of [
		'header.site-header',
		'body > .app footer',
		'[data-report-print]',
		'a.skip'
	])
		await expect(page.locator(chrome).first()).toBeHidden();
	// Nothing is wider than the paper (the browser would shrink the whole print to fit).
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		PRINT_WIDTH
	);
	const headings = page.locator('article h1, article h2');
	await expect(headings).toHaveCount(5);

	const figures = await page.locator('figure[data-chart="trend"]').evaluateAll((els) =>
		els.map((el) => ({
			id: el.getAttribute('data-indicator'),
			height: el.getBoundingClientRect().height,
			breakInside: getComputedStyle(el).breakInside
		}))
	);
	expect(figures.length).toBeGreaterThan(0);
	for (const figure of figures) {
		// A box that may not be broken and fits on a page is moved whole to the next page.
		expect(figure.breakInside, `${figure.id} is kept whole`).toBe('avoid');
		expect(figure.height, `${figure.id} fits on one page`).toBeLessThan(PRINT_HEIGHT);
		expect(figure.height, `${figure.id} is drawn`).toBeGreaterThan(100);
	}
	const documentHeight = await page.evaluate(() => document.documentElement.scrollHeight);

	const pdf = await page.pdf({
		preferCSSPageSize: true,
		printBackground: true,
		outline: true,
		tagged: true
	});
	const text = pdfText(pdf);
	const pages = pageCount(text);
	// At least the pages the content fills; at most one more per chart pushed to a new page.
	const least = Math.ceil(documentHeight / PRINT_HEIGHT);
	expect(pages).toBeGreaterThanOrEqual(least);
	expect(pages).toBeLessThanOrEqual(least + figures.length);
	// Every page is A4 portrait: 595 × 842 points.
	const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
	expect(boxes.length).toBeGreaterThanOrEqual(pages);
	for (const [, width, height] of boxes) {
		expect(Number(width)).toBeCloseTo(595.3, 0);
		expect(Number(height)).toBeCloseTo(841.9, 0);
	}
	// The PDF's outline is made from the headings: the title, the sections, the charts.
	const titles = outlineTitles(text).map(squeeze);
	for (const heading of await headings.allTextContents())
		expect(titles).toContain(squeeze(heading));
	// Each chart's title names its area and indicator.
	for (const id of figures.map((f) => f.id!)) {
		const label = indicator(id).label_nl;
		expect(
			titles.some((t) => t.includes(squeeze(label))),
			`a chart of ${label} in the outline`
		).toBe(true);
	}
});
