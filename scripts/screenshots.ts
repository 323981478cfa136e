/**
 * Screenshots of the main pages at desktop and phone width, for looking at changes.
 *   tsx scripts/screenshots.ts [baseUrl] [--full] [--only name,name]
 * (serve the build first: tsx scripts/serve-static.ts)
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';

const baseUrl = process.argv[2]?.startsWith('http') ? process.argv[2] : 'http://127.0.0.1:4173';
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1].split(',')) : null;
const pages = [
	['overview', '/'],
	['wijk', '/wijk/WK999902/'],
	['wijk-en', '/en/wijk/WK999905/'],
	['gemeente', '/wijk/GM9999/'],
	['wijk-targets', '/wijk/WK999905/'],
	['afspraken', '/afspraken/'],
	['afspraken-en', '/en/afspraken/'],
	['over', '/over/'],
	['data', '/data/'],
	['toegankelijkheid', '/over/toegankelijkheid/'],
	['accessibility-en', '/en/over/toegankelijkheid/'],
	['unknown-area', '/wijk/WK000000/']
];
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const [width, label] of [
	[1280, 'desktop'],
	[390, 'phone']
] as const) {
	const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL' });
	const page = await context.newPage();
	for (const [name, path] of pages) {
		if (only && !only.has(name)) continue;
		await page.goto(baseUrl + path);
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 30_000
		});
		await page.screenshot({
			path: `tests/screenshots/${name}-${label}.png`,
			fullPage: process.argv.includes('--full')
		});
	}
	await context.close();
}
await browser.close();
console.log('screenshots in tests/screenshots/');
