/**
 * Records Content-Security-Policy violations two ways: the `securitypolicyviolation` events of
 * the document (an init script, so it runs before any of the app's code) and the console
 * messages Chromium writes for every blocked action, of the page and of its workers.
 */
import type { Page } from '@playwright/test';

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

export interface CspWatch {
	/** Console messages (page and workers) that mention the Content Security Policy. */
	console: string[];
	/** Everything seen so far: the current document's violation events and the console. */
	all(): Promise<string[]>;
}

export async function watchCsp(page: Page): Promise<CspWatch> {
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener(
			'securitypolicyviolation',
			(event) =>
				window.__cspViolations?.push(
					`${event.effectiveDirective} blocked ${event.blockedURI}` +
						` at ${event.sourceFile || event.documentURI}:${event.lineNumber}`
				),
			true
		);
	});
	const console: string[] = [];
	const note = (text: string) => {
		if (/Content Security Policy/i.test(text)) console.push(text);
	};
	page.on('console', (message) => note(message.text()));
	page.on('worker', (worker) => worker.on('console', (message) => note(message.text())));
	return {
		console,
		async all() {
			const events = await page.evaluate(() => window.__cspViolations ?? []);
			return [...events, ...console];
		}
	};
}
