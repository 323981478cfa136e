/**
 * The Content-Security-Policy (svelte.config.js, kit.csp): every page carries it, it is strict,
 * and nothing the app does on a page violates it — first paint, DuckDB starting in its worker,
 * a chart's tooltip, a client-side navigation. The same visit checks that the page sends
 * nothing to another origin and logs no error (the privacy fixtures of helpers/fixtures.ts),
 * and, with the engine ready, axe at desktop and phone width, the heading outline and reflow
 * (helpers/a11y.ts): one load per page kind and language, since starting DuckDB is the slow
 * part of every test.
 */
import { checkPage, WIDTHS } from './helpers/a11y';
import { watchCsp } from './helpers/csp';
import { engineReady, expect, hydrated, test } from './helpers/fixtures';
import { CHECKED_LOCALES, CHECKED_PAGES, localized } from './helpers/pages';

test.describe.configure({ mode: 'parallel' });

function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((tokens) => tokens[0])
			.map(([name, ...values]) => [name, values])
	);
}

for (const locale of CHECKED_LOCALES) {
	for (const checked of CHECKED_PAGES) {
		const path = localized(checked.path, locale);
		test(`${path} (${checked.name}): a strict CSP, no violation, nothing sent elsewhere; axe, headings and reflow`, async ({
			page,
			network,
			problems
		}) => {
			const csp = await watchCsp(page);
			await page.setViewportSize({ width: WIDTHS[0], height: 900 });
			const response = await page.goto(path);
			expect(response?.status()).toBe(checked.fallback ? 404 : 200);

			const policy = await page
				.locator('meta[http-equiv="content-security-policy"]')
				.getAttribute('content');
			const policyDirectives = directives(policy ?? '');
			expect(policyDirectives.get('default-src')).toEqual(["'self'"]);
			expect(policyDirectives.get('connect-src')).toEqual(["'self'"]);
			expect(policyDirectives.get('object-src')).toEqual(["'none'"]);
			expect(policyDirectives.get('base-uri')).toEqual(["'self'"]);
			for (const name of ['script-src', 'style-src', 'style-src-attr', 'worker-src']) {
				const values = policyDirectives.get(name) ?? [];
				expect(values, name).not.toContain("'unsafe-inline'");
				expect(values, name).not.toContain("'unsafe-eval'");
				expect(values, name).not.toContain('blob:');
				expect(values, name).not.toContain('data:');
				expect(
					values.filter((v) => /^(https?:|\*)/.test(v)),
					name
				).toEqual([]);
			}

			await engineReady(page);
			if (checked.charts) await hydrated(page);
			await checkPage(page, path);
			await page.setViewportSize({ width: WIDTHS[0], height: 900 });

			if (checked.charts) {
				// A tooltip is positioned through a style: directive (the CSSOM, which CSP allows).
				const plot = page.locator('figure[data-chart="trend"] svg[role="slider"]').first();
				await plot.focus();
				await plot.press('ArrowLeft');
				await expect(page.locator('[data-tooltip]').first()).toBeVisible();
			}
			// A client-side navigation renders SvelteKit's route announcer (a style attribute).
			const otherPage = checked.path === '/' ? '/over/' : '/';
			await page
				.locator('header nav')
				.locator(`a[href="${localized(otherPage, locale)}"]`)
				.click();
			await expect(page).toHaveURL(new RegExp(`${localized(otherPage, locale)}$`));
			await expect(page.locator('#svelte-announcer')).not.toBeEmpty();

			expect(await csp.all()).toEqual([]);
			// And the page's privacy basics (the fixtures): nothing sent to another origin, no error.
			expect(network.foreign).toEqual([]);
			expect(network.websockets).toEqual([]);
			expect(problems.pageErrors).toEqual([]);
			// The fallback document itself and the missing area's snapshot answer 404, on purpose.
			const expected404 = /^Failed to load resource: the server responded with a status of 404/;
			expect(
				problems.consoleErrors.filter((text) => !(checked.fallback && expected404.test(text)))
			).toEqual([]);
		});
	}
}

test('the watcher sees what the CSP blocks (negative control)', async ({ page }) => {
	const csp = await watchCsp(page);
	await page.goto('/over/');
	await page.evaluate(async () => {
		await fetch('http://example.invalid/beacon').catch(() => {});
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true;';
		document.head.append(script);
		const div = document.createElement('div');
		div.innerHTML = '<p style="color: red">styled</p><img src="https://example.com/x.png" alt="">';
		document.body.append(div);
		new Worker(URL.createObjectURL(new Blob([''], { type: 'text/javascript' })));
	});
	await expect
		.poll(async () => (await page.evaluate(() => window.__cspViolations ?? [])).join('\n'))
		.toMatch(/connect-src blocked http:\/\/example\.invalid\/beacon/);
	const events = (await page.evaluate(() => window.__cspViolations ?? [])).join('\n');
	expect(events).toMatch(/script-src-elem blocked inline/);
	expect(events).toMatch(/style-src-attr blocked inline/);
	expect(events).toMatch(/img-src blocked https:\/\/example\.com\/x\.png/);
	expect(events).toMatch(/worker-src blocked blob/);
	expect(csp.console.some((text) => text.includes('example.invalid'))).toBe(true);
});
