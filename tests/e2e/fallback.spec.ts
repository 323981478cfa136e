import { expect, test } from '@playwright/test';
import { engineReady } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const UNKNOWN = 'WK000000';

test('an unknown area ends in a visible not-found message once the engine is ready', async ({
	page
}) => {
	await page.goto(`/wijk/${UNKNOWN}/`);
	await engineReady(page);
	const main = page.locator('main');
	await expect(main).toBeVisible();
	await expect(main).toContainText(UNKNOWN);
	await expect(main).toContainText(/niet in de geladen gegevens|niet gevonden|bestaat niet/i);
	// Not the interim "waiting for the engine" text, and no charts of some other area.
	await expect(main).not.toContainText(/zodra de rekenmodule|vooraf opgebouwd/i);
	await expect(page.locator('figure[data-chart="trend"]')).toHaveCount(0);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('an unknown area under /en/ says so in English', async ({ page }) => {
	await page.goto(`/en/wijk/${UNKNOWN}/`);
	await engineReady(page);
	const main = page.locator('main');
	await expect(main).toContainText(UNKNOWN);
	await expect(main).toContainText(/not in the loaded data|not found|does not exist/i);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
