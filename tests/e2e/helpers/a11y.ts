/**
 * The accessibility checks a machine can make on the page as it is: axe-core (WCAG 2.1 A/AA) at
 * desktop and phone width, the heading outline and reflow at 320 CSS px. Used by a11y.spec.ts
 * and by the visit of every page kind in csp.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const WIDTHS = [1280, 390];

/** One line per failing node: rule, impact, target and axe's own summary of what is wrong. */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(WCAG_21_AA)
		// The app has no iframes: axe.run in the page itself, without the extra blank page the
		// default (frame-by-frame) mode opens to merge results; about twice as fast here.
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.analyze();
	return results.violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${violation.id} (${violation.impact}) ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`
		)
	);
}

/** Heading levels in document order, those hidden from assistive technology left out. */
async function headingLevels(page: Page): Promise<number[]> {
	return page
		.locator('h1, h2, h3, h4, h5, h6')
		.evaluateAll((headings) =>
			headings
				.filter((h) => !h.closest('[aria-hidden="true"]'))
				.map((h) => Number(h.tagName.slice(1)))
		);
}

export async function horizontalOverflow(page: Page) {
	return page.evaluate(() => ({
		document: document.documentElement.scrollWidth,
		body: document.body.scrollWidth
	}));
}

/** axe at both widths, the heading outline and reflow, on the page as it is now. */
export async function checkPage(page: Page, label: string, widths: readonly number[] = WIDTHS) {
	await test.step(`${label}: axe finds no WCAG 2.1 A/AA violation at ${widths.join(' and ')} px`, async () => {
		for (const width of widths) {
			await page.setViewportSize({ width, height: 900 });
			expect(await axeViolations(page), `${label} at ${width} px`).toEqual([]);
		}
	});

	await test.step(`${label}: one h1, first, and headings never skip a level`, async () => {
		const levels = await headingLevels(page);
		expect(levels.filter((level) => level === 1)).toHaveLength(1);
		expect(levels[0]).toBe(1);
		const skips = levels.flatMap((level, i) =>
			i > 0 && level > levels[i - 1] + 1 ? [`h${levels[i - 1]} → h${level}`] : []
		);
		expect(skips).toEqual([]);
	});

	await test.step(`${label}: reflows at 320 px without horizontal scrolling`, async () => {
		await page.setViewportSize({ width: 320, height: 640 });
		const widths = await horizontalOverflow(page);
		expect(widths.document).toBeLessThanOrEqual(320);
		expect(widths.body).toBeLessThanOrEqual(320);
	});
}
