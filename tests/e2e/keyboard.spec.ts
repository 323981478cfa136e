/**
 * The main journey with the keyboard only: overview → wijk → another wijk through the picker
 * → the targets with a filter. Every element that takes focus on the way must show it.
 */
import type { Locator, Page } from '@playwright/test';
import { area } from './helpers/data';
import { engineReady, expect, hydrated, test } from './helpers/fixtures';

interface FocusState {
	tag: string;
	text: string;
	outlineStyle: string;
	outlineWidth: number;
	boxShadow: string;
	width: number;
	height: number;
}

function focusState(page: Page): Promise<FocusState | null> {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return null;
		const style = getComputedStyle(el);
		const box = el.getBoundingClientRect();
		return {
			tag: el.tagName.toLowerCase(),
			text: (el.textContent ?? '').trim().slice(0, 40),
			outlineStyle: style.outlineStyle,
			outlineWidth: parseFloat(style.outlineWidth),
			boxShadow: style.boxShadow,
			width: box.width,
			height: box.height
		};
	});
}

/** The focused element has a visible indicator: an outline (the site's 3px, or the browser's ring) or a shadow. */
async function expectVisibleFocus(page: Page) {
	const focus = await focusState(page);
	expect(focus, 'something has focus').not.toBeNull();
	const { tag, text, outlineStyle, outlineWidth, boxShadow, width, height } = focus!;
	const outlined = outlineStyle === 'auto' || (outlineStyle !== 'none' && outlineWidth >= 2);
	expect(outlined || boxShadow !== 'none', `focus on <${tag}> "${text}" is visible`).toBe(true);
	expect(width * height, `<${tag}> "${text}" has a size`).toBeGreaterThan(0);
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has focus, checking the focus indicator at every step. */
async function tabTo(page: Page, target: Locator, { backward = false, max = 120 } = {}) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press(backward ? 'Shift+Tab' : 'Tab');
		await expectVisibleFocus(page);
		if (await isFocused(target)) return;
	}
	throw new Error(`${target} was not reached in ${max} presses of Tab`);
}

/** The first Tab on a page lands on the skip link, which shows and moves focus to the content. */
async function skipToContent(page: Page) {
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Naar de inhoud' });
	await expect(skip).toBeFocused();
	await expectVisibleFocus(page);
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#main')).toBeFocused();
}

test('overview → wijk → picker → targets with a filter, by keyboard alone', async ({ page }) => {
	test.setTimeout(90_000);
	const first = area('WK999902');
	const second = area('WK999906');

	// Overview: skip the header, then Tab to a wijk's link and follow it.
	await page.goto('/');
	await engineReady(page);
	await skipToContent(page);
	const firstLink = page
		.locator(`li[data-overview-area="${first.code}"]`)
		.getByRole('link', { name: first.name, exact: true });
	await tabTo(page, firstLink);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/wijk/${first.code}/$`));
	await hydrated(page);

	// The wijk page: Tab to the picker, type, arrow to the option, Enter.
	const picker = page.locator('input[data-area-picker]');
	await tabTo(page, picker);
	await page.keyboard.type(second.name);
	const option = page.getByRole('option', { name: new RegExp(second.name) });
	await expect(option).toHaveAttribute('aria-selected', 'true');
	await expect(picker).toHaveAttribute(
		'aria-activedescendant',
		`${await option.getAttribute('id')}`
	);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/wijk/${second.code}/$`));
	await expect(page.locator('figure[data-chart="trend"]').first()).toHaveAttribute(
		'data-area',
		second.code
	);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(second.name);

	// ─── Compare (/vergelijk) ───────────────────────────────────────────────────────────
	// KEYBOARD-JOURNEY: VERGELIJK. The compare page is being built on another branch; when it
	// lands, walk it here: Tab to its link, Enter, choose two areas with the keyboard, and
	// check the visible focus on the way (tabTo does that), before going on to the targets.
	// ─────────────────────────────────────────────────────────────────────────────────────

	// Back up into the header to the targets link.
	const targetsLink = page
		.getByRole('navigation', { name: 'Hoofdmenu' })
		.getByRole('link', { name: 'Afspraken', exact: true });
	await tabTo(page, targetsLink, { backward: true });
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/afspraken\/$/);

	// Targets: skip link, Tab to the status filter, choose a status with the arrow keys.
	const rows = page.locator('[data-target]');
	const statusFilter = page.locator('select[data-target-filter="status"]');
	await expect(statusFilter).toBeVisible();
	const total = await rows.count();
	await skipToContent(page);
	await tabTo(page, statusFilter);
	await page.keyboard.press('ArrowDown');
	const status = await statusFilter.inputValue();
	expect(status).not.toBe('');
	const expected = await page.locator(`[data-target][data-target-status="${status}"]`).count();
	await expect(rows).toHaveCount(expected);
	expect(expected).toBeLessThan(total);
	await expect(page).toHaveURL(new RegExp(`[?&]status=${status}(&|#|$)`));
	await expect(page.locator('[data-targets-shown]')).toHaveAttribute(
		'data-targets-shown',
		String(expected)
	);

	// The clear button takes the filter away again, by keyboard too.
	const clear = page.getByRole('button', { name: 'Wis filters', exact: true });
	await tabTo(page, clear);
	await page.keyboard.press('Enter');
	await expect(rows).toHaveCount(total);
});
