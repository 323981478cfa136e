/**
 * Contrast of the chart marks, which axe does not check: it skips SVG graphics and reports SVG
 * text as "incomplete" (dequelabs/axe-core#3697, #3907, #1819). Computed in the page from the
 * colours the browser actually uses (getComputedStyle), against the background the mark sits
 * on: lines, dots and markers (WCAG 1.4.11, non-text, ≥ 3:1) and tick labels (1.4.3, ≥ 4.5:1).
 */
import { expect, hydrated, test } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

interface Measured {
	what: string;
	ratio: number;
	min: number;
}

/** Runs in the page: every mark inside `scope` with its contrast ratio against its background. */
function measureMarks(): Measured[] {
	type Rgba = [number, number, number, number];
	const parse = (value: string): Rgba | null => {
		if (!value || value === 'none' || value === 'transparent') return null;
		const match = value.match(/^rgba?\(([^)]+)\)$/);
		if (!match) throw new Error(`unexpected colour format: ${value}`);
		const parts = match[1]
			.split(/[\s,/]+/)
			.filter(Boolean)
			.map(Number);
		return [parts[0], parts[1], parts[2], parts[3] ?? 1];
	};
	const over = (top: Rgba, bottom: Rgba): Rgba => {
		const a = top[3];
		return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
	};
	const luminance = ([r, g, b]: Rgba) => {
		const [R, G, B] = [r, g, b].map((v) => {
			const c = v / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * R + 0.7152 * G + 0.0722 * B;
	};
	const ratio = (a: Rgba, b: Rgba) => {
		const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
		return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
	};
	/** The opaque colour behind an element: its ancestors' backgrounds, composited. */
	const backgroundOf = (element: Element): Rgba => {
		const layers: Rgba[] = [];
		for (let el: Element | null = element; el; el = el.parentElement) {
			const colour = parse(getComputedStyle(el).backgroundColor);
			if (colour && colour[3] > 0) {
				layers.push(colour);
				if (colour[3] === 1) break;
			}
		}
		return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
	};
	const opacityOf = (element: Element) => {
		let opacity = 1;
		for (let el: Element | null = element; el; el = el.parentElement)
			opacity *= Number(getComputedStyle(el).opacity);
		return opacity;
	};
	const label = (el: Element) => {
		const figure = el.closest('figure[data-chart], li[data-overview-area]');
		const where = figure
			? (figure.getAttribute('data-indicator') ?? figure.getAttribute('data-overview-area'))
			: '';
		// Svelte's scoping classes (svelte-xxxx) say nothing about the mark.
		const classes = [...el.classList].filter((c) => !c.startsWith('svelte-')).join('.');
		return `${where} ${el.tagName.toLowerCase()}.${classes}`.trim();
	};

	const results: Measured[] = [];
	/** Each visible paint of a mark (fill, stroke) that differs from the background. */
	const mark = (el: Element, paints: ('fill' | 'stroke' | 'border-top-color')[], min: number) => {
		const style = getComputedStyle(el);
		const background = backgroundOf(el.closest('svg')?.parentElement ?? el);
		const opacity = opacityOf(el);
		for (const paint of paints) {
			if (paint === 'stroke' && parseFloat(style.strokeWidth) === 0) continue;
			const colour = parse(style.getPropertyValue(paint));
			if (!colour) continue;
			const seen = over([colour[0], colour[1], colour[2], colour[3] * opacity], background);
			if (seen.every((v, i) => Math.abs(v - background[i]) < 1)) continue;
			results.push({ what: `${label(el)} ${paint}`, ratio: ratio(seen, background), min });
		}
	};

	const plots = 'figure[data-chart="trend"] svg';
	for (const el of document.querySelectorAll(`${plots} path.area, ${plots} path.reference`))
		mark(el, ['stroke'], 3);
	for (const el of document.querySelectorAll(`${plots} circle, ${plots} path.dots`))
		mark(el, ['fill', 'stroke'], 3);
	for (const el of document.querySelectorAll(`${plots} .focus line`)) mark(el, ['stroke'], 3);
	for (const el of document.querySelectorAll(
		`${plots} line.intervention, ${plots} rect.intervention-flag`
	))
		mark(el, ['stroke'], 3);
	for (const el of document.querySelectorAll(`${plots} text`)) mark(el, ['fill'], 4.5);
	for (const el of document.querySelectorAll('svg.sparkline path, svg.sparkline circle'))
		mark(el, ['fill', 'stroke'], 3);
	// The legend's line samples say which line is which: they must be as visible as the lines.
	for (const el of document.querySelectorAll('.legend .swatch, .reference .swatch'))
		mark(el, ['border-top-color'], 3);
	return results;
}

const failing = (measured: Measured[]) =>
	measured.filter((m) => m.ratio < m.min).map((m) => `${m.what}: ${m.ratio}:1 < ${m.min}:1`);

// With and without a reference line (a gemeente has none), and with interventions (Kanaalzone).
// The colours do not depend on language.
for (const path of ['/wijk/WK999902/', '/wijk/GM9999/', '/wijk/WK999905/']) {
	test(`chart lines, dots, markers and tick labels on ${path} have enough contrast`, async ({
		page
	}) => {
		await page.goto(path);
		// The charts are prerendered and their colours do not depend on DuckDB: hydration (for
		// the keyboard focus markers) is enough.
		await hydrated(page);
		// Show the focus markers of one chart: its year line and the two value dots.
		const plot = page.locator('figure[data-chart="trend"] svg[role="slider"]').first();
		await plot.focus();
		await plot.press('ArrowLeft');
		await expect(plot.locator('.focus')).toBeVisible();

		const measured = await page.evaluate(measureMarks);
		const kinds = (pattern: RegExp) => measured.filter((m) => pattern.test(m.what)).length;
		expect(kinds(/path\.area stroke/)).toBeGreaterThan(10);
		// The observed years' dots (one path per chart).
		expect(kinds(/path\.dots fill/)).toBeGreaterThan(10);
		expect(kinds(/circle\.marker fill/)).toBe(1);
		expect(kinds(/text\. fill/)).toBeGreaterThan(50);
		expect(kinds(/span\.swatch/)).toBeGreaterThan(10);
		if (path.includes('WK999905')) {
			expect(kinds(/line\.intervention stroke/)).toBeGreaterThan(10);
			expect(kinds(/text\.intervention-number fill/)).toBeGreaterThan(10);
		}
		if (!path.includes('GM9999')) {
			expect(kinds(/path\.reference stroke/)).toBeGreaterThan(10);
			expect(kinds(/circle\.ref-marker stroke/)).toBe(1);
		}
		// On Kanaalzone only the interventions' marks: its target badge's icon has a cut-out dot in
		// the badge's own colour, which this measurement (against the figure) takes for a mark.
		expect(
			failing(
				path.includes('WK999905') ? measured.filter((m) => /intervention/.test(m.what)) : measured
			)
		).toEqual([]);
	});
}

test('overview sparklines have enough contrast', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('svg.sparkline').first()).toBeVisible();
	const measured = await page.evaluate(measureMarks);
	expect(measured.filter((m) => /path\.line stroke/.test(m.what)).length).toBeGreaterThan(20);
	expect(measured.filter((m) => /circle\. fill/.test(m.what)).length).toBeGreaterThan(20);
	expect(failing(measured)).toEqual([]);
});

test('the measurement catches a pale line and pale tick labels (negative control)', async ({
	page
}) => {
	await page.goto('/wijk/WK999902/');
	await hydrated(page);
	// Through the CSSOM, which the CSP allows (an injected <style> would be blocked).
	await page.evaluate(() => {
		document.documentElement.style.setProperty('--series-reference', '#b4bac1');
		document.documentElement.style.setProperty('--text-muted', '#8a929b');
	});
	const failures = failing(await page.evaluate(measureMarks));
	expect(failures.some((f) => /path\.reference stroke: 1\.96:1 < 3:1/.test(f))).toBe(true);
	expect(failures.some((f) => /text\. fill: 3\.15:1 < 4\.5:1/.test(f))).toBe(true);
	expect(failures.some((f) => /span\.swatch\.reference border-top-color/.test(f))).toBe(true);
});
