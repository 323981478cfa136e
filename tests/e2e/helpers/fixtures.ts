/**
 * A `test` that records what the browser does: every request of the context (pages and their
 * workers), foreign requests (aborted before they leave the machine), console errors and
 * uncaught page errors.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface NetworkLog {
	/** The origin the app is served from; everything else is foreign. */
	origin: string;
	/** Every request URL seen by context.route, context.on('request') or page.on('request'). */
	requests: string[];
	/** Requests to another origin, aborted by the route handler or seen by an event. */
	foreign: string[];
	/** URLs of WebSockets any page opened. */
	websockets: string[];
}

export interface PageProblems {
	consoleErrors: string[];
	pageErrors: string[];
}

/** data: and blob: URLs never reach the network; blob: URLs carry their creator's origin. */
export function isForeign(url: string, origin: string): boolean {
	if (url.startsWith('data:') || url.startsWith('about:')) return false;
	if (url.startsWith('blob:')) return new URL(url.slice('blob:'.length)).origin !== origin;
	return new URL(url).origin !== origin;
}

function watchPage(page: Page, log: NetworkLog, problems: PageProblems) {
	const note = (url: string) => {
		log.requests.push(url);
		if (isForeign(url, log.origin)) log.foreign.push(url);
	};
	page.on('request', (request) => note(request.url()));
	page.on('websocket', (socket) => {
		log.websockets.push(socket.url());
		note(socket.url());
	});
	page.on('console', (message) => {
		if (message.type() === 'error') problems.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
	page.on('worker', (worker) =>
		worker.on('console', (message) => {
			if (message.type() === 'error') problems.consoleErrors.push(`[worker] ${message.text()}`);
		})
	);
}

export const test = base.extend<{ network: NetworkLog; problems: PageProblems }>({
	network: async ({ context, baseURL }, use) => {
		const log: NetworkLog = {
			origin: new URL(baseURL ?? 'http://127.0.0.1:4173').origin,
			requests: [],
			foreign: [],
			websockets: []
		};
		await context.route('**/*', async (route) => {
			const url = route.request().url();
			log.requests.push(url);
			if (isForeign(url, log.origin)) {
				log.foreign.push(url);
				await route.abort('blockedbyclient');
			} else await route.continue();
		});
		// Also sees requests of dedicated workers (DuckDB runs in one).
		context.on('request', (request) => {
			const url = request.url();
			log.requests.push(url);
			if (isForeign(url, log.origin)) log.foreign.push(url);
		});
		await use(log);
	},
	// eslint-disable-next-line no-empty-pattern
	problems: async ({}, use) => {
		await use({ consoleErrors: [], pageErrors: [] });
	},
	page: async ({ page, network, problems }, use) => {
		watchPage(page, network, problems);
		await use(page);
	}
});

export { expect };

/** Waits until DuckDB has loaded the data in the browser. */
export async function engineReady(page: Page) {
	await expect(page.locator('html')).toHaveAttribute('data-engine', 'ready', { timeout: 45_000 });
}

/** The prerendered page is live once the dashboard's client-only controls have mounted. */
export async function hydrated(page: Page) {
	await expect(page.locator('input[data-area-picker]')).toBeVisible();
}

export const trendFigure = (page: Page, area: string, indicatorId: string) =>
	page.locator(`figure[data-chart="trend"][data-area="${area}"][data-indicator="${indicatorId}"]`);
