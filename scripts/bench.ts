/**
 * Performance benchmark: builds the site, serves it on 127.0.0.1 and loads wijk pages in
 * headless Chromium with a cold cache, next to a baseline page done the obvious way (fetch
 * the CSVs, parse with papaparse, draw with d3; scripts/bench-baseline/). Writes
 * BENCHMARKS.md and the raw results to bench-results/.
 *
 *   tsx scripts/bench.ts [--no-build] [--dir bench-results/site] [--runs 5]
 *                        [--codes WK999902,WK999905] [--only offline|import|targets|switch|national]
 *
 * The site is built into bench-results/site (BUILD_DIR), not build/, because the end-to-end
 * tests rebuild build/ without precompressed files and may do so while the benchmark runs.
 * --no-build measures what is already in --dir (e.g. `--no-build --dir build`).
 * --only offline measures only the repeat visit offline (service worker), --only import only
 * the import of a 100 MB long-form file and the largest real CBS file (scripts/bench-import.ts),
 * --only switch only the wijk and indicator switches (one page load per run and wijk, no
 * baseline; e.g. to compare two builds: `--only switch --no-build --dir <build> --runs 2`);
 * each prints its figures, leaving BENCHMARKS.md as it is.
 * --only targets measures only /afspraken/ on the national dataset with 1,000 targets
 * (scripts/bench-targets.ts) and replaces that section of BENCHMARKS.md, leaving the rest;
 * --only national the views on the national dataset served partitioned (scripts/bench-national.ts),
 * likewise. The full run includes both.
 */
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';
import { IMPORT_TARGETS, importTable, runImportBench, type ImportRun } from './bench-import.ts';
import { KB, kb, mb, ms, stats, table, verdict, type Row, type Stats } from './bench-stats.ts';
import { heap, KINDS, sumByKind, transferOf, type Kind, type Transfer } from './bench-page.ts';
import {
	runTargetsBench,
	targetsSection,
	targetsSummary,
	TARGETS_OVERVIEW_MS,
	type TargetsBench
} from './bench-targets.ts';
import { startStaticServer } from './serve-static.ts';
import { staticImportSpecifiers } from './static-imports.ts';
import {
	NATIONAL_TARGETS,
	nationalSection,
	runNationalBench,
	type NationalBench
} from './bench-national.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BASELINE_DIR = 'bench-baseline';
const RESULTS_DIR = join(ROOT, 'bench-results');
const REPORT = join(ROOT, 'BENCHMARKS.md');
/** The site built with the national dataset (scripts/bench-national.ts). */
const NATIONAL_SITE = join(ROOT, 'bench-results', 'site-national');
const WIJK_SWITCHES = 10;
const FILTER_TERMS = ['gas', 'woz', '', 'gas', 'woz', ''];

const TARGETS = {
	firstChartMs: 150,
	firstChartRatio: 0.4,
	engineReadyMs: 2000,
	switchMs: 30,
	jsBeforeFirstChartBytes: 150 * KB,
	offlineFirstChartMs: 150
};

// ---------------------------------------------------------------------------------------
// In-page probe. A string, not a function, so that nothing the TypeScript transform adds
// to functions can break it in the browser. It times everything with performance.now(),
// whose zero is the navigation start.

const PROBE = String.raw`(() => {
	const CHART = 'figure[data-chart="trend"] svg path.area[d^="M"]';
	const bench = { engine: {}, fcp: null, lcp: null, firstChartPresent: null,
		firstChartPainted: null, firstChartInViewport: null, hydrated: null, baselineReady: null };
	window.__bench = bench;

	// rAF runs just before a frame is rendered; a message posted from it is handled right
	// after that frame, so its time is when the frame's content was handed to the compositor.
	const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => resolve(performance.now());
		channel.port2.postMessage(null);
	}));
	bench.afterPaint = afterPaint;

	const check = () => {
		const now = performance.now();
		if (bench.firstChartPresent === null) {
			const path = document.querySelector(CHART);
			if (path) {
				bench.firstChartPresent = now;
				afterPaint().then((t) => {
					bench.firstChartPainted = t;
					bench.firstChartInViewport = path.getBoundingClientRect().top < innerHeight;
				});
			}
		}
		if (bench.hydrated === null && document.querySelector('input[data-area-picker]')) {
			bench.hydrated = now;
		}
		const html = document.documentElement;
		const engine = html && html.dataset.engine;
		if (engine && !(engine in bench.engine)) bench.engine[engine] = now;
		if (html && html.dataset.baseline === 'ready' && bench.baselineReady === null) {
			bench.baselineReady = now;
		}
	};
	new MutationObserver(check).observe(document, {
		childList: true, subtree: true, attributes: true, attributeFilter: ['data-engine', 'data-baseline', 'd']
	});
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
		}
	}).observe({ type: 'paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) bench.lcp = entry.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });

	const figures = () => document.querySelectorAll('figure[data-chart="trend"]');

	// Every message to and from a worker, so that a wijk switch can be split into the time
	// spent waiting on DuckDB and the rest (load function, rendering).
	const traffic = [];
	const NativeWorker = window.Worker;
	if (NativeWorker) {
		window.Worker = class extends NativeWorker {
			constructor(...args) {
				super(...args);
				this.addEventListener('message', () => traffic.push(['in', performance.now()]));
			}
			postMessage(...args) {
				traffic.push(['out', performance.now()]);
				return super.postMessage(...args);
			}
		};
	}
	const engineTime = (from, to) => {
		const span = traffic.filter(([, t]) => t >= from && t <= to);
		const out = span.filter(([direction]) => direction === 'out');
		const replies = span.filter(([direction]) => direction === 'in');
		if (out.length === 0 || replies.length === 0) return { engine: 0, messages: 0 };
		return { engine: replies[replies.length - 1][1] - out[0][1], messages: out.length };
	};

	// Wijk switch: armed before Enter is pressed; the clock starts at the keydown itself.
	bench.armAreaSwitch = (code) => {
		let start = null;
		const onKey = (event) => {
			if (event.key === 'Enter' && start === null) start = performance.now();
		};
		addEventListener('keydown', onKey, { capture: true });
		const updated = () => {
			const all = figures();
			return start !== null && all.length > 0 && [...all].every((f) => f.dataset.area === code);
		};
		bench.areaSwitch = new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				observer.disconnect();
				reject(new Error('wijk switch to ' + code + ' timed out'));
			}, 10000);
			const observer = new MutationObserver(() => {
				if (!updated()) return;
				const at = performance.now();
				observer.disconnect();
				clearTimeout(timer);
				removeEventListener('keydown', onKey, { capture: true });
				afterPaint().then((painted) =>
					resolve({
						updated: at - start,
						painted: painted - start,
						charts: figures().length,
						...engineTime(start, at)
					})
				);
			});
			observer.observe(document.body, {
				childList: true, subtree: true, attributes: true, attributeFilter: ['data-area']
			});
		});
		bench.areaSwitch.catch(() => {});
	};

	// Indicator filter: the grid is done when the DOM has been quiet for 300 ms; the time is
	// that of the last mutation, and of the first paint after it.
	bench.filter = (term) => new Promise((resolve) => {
		const input = document.querySelector('input[data-indicator-filter]');
		let last = null;
		let painted = null;
		let seq = 0;
		const observer = new MutationObserver(() => {
			last = performance.now();
			const mine = ++seq;
			afterPaint().then((t) => { if (mine === seq) painted = t; });
		});
		observer.observe(document.querySelector('main') || document.body, {
			childList: true, subtree: true, attributes: true, characterData: true
		});
		input.value = term;
		const start = performance.now();
		input.dispatchEvent(new Event('input', { bubbles: true }));
		const poll = () => {
			const now = performance.now();
			const quiet = now - (last === null ? start : last) > 300;
			if (quiet && (last === null || painted !== null)) {
				observer.disconnect();
				resolve({
					updated: last === null ? 0 : last - start,
					painted: painted === null ? 0 : painted - start,
					charts: figures().length,
					...engineTime(start, last === null ? start : last)
				});
			} else setTimeout(poll, 50);
		};
		setTimeout(poll, 50);
	});
})();`;

// ---------------------------------------------------------------------------------------
// Types

interface PageRun {
	page: 'app' | 'baseline';
	code: string;
	fcp: number | null;
	lcp: number | null;
	firstChartPresent: number;
	firstChartPainted: number;
	firstChart: number;
	firstChartInViewport: boolean | null;
	hydrated: number | null;
	engineLoading: number | null;
	engineReady: number | null;
	allChartsDrawn: number | null;
	charts: number;
	heapUsed: number;
	heapUsedAfterGc: number;
	bytesBeforeFirstChart: Record<Kind, number>;
	bytesTotal: Record<Kind, number>;
	wasmRequestStart: number | null;
	navigation: Record<'responseStart' | 'responseEnd' | 'domInteractive' | 'load', number>;
	transfers: Transfer[];
	wijkSwitches: SwitchTiming[];
	filterSwitches: SwitchTiming[];
}

interface SwitchTiming {
	to: string;
	updated: number;
	painted: number;
	charts: number;
	/** From the first message to DuckDB's worker to its last reply, and how many were sent. */
	engine: number;
	messages: number;
}

interface ProbeState {
	engine: Record<string, number>;
	fcp: number | null;
	lcp: number | null;
	firstChartPresent: number | null;
	firstChartPainted: number | null;
	firstChartInViewport: boolean | null;
	hydrated: number | null;
	baselineReady: number | null;
}

interface StaticJs {
	files: { path: string; raw: number; br: number; gz: number }[];
	inlineRaw: number;
	inlineBr: number;
	totalBr: number;
	totalGz: number;
	wasmFiles: { path: string; raw: number; br: number }[];
	lazyJsBr: number;
}

// ---------------------------------------------------------------------------------------
// Build, baseline and server

function buildSite(dir: string): void {
	console.log(`npm run build → ${dir} …`);
	const result = spawnSync('npm', ['run', 'build'], {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, BUILD_DIR: dir }
	});
	if (result.status !== 0) throw new Error(`npm run build failed (${result.status})`);
}

/** A build without its .br files would be measured uncompressed; refuse it. */
async function checkBuild(dir: string, code: string): Promise<void> {
	const page = join(dir, 'wijk', code, 'index.html');
	if (!(await sizeOf(page))) throw new Error(`${page} is missing: build first`);
	if (!(await sizeOf(`${page}.br`))) {
		throw new Error(`${page}.br is missing: run scripts/precompress.ts on ${dir}`);
	}
}

/** Same compression as scripts/precompress.ts, so the baseline is served like the site. */
async function precompress(path: string): Promise<void> {
	const content = await readFile(path);
	const quality = content.length > 64_000 ? 9 : 11;
	await writeFile(
		`${path}.br`,
		brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } })
	);
	await writeFile(`${path}.gz`, gzipSync(content, { level: 9 }));
}

async function installBaseline(dir: string): Promise<void> {
	const target = join(dir, BASELINE_DIR);
	await rm(target, { recursive: true, force: true });
	await mkdir(join(target, 'data'), { recursive: true });
	const copies: [string, string][] = [
		['scripts/bench-baseline/index.html', 'index.html'],
		['scripts/bench-baseline/main.js', 'main.js'],
		['node_modules/papaparse/papaparse.min.js', 'papaparse.min.js'],
		['node_modules/d3/dist/d3.min.js', 'd3.min.js'],
		['data/observations.csv', 'data/observations.csv'],
		['data/indicators.csv', 'data/indicators.csv'],
		['data/areas.csv', 'data/areas.csv']
	];
	for (const [from, to] of copies) {
		await cp(join(ROOT, from), join(target, to));
		await precompress(join(target, to));
	}
}

async function* walk(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(path);
		else yield path;
	}
}

async function sizeOf(path: string): Promise<number> {
	try {
		return (await stat(path)).size;
	} catch {
		return 0;
	}
}

function attribute(tag: string, name: string): string | undefined {
	return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The JavaScript a prerendered page asks for before any of it runs, from its HTML. */
function eagerScripts(html: string): { urls: string[]; inline: string[] } {
	const urls = new Set<string>();
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const href = attribute(tag, 'href');
		if (attribute(tag, 'rel') === 'modulepreload' && href) urls.add(href);
	}
	const inline: string[] = [];
	for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = attribute(attrs, 'src');
		const type = attribute(attrs, 'type');
		if (src) urls.add(src);
		else if (!type || type === 'module' || type === 'text/javascript') {
			inline.push(body);
			for (const [, url] of body.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) urls.add(url);
		}
	}
	return { urls: [...urls], inline };
}

/**
 * Those scripts and every module they import statically: what runs before the page hydrates,
 * whether the HTML names it (modulepreload) or the browser finds it by following the imports.
 */
async function withStaticImports(dir: string, entries: string[]): Promise<string[]> {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (seen.has(url) || !url.endsWith('.js')) continue;
		seen.add(url);
		const code = await readFile(join(dir, new URL(url, 'http://x/').pathname), 'utf8');
		for (const target of staticImportSpecifiers(code))
			queue.push(new URL(target, new URL(url, 'http://x/')).pathname);
	}
	return [...seen];
}

async function inspectBuild(dir: string, code: string): Promise<StaticJs> {
	const html = await readFile(join(dir, 'wijk', code, 'index.html'), 'utf8');
	const eager = eagerScripts(html);
	const { inline } = eager;
	const urls = await withStaticImports(dir, eager.urls);
	const files = [];
	for (const url of urls) {
		const path = join(dir, new URL(url, 'http://x/').pathname);
		files.push({
			path: url,
			raw: await sizeOf(path),
			br: await sizeOf(`${path}.br`),
			gz: await sizeOf(`${path}.gz`)
		});
	}
	const inlineText = inline.join('\n');
	const inlineBr = inlineText ? brotliCompressSync(Buffer.from(inlineText)).length : 0;
	const wasmFiles = [];
	let allJsBr = 0;
	for await (const path of walk(dir)) {
		if (path.includes(`/${BASELINE_DIR}/`)) continue;
		if (path.endsWith('.wasm')) {
			wasmFiles.push({
				path: path.slice(dir.length),
				raw: await sizeOf(path),
				br: await sizeOf(`${path}.br`)
			});
		}
		if (extname(path) === '.js') allJsBr += await sizeOf(`${path}.br`);
	}
	const eagerBr = files.reduce((sum, f) => sum + f.br, 0);
	return {
		files,
		inlineRaw: Buffer.byteLength(inlineText),
		inlineBr,
		totalBr: eagerBr + inlineBr,
		totalGz: files.reduce((sum, f) => sum + f.gz, 0) + inlineBr,
		wasmFiles,
		lazyJsBr: allJsBr - eagerBr
	};
}

// ---------------------------------------------------------------------------------------
// One cold page load

async function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath,
		args: [...chromiumArgs, '--enable-precise-memory-info']
	});
}

async function openPage(
	browser: Browser
): Promise<{ page: Page; requests: Request[]; errors: string[] }> {
	const context = await browser.newContext({
		// The probe is evaluated from strings, which the site's CSP (no unsafe-eval) refuses.
		bypassCSP: true,
		viewport: { width: 1280, height: 900 },
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam'
	});
	await context.addInitScript({ content: PROBE });
	const page = await context.newPage();
	const requests: Request[] = [];
	page.on('requestfinished', (request) => requests.push(request));
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return { page, requests, errors };
}

async function probe(page: Page): Promise<ProbeState> {
	return page.evaluate<ProbeState>(
		'(({ afterPaint, armAreaSwitch, filter, areaSwitch, ...state }) => state)(window.__bench)'
	);
}

async function loadPage(
	browser: Browser,
	url: string,
	isReady: string
): Promise<{
	page: Page;
	run: Omit<PageRun, 'page' | 'code' | 'wijkSwitches' | 'filterSwitches'>;
}> {
	const { page, requests, errors } = await openPage(browser);
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForFunction(isReady, null, { timeout: 30_000, polling: 20 }).catch((error) => {
		throw new Error(`${url} did not get ready: ${errors.join('; ') || error}`);
	});
	await page.waitForFunction('window.__bench.firstChartPainted !== null && window.__bench.fcp');
	// Lets responses that are still arriving (the favicon, say) be counted.
	await page.waitForLoadState('networkidle');
	const state = await probe(page);
	const { used, afterGc } = await heap(page);
	const timeOrigin = await page.evaluate<number>('performance.timeOrigin');
	const navigation = await page.evaluate<PageRun['navigation']>(
		`(({ responseStart, responseEnd, domInteractive, loadEventEnd }) =>
			({ responseStart, responseEnd, domInteractive, load: loadEventEnd })
		)(performance.getEntriesByType('navigation')[0])`
	);
	const transfers = (await Promise.all(requests.map((r) => transferOf(r, timeOrigin)))).filter(
		(t): t is Transfer => t !== null
	);
	const firstChart = Math.max(state.firstChartPainted ?? 0, state.fcp ?? 0);
	const charts = await page.locator('figure[data-chart="trend"]').count();
	return {
		page,
		run: {
			fcp: state.fcp,
			lcp: state.lcp,
			firstChartPresent: state.firstChartPresent ?? NaN,
			firstChartPainted: state.firstChartPainted ?? NaN,
			firstChart,
			firstChartInViewport: state.firstChartInViewport,
			hydrated: state.hydrated,
			engineLoading: state.engine.loading ?? null,
			engineReady: state.engine.ready ?? null,
			allChartsDrawn: state.baselineReady,
			charts,
			heapUsed: used,
			heapUsedAfterGc: afterGc,
			bytesBeforeFirstChart: sumByKind(transfers.filter((t) => t.end <= firstChart)),
			bytesTotal: sumByKind(transfers),
			wasmRequestStart: transfers.find((t) => t.kind === 'wasm')?.start ?? null,
			navigation,
			transfers
		}
	};
}

// ---------------------------------------------------------------------------------------
// Interactions, timed inside the page

async function switchWijk(page: Page, code: string, name: string): Promise<SwitchTiming> {
	const picker = page.locator('input[data-area-picker]');
	await picker.fill(name);
	const active = page.locator('[role="option"][aria-selected="true"]');
	const activeId = (await active.getAttribute('id')) ?? '';
	if (!activeId.endsWith(code)) throw new Error(`picker highlights ${activeId}, not ${code}`);
	await page.evaluate(`window.__bench.armAreaSwitch(${JSON.stringify(code)})`);
	await picker.press('Enter');
	const result = await page.evaluate<Omit<SwitchTiming, 'to'>>('window.__bench.areaSwitch');
	return { to: code, ...result };
}

async function switchIndicator(page: Page, term: string): Promise<SwitchTiming> {
	const result = await page.evaluate<Omit<SwitchTiming, 'to'>>(
		`window.__bench.filter(${JSON.stringify(term)})`
	);
	return { to: term, ...result };
}

async function runApp(
	browser: Browser,
	origin: string,
	code: string,
	other: { code: string; name: string },
	home: { code: string; name: string }
): Promise<PageRun> {
	try {
		const { page, run } = await loadPage(
			browser,
			`${origin}/wijk/${code}/`,
			`document.documentElement.dataset.engine === 'ready' ||
				document.documentElement.dataset.engine === 'error'`
		);
		if (run.engineReady === null) throw new Error(`engine did not start on ${code}`);
		const filterSwitches = [];
		for (const term of FILTER_TERMS) filterSwitches.push(await switchIndicator(page, term));
		const wijkSwitches = [];
		for (let i = 0; i < WIJK_SWITCHES; i++) {
			const to = i % 2 === 0 ? other : home;
			wijkSwitches.push(await switchWijk(page, to.code, to.name));
		}
		return { page: 'app', code, ...run, wijkSwitches, filterSwitches };
	} finally {
		await closeContexts(browser);
	}
}

/** Each load gets a fresh context: an empty HTTP cache, no storage, no service worker. */
async function closeContexts(browser: Browser): Promise<void> {
	for (const context of browser.contexts()) await context.close();
}

async function runBaseline(browser: Browser, origin: string, code: string): Promise<PageRun> {
	try {
		const { run } = await loadPage(
			browser,
			`${origin}/${BASELINE_DIR}/?code=${code}`,
			`document.documentElement.dataset.baseline === 'ready' ||
				document.documentElement.dataset.baseline === 'error'`
		);
		if (run.charts === 0) throw new Error(`baseline drew no charts for ${code}`);
		return { page: 'baseline', code, ...run, wijkSwitches: [], filterSwitches: [] };
	} finally {
		await closeContexts(browser);
	}
}

// ---------------------------------------------------------------------------------------
// Statistics and report

async function machine(browser: string): Promise<Record<string, string>> {
	const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
	const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
	return {
		Date: new Date().toUTCString(),
		CPU: `${model.trim()} (${os.cpus().length} cores)`,
		RAM: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
		OS: `${os.type()} ${os.release()} ${os.arch()}`,
		Node: process.version,
		Chromium: `${browser} (headless, ${chromiumPath})`
	};
}

interface Summary {
	appFirstChart: Stats;
	baseFirstChart: Stats;
	ratio: number;
	engineReady: Stats;
	wijkSwitch: Stats;
	wijkSwitchFirst: Stats;
	filterSwitch: Stats;
	jsBeforeFirstChart: number;
	wasmOk: boolean;
	wasmAfterFirstChart: boolean;
}

function summarize(app: PageRun[], baseline: PageRun[], build: StaticJs): Summary {
	const appFirstChart = stats(app.map((r) => r.firstChart));
	const baseFirstChart = stats(baseline.map((r) => r.firstChart));
	const networkJs = stats(app.map((r) => r.bytesBeforeFirstChart.js));
	return {
		appFirstChart,
		baseFirstChart,
		ratio: appFirstChart.median / baseFirstChart.median,
		engineReady: stats(app.map((r) => r.engineReady ?? NaN)),
		wijkSwitch: stats(app.flatMap((r) => r.wijkSwitches.map((s) => s.painted))),
		wijkSwitchFirst: stats(app.map((r) => r.wijkSwitches[0]?.painted ?? NaN)),
		filterSwitch: stats(app.flatMap((r) => r.filterSwitches.map((s) => s.painted))),
		// The larger of what the HTML asks for and what the network delivered in time.
		jsBeforeFirstChart: Math.max(build.totalBr, networkJs.max),
		wasmOk: build.wasmFiles.length === 1 && /duckdb-eh\b/.test(build.wasmFiles[0].path),
		wasmAfterFirstChart: app.every(
			(r) => r.wasmRequestStart !== null && r.wasmRequestStart > r.firstChart
		)
	};
}

function bytesTable(app: PageRun[], baseline: PageRun[]): string {
	const median = (runs: PageRun[], pick: (r: PageRun) => number) => stats(runs.map(pick)).median;
	const lines = [
		'| Kind | App before first chart | App total | Baseline before first chart | Baseline total |'
	];
	lines.push('|---|--:|--:|--:|--:|');
	for (const kind of [...KINDS, 'total'] as const) {
		const pick = (bytes: Record<Kind, number>) =>
			kind === 'total' ? KINDS.reduce((sum, k) => sum + bytes[k], 0) : bytes[kind];
		const cells = [
			median(app, (r) => pick(r.bytesBeforeFirstChart)),
			median(app, (r) => pick(r.bytesTotal)),
			median(baseline, (r) => pick(r.bytesBeforeFirstChart)),
			median(baseline, (r) => pick(r.bytesTotal))
		].map((v) => (v >= 1e6 ? mb(v) : kb(v)));
		lines.push(`| ${kind === 'total' ? '**total**' : kind} | ${cells.join(' | ')} |`);
	}
	return lines.join('\n');
}

function perCodeTable(app: PageRun[], baseline: PageRun[], codes: string[]): string {
	const lines = [
		'| Wijk | App first chart (median) | Baseline first chart (median) | Ratio | Engine ready (median) |',
		'|---|--:|--:|--:|--:|'
	];
	for (const code of codes) {
		const a = stats(app.filter((r) => r.code === code).map((r) => r.firstChart)).median;
		const b = stats(baseline.filter((r) => r.code === code).map((r) => r.firstChart)).median;
		const e = stats(app.filter((r) => r.code === code).map((r) => r.engineReady ?? NaN)).median;
		lines.push(`| ${code} | ${ms(a)} | ${ms(b)} | ${(a / b).toFixed(2)}× | ${ms(e)} |`);
	}
	return lines.join('\n');
}

function mainTable(s: Summary, app: PageRun[], baseline: PageRun[]): string {
	const stat = (runs: PageRun[], pick: (r: PageRun) => number | null) =>
		stats(runs.map((r) => pick(r) ?? NaN));
	const rows: Row[] = [
		{
			metric: 'First chart visible (app)',
			s: s.appFirstChart,
			format: ms,
			target: `≤ ${TARGETS.firstChartMs} ms`,
			pass: s.appFirstChart.median <= TARGETS.firstChartMs
		},
		{ metric: 'First chart visible (baseline)', s: s.baseFirstChart, format: ms },
		{
			metric: 'Engine ready (app)',
			s: s.engineReady,
			format: ms,
			target: `≤ ${TARGETS.engineReadyMs} ms`,
			pass: s.engineReady.median <= TARGETS.engineReadyMs
		},
		{
			metric: 'All charts drawn (baseline)',
			s: stat(baseline, (r) => r.allChartsDrawn),
			format: ms
		},
		{
			metric: 'JS heap after load (app, main thread)',
			s: stat(app, (r) => r.heapUsed),
			format: mb
		},
		{ metric: '↳ after forced GC (app)', s: stat(app, (r) => r.heapUsedAfterGc), format: mb },
		{ metric: 'JS heap after load (baseline)', s: stat(baseline, (r) => r.heapUsed), format: mb },
		{
			metric: '↳ after forced GC (baseline)',
			s: stat(baseline, (r) => r.heapUsedAfterGc),
			format: mb
		}
	];
	return table(rows);
}

function transferTime(run: PageRun, match: (t: Transfer) => boolean, edge: 'start' | 'end') {
	const times = run.transfers.filter(match).map((t) => t[edge]);
	return times.length ? Math.max(...times) : NaN;
}

/** When each step of a load happens, to show where the time goes. */
function timelineTable(runs: PageRun[], isApp: boolean): string {
	const stat = (pick: (r: PageRun) => number | null) => stats(runs.map((r) => pick(r) ?? NaN));
	const csv = (t: Transfer) => t.url.endsWith('.csv');
	const rows: Row[] = [
		{ metric: 'HTML received', s: stat((r) => r.navigation.responseEnd), format: ms },
		{ metric: 'Trend chart in the DOM', s: stat((r) => r.firstChartPresent), format: ms },
		{
			metric: 'HTML parsed (domInteractive)',
			s: stat((r) => r.navigation.domInteractive),
			format: ms
		},
		{ metric: 'first-contentful-paint', s: stat((r) => r.fcp), format: ms },
		{ metric: 'First chart visible', s: stat((r) => r.firstChart), format: ms },
		{ metric: 'load event', s: stat((r) => r.navigation.load), format: ms }
	];
	if (isApp) {
		rows.push(
			{ metric: 'Hydrated (picker rendered)', s: stat((r) => r.hydrated), format: ms },
			{ metric: 'Engine loading starts', s: stat((r) => r.engineLoading), format: ms },
			{
				metric: 'DuckDB worker script received',
				s: stat((r) => transferTime(r, (t) => t.url.includes('worker'), 'end')),
				format: ms
			},
			{
				metric: 'wasm requested',
				s: stat((r) => transferTime(r, (t) => t.kind === 'wasm', 'start')),
				format: ms
			},
			{
				metric: 'wasm received',
				s: stat((r) => transferTime(r, (t) => t.kind === 'wasm', 'end')),
				format: ms
			},
			{ metric: 'CSVs requested', s: stat((r) => transferTime(r, csv, 'start')), format: ms },
			{ metric: 'CSVs received', s: stat((r) => transferTime(r, csv, 'end')), format: ms },
			{ metric: 'Engine ready', s: stat((r) => r.engineReady), format: ms }
		);
	} else {
		rows.push(
			{ metric: 'CSVs received', s: stat((r) => transferTime(r, csv, 'end')), format: ms },
			{ metric: 'All charts drawn', s: stat((r) => r.allChartsDrawn), format: ms }
		);
	}
	return table(rows);
}

function switchTable(
	s: Pick<Summary, 'wijkSwitch' | 'wijkSwitchFirst' | 'filterSwitch'>,
	app: PageRun[]
): string {
	const updated = (pick: (r: PageRun) => SwitchTiming[]) =>
		stats(app.flatMap((r) => pick(r).map((t) => t.updated)));
	const rows: Row[] = [
		{
			metric: 'Wijk switch, Enter → charts updated and painted',
			s: s.wijkSwitch,
			format: ms,
			target: `≤ ${TARGETS.switchMs} ms`,
			pass: s.wijkSwitch.median <= TARGETS.switchMs
		},
		{ metric: '↳ DOM updated (before paint)', s: updated((r) => r.wijkSwitches), format: ms },
		{
			metric: '↳ waiting on DuckDB (first query → last reply)',
			s: stats(app.flatMap((r) => r.wijkSwitches.map((t) => t.engine))),
			format: ms
		},
		{
			metric: '↳ messages to the DuckDB worker',
			s: stats(app.flatMap((r) => r.wijkSwitches.map((t) => t.messages))),
			format: String
		},
		{ metric: '↳ first switch of each run only', s: s.wijkSwitchFirst, format: ms },
		{
			metric: 'Indicator filter, input → grid updated and painted',
			s: s.filterSwitch,
			format: ms,
			target: `≤ ${TARGETS.switchMs} ms`,
			pass: s.filterSwitch.median <= TARGETS.switchMs
		},
		{ metric: '↳ DOM updated (before paint)', s: updated((r) => r.filterSwitches), format: ms }
	];
	return table(rows, true);
}

function staticJsTable(build: StaticJs): string {
	const lines = ['| File | Raw | Brotli | Gzip |', '|---|--:|--:|--:|'];
	for (const f of build.files)
		lines.push(`| \`${f.path}\` | ${kb(f.raw)} | ${kb(f.br)} | ${kb(f.gz)} |`);
	lines.push(
		`| inline \`<script>\` (inside the HTML) | ${kb(build.inlineRaw)} | ${kb(build.inlineBr)} | |`
	);
	lines.push(`| **total** | | **${kb(build.totalBr)}** | ${kb(build.totalGz)} |`);
	return lines.join('\n');
}

/** The medians that explain the results, in sentences. */
function observations(app: PageRun[], baseline: PageRun[]): string {
	const med = (pick: (r: PageRun) => number | null, runs = app) =>
		ms(stats(runs.map((r) => pick(r) ?? NaN)).median);
	const at = (match: (t: Transfer) => boolean, edge: 'start' | 'end') => (r: PageRun) =>
		transferTime(r, match, edge);
	const csv = (t: Transfer) => t.url.endsWith('.csv');
	const wasm = (t: Transfer) => t.kind === 'wasm';
	const switches = app.flatMap((r) => r.wijkSwitches);
	const sw = (pick: (t: SwitchTiming) => number) => stats(switches.map(pick)).median;
	return [
		`- **First chart (app):** the HTML (${kb(stats(app.map((r) => r.bytesTotal.html)).median)}` +
			` compressed) has arrived at ${med((r) => r.navigation.responseEnd)} and the first trend` +
			` chart is in the DOM at ${med((r) => r.firstChartPresent)}, but the first frame comes at` +
			` ${med((r) => r.fcp)} (FCP); parsing ends at ${med((r) => r.navigation.domInteractive)}.`,
		`- **First chart (baseline):** HTML parsed at` +
			` ${med((r) => r.navigation.domInteractive, baseline)}, CSVs received at` +
			` ${med(at(csv, 'end'), baseline)}, all charts drawn at` +
			` ${med((r) => r.allChartsDrawn, baseline)}, painted at ${med((r) => r.firstChart, baseline)}.`,
		`- **Engine:** loading starts at ${med((r) => r.engineLoading)}, after hydration` +
			` (${med((r) => r.hydrated)}); the wasm is requested at ${med(at(wasm, 'start'))} and` +
			` received at ${med(at(wasm, 'end'))}; the CSVs are requested at ${med(at(csv, 'start'))}` +
			` and received at ${med(at(csv, 'end'))}; ready at ${med((r) => r.engineReady)}.`,
		`- **Wijk switch:** median ${ms(sw((t) => t.painted))} from Enter to the painted frame;` +
			` the DOM is updated after ${ms(sw((t) => t.updated))}, of which` +
			` ${ms(sw((t) => t.engine))} is spent waiting on DuckDB (${sw((t) => t.messages)}` +
			` messages to its worker).`
	].join('\n');
}

interface TargetRow {
	target: string;
	measured: string;
	pass: boolean;
}

function targetRows(s: Summary, build: StaticJs, targets: TargetsBench | null): TargetRow[] {
	const wasm = build.wasmFiles.map((w) => `\`${w.path}\` (${mb(w.raw)}, ${mb(w.br)} brotli)`);
	return [
		{
			target: `First chart ≤ ${TARGETS.firstChartMs} ms`,
			measured: `${ms(s.appFirstChart.median)} (median)`,
			pass: s.appFirstChart.median <= TARGETS.firstChartMs
		},
		{
			target: `First chart ≤ ${TARGETS.firstChartRatio}× the baseline page`,
			measured: `${s.ratio.toFixed(2)}× (${ms(s.appFirstChart.median)} / ${ms(s.baseFirstChart.median)})`,
			pass: s.ratio <= TARGETS.firstChartRatio
		},
		{
			target: `Engine ready ≤ ${TARGETS.engineReadyMs} ms`,
			measured: `${ms(s.engineReady.median)} (median)`,
			pass: s.engineReady.median <= TARGETS.engineReadyMs
		},
		{
			target: `Wijk switch ≤ ${TARGETS.switchMs} ms`,
			measured: `${ms(s.wijkSwitch.median)} (median), ${ms(s.wijkSwitch.p95)} (p95)`,
			pass: s.wijkSwitch.median <= TARGETS.switchMs
		},
		{
			target: `Indicator switch ≤ ${TARGETS.switchMs} ms`,
			measured: `${ms(s.filterSwitch.median)} (median), ${ms(s.filterSwitch.p95)} (p95)`,
			pass: s.filterSwitch.median <= TARGETS.switchMs
		},
		{
			target: `≤ ${kb(TARGETS.jsBeforeFirstChartBytes)} compressed JS before the first chart`,
			measured: kb(s.jsBeforeFirstChart),
			pass: s.jsBeforeFirstChart <= TARGETS.jsBeforeFirstChartBytes
		},
		{
			target: 'Only the `eh` wasm is shipped',
			measured: wasm.join(', ') || 'none',
			pass: s.wasmOk
		},
		{
			target: 'The wasm loads after the first chart',
			measured: s.wasmAfterFirstChart
				? 'requested after the first chart in every run'
				: 'requested before the first chart in some run',
			pass: s.wasmAfterFirstChart
		},
		...(targets ? [targetsTargetRow(targets)] : [])
	];
}

function targetsTargetRow(bench: TargetsBench): TargetRow {
	const { rendered, pass } = targetsSummary(bench);
	return {
		target: `/afspraken with ${bench.targets} targets ≤ ${TARGETS_OVERVIEW_MS} ms after engine ready`,
		measured: `${ms(rendered.median)} (median)`,
		pass
	};
}

/**
 * Puts `section` (a Markdown `## ` heading and its body) into the report in place of the
 * section with the same heading, or at the end when there is none.
 */
async function replaceSection(path: string, section: string): Promise<void> {
	const current = await readFile(path, 'utf8').catch(() => '');
	const heading = section.slice(0, section.indexOf('\n'));
	const start = current.indexOf(`${heading}\n`);
	if (start < 0) {
		await writeFile(path, `${current.trimEnd()}\n\n${section}`);
		return;
	}
	const next = current.indexOf('\n## ', start + heading.length);
	const rest = next < 0 ? '' : current.slice(next + 1);
	await writeFile(path, `${current.slice(0, start)}${section}${rest ? `\n${rest}` : ''}`);
}

async function writeResults(name: string, results: unknown): Promise<void> {
	await mkdir(RESULTS_DIR, { recursive: true });
	const file = join(RESULTS_DIR, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
	await writeFile(file, JSON.stringify(results, null, '\t'));
	console.log(`wrote ${file.slice(ROOT.length + 1)}`);
}

function report(
	facts: Record<string, string>,
	options: { runs: number; codes: string[]; dir: string; built: boolean },
	s: Summary,
	app: PageRun[],
	baseline: PageRun[],
	build: StaticJs,
	offline: OfflineRun[],
	imports: ImportRun[],
	targetsBench: TargetsBench
): string {
	const networkJs = stats(app.map((r) => r.bytesBeforeFirstChart.js));
	const viewport = app.every((r) => r.firstChartInViewport);
	const targets = targetRows(s, build, targetsBench)
		.map((t) => `| ${t.target} | ${t.measured} | ${verdict(t.pass)} |`)
		.join('\n');
	return `# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts); do not edit by hand. Raw results are in
\`bench-results/\`.

${Object.entries(facts)
	.map(([k, v]) => `- **${k}:** ${v}`)
	.join('\n')}
- **Runs:** ${options.runs} cold runs per page on each of ${options.codes.join(', ')}
  (${app.length} app and ${baseline.length} baseline page loads)

## Targets

| Target | Measured | Result |
|---|--:|---|
${targets}

Targets are judged on the median; 1 kB = 1000 bytes.

${observations(app, baseline)}

## Page load

${mainTable(s, app, baseline)}

Where the time goes, app (\`/wijk/<code>/\`):

${timelineTable(app, true)}

Baseline:

${timelineTable(baseline, false)}

Per wijk:

${perCodeTable(app, baseline, options.codes)}

## Interactions (after the engine is ready)

${switchTable(s, app)}

## Repeat visit offline

${offlineTable(offline)}

After a first visit (as above) the service worker (\`src/service-worker.ts\`) registers once the
engine has started and copies the site into its cache; when it controls the page, the browser
goes offline (\`context.setOffline\`) and the other wijk opens in a new tab of the same profile.
The worker registers only once the engine is ready and the browser is idle, so it cannot delay
the first chart or the engine of a first visit; the rows "First visit" measure exactly that path
(the runs above allow service workers too, as a browser does).

## Import (bring your own data)

${imports.length > 0 ? importTable(imports) : 'Not measured in this run.'}

Each run drops the files on \`/data/\` in a fresh browser context with the engine ready
(\`setInputFiles\`, as a file picker does), waits for the review, presses "add" and waits until
the data is stored and loaded; the throughput is the file's size over drop → done (the user's
reading time in the review is not counted). Long tasks are the main thread's (PerformanceObserver
\`longtask\`) between the drop and done. Papaparse alone reads the same file with
\`File.text()\` and parses it with papaparse on the main thread of the same browser. The long form
is the first 100 MB of the fictional national dataset (\`npm run data:national\`) with its
\`areas.csv\` in the same drop; the CBS file is the largest \`Kerncijfers*.csv\` in
\`../shared/realdata\` (skipped where that folder is absent).

${targetsSection(targetsBench)}
## Bytes transferred (median per page load, headers included)

${bytesTable(app, baseline)}

JavaScript the prerendered \`/wijk/${options.codes[0]}/\` asks for before any of it runs
(\`<link rel="modulepreload">\`, \`<script src>\` and the inline bootstrap's \`import()\`s), sizes
of the precompressed files in \`${options.dir}/\`. The network delivered a median of
${kb(networkJs.median)} (max ${kb(networkJs.max)}) of JavaScript before the first chart. All other
JavaScript in the build (loaded later or on other pages): ${kb(build.lazyJsBr)} brotli.

${staticJsTable(build)}

## Method

- ${options.built ? `\`npm run build\` once into \`${options.dir}/\` (\`BUILD_DIR\`), then it` : `The existing build in \`${options.dir}/\` (\`--no-build\`)`}
  is served by \`scripts/serve-static.ts\` on 127.0.0.1 (precompressed brotli, as a static
  host would). The baseline page (\`scripts/bench-baseline/\`) is copied with the three
  CSVs, papaparse and d3 into \`${options.dir}/${BASELINE_DIR}/\` and compressed the same
  way for the run, then removed. It preloads its CSVs and loads its scripts with \`defer\`.
- One Chromium process for the whole run, as a visitor's browser is already running; every
  page load gets a fresh context: cold HTTP cache, no storage, no compiled code or wasm
  cache from earlier loads. One discarded load of each page first warms the browser
  process itself (renderer start-up, system fonts). Viewport 1280×900, no CPU or network
  throttling. App and baseline loads alternate.
- An init script times everything in the page with \`performance.now()\` (0 = navigation
  start). **First chart visible** is the later of first-contentful-paint and the first
  frame rendered after a \`figure[data-chart="trend"] svg path.area\` with a path first
  exists (a \`requestAnimationFrame\` followed by a posted message): FCP alone can be a
  header without charts, and the DOM time alone ignores render-blocking CSS. The same
  detector runs on the baseline, which uses the same markers.
- **Engine ready** is when \`<html data-engine>\` becomes \`ready\`.
- **Wijk switch**: type the other wijk's name into the picker, check that it is the highlighted
  option, press Enter; timed from the Enter keydown (a capture listener) until every
  trend figure carries the new \`data-area\`, plus the next rendered frame.
  ${WIJK_SWITCHES} switches per run, alternating between the two wijken.
  **Indicator switch**: set the filter to ${FILTER_TERMS.map((t) => `'${t}'`).join(', ')}
  and dispatch \`input\`; timed until the last DOM mutation it causes (300 ms of quiet), plus
  the next rendered frame.
- **Bytes** come from Playwright's finished requests (worker requests included): response
  headers plus encoded body. "Before first chart" counts responses that ended before the
  first chart time. The first chart was inside the viewport in ${viewport ? 'every run' : 'not every run'}.
- **JS heap** is \`performance.memory.usedJSHeapSize\` of the page's main thread when loading
  has finished (engine ready, network idle), before and after a forced GC. DuckDB's worker
  and its wasm memory are not included.
`;
}

// ---------------------------------------------------------------------------------------

async function wijkNames(): Promise<Map<string, string>> {
	const csv = await readFile(join(ROOT, 'data/areas.csv'), 'utf8');
	const names = new Map<string, string>();
	for (const line of csv.split('\n').slice(1)) {
		const [code, name] = line.split(',');
		if (code && name) names.set(code, name);
	}
	return names;
}

function printSummary(s: Summary, build: StaticJs, targets: TargetsBench | null): void {
	const row = (metric: string, v: Stats, format = ms) => ({
		metric,
		median: format(v.median),
		min: format(v.min),
		max: format(v.max),
		n: v.n
	});
	console.table([
		row('first chart (app)', s.appFirstChart),
		row('first chart (baseline)', s.baseFirstChart),
		row('engine ready', s.engineReady),
		row('wijk switch', s.wijkSwitch),
		row('indicator switch', s.filterSwitch)
	]);
	console.table(
		targetRows(s, build, targets).map(({ target, measured, pass }) => ({
			target,
			measured,
			result: pass ? 'pass' : 'FAIL'
		}))
	);
}

/** One retry: a page load that times out on a busy machine should not cost the whole run. */
/** A repeat visit without network: the service worker answers (src/service-worker.ts). */
interface OfflineRun {
	code: string;
	/** The first visit, online, with the service worker allowed: first chart and engine ready. */
	firstVisit: { firstChart: number; engineReady: number | null };
	/** First visit, online: until the service worker controls the page (its cache is full). */
	controlledAfter: number;
	firstChart: number;
	engineReady: number | null;
}

/**
 * Visits /wijk/<code>/ online, waits until the service worker controls the page, goes
 * offline and opens /wijk/<other>/ in a new tab of the same browser profile, timed like a
 * first visit. The first visit itself is the normal one: the worker registers after it.
 */
async function runOfflineRepeat(
	browser: Browser,
	origin: string,
	code: string,
	other: string
): Promise<OfflineRun> {
	const { page } = await openPage(browser);
	const context = page.context();
	try {
		await page.goto(`${origin}/wijk/${code}/`, { waitUntil: 'load' });
		await page.waitForFunction('navigator.serviceWorker.controller !== null', null, {
			timeout: 120_000,
			polling: 100
		});
		const controlledAfter = await page.evaluate<number>('performance.now()');
		const first = await probe(page);
		await context.setOffline(true);
		const repeat = await context.newPage();
		await repeat.goto(`${origin}/wijk/${other}/`, { waitUntil: 'load' });
		await repeat.waitForFunction('window.__bench.firstChartPainted !== null && window.__bench.fcp');
		await repeat.waitForFunction("document.documentElement.dataset.engine === 'ready'", null, {
			timeout: 30_000,
			polling: 20
		});
		const state = await probe(repeat);
		return {
			code: other,
			firstVisit: {
				firstChart: Math.max(first.firstChartPainted ?? 0, first.fcp ?? 0),
				engineReady: first.engine.ready ?? null
			},
			controlledAfter,
			firstChart: Math.max(state.firstChartPainted ?? 0, state.fcp ?? 0),
			engineReady: state.engine.ready ?? null
		};
	} finally {
		await context.close();
	}
}

async function runOffline(
	browser: Browser,
	origin: string,
	codes: string[],
	runs: number
): Promise<OfflineRun[]> {
	const results: OfflineRun[] = [];
	for (let i = 0; i < runs; i++) {
		const [code, other] = i % 2 ? [...codes].reverse() : codes;
		const run = await attempt(`offline ${other}`, () =>
			runOfflineRepeat(browser, origin, code, other)
		);
		results.push(run);
		console.log(
			`run ${i + 1}/${runs} offline  ${other}: first chart ${ms(run.firstChart)}, engine ready ${ms(run.engineReady ?? NaN)}`
		);
	}
	return results;
}

function offlineTable(runs: OfflineRun[]): string {
	const firstChart = stats(runs.map((r) => r.firstChart));
	return table([
		{
			metric: 'Repeat visit offline: first chart visible',
			s: firstChart,
			format: ms,
			target: `≤ ${TARGETS.offlineFirstChartMs} ms`,
			pass: firstChart.median <= TARGETS.offlineFirstChartMs
		},
		{
			metric: 'Repeat visit offline: engine ready',
			s: stats(runs.map((r) => r.engineReady ?? NaN)),
			format: ms
		},
		{
			metric: 'First visit (worker registers after it): first chart visible',
			s: stats(runs.map((r) => r.firstVisit.firstChart)),
			format: ms
		},
		{
			metric: 'First visit: engine ready',
			s: stats(runs.map((r) => r.firstVisit.engineReady ?? NaN)),
			format: ms
		},
		{
			metric: 'First visit: service worker in control (cache filled)',
			s: stats(runs.map((r) => r.controlledAfter)),
			format: ms
		}
	]);
}

async function attempt<T>(label: string, run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		console.warn(`${label} failed, retrying once: ${error}`);
		return run();
	}
}

/** `--only switch`: page loads of both wijken with their switches, no baseline. */
async function runSwitches(
	browser: Browser,
	origin: string,
	codes: string[],
	names: Map<string, string>,
	runs: number
): Promise<PageRun[]> {
	const area = (code: string) => ({ code, name: names.get(code) ?? code });
	const app: PageRun[] = [];
	await attempt('warm-up app', () =>
		runApp(browser, origin, codes[0], area(codes[1]), area(codes[0]))
	);
	for (let i = 0; i < runs; i++) {
		for (const [index, code] of codes.entries()) {
			const result = await attempt(`app ${code}`, () =>
				runApp(browser, origin, code, area(codes[1 - index]), area(code))
			);
			app.push(result);
			const median = (values: number[]) => ms(stats(values).median);
			console.log(
				`run ${i + 1}/${runs} ${code}: wijk switch ${median(result.wijkSwitches.map((t) => t.painted))},` +
					` indicator switch ${median(result.filterSwitches.map((t) => t.painted))} (medians)`
			);
		}
	}
	return app;
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			'no-build': { type: 'boolean', default: false },
			dir: { type: 'string', default: 'bench-results/site' },
			runs: { type: 'string', default: '5' },
			codes: { type: 'string', default: 'WK999902,WK999905' },
			only: { type: 'string' }
		}
	});
	if (
		values.only !== undefined &&
		!['offline', 'import', 'targets', 'switch', 'national'].includes(values.only)
	)
		throw new Error('--only takes one of: offline, import, targets, switch, national');
	const runs = Math.max(1, Number.parseInt(values.runs, 10) || 5);
	const codes = values.codes.split(',');
	if (codes.length !== 2) throw new Error('--codes takes exactly two wijk codes');
	const names = await wijkNames();
	const started = performance.now();

	if (values.only === 'national') {
		const browser = await launch();
		try {
			const national = await runNationalBench(
				browser,
				ROOT,
				NATIONAL_SITE,
				runs,
				!values['no-build']
			);
			const section = nationalSection(national);
			console.log(`\n${section}`);
			await writeResults('national', { targets: NATIONAL_TARGETS, bench: national });
			await replaceSection(REPORT, section);
			console.log('replaced its section of BENCHMARKS.md, leaving the rest');
		} finally {
			await browser.close();
		}
		return;
	}
	const dir = resolve(ROOT, values.dir);
	if (!values['no-build']) buildSite(dir);
	for (const code of codes) await checkBuild(dir, code);
	const build = await inspectBuild(dir, codes[0]);
	const server = await startStaticServer({ dir, port: 0, host: '127.0.0.1' });
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	if (values.only === 'targets') {
		const browser = await launch();
		try {
			const targets = await runTargetsBench(browser, origin, ROOT, dir, runs);
			const section = targetsSection(targets);
			console.log(`\n${section}`);
			await writeResults('targets', { targets: TARGETS_OVERVIEW_MS, bench: targets });
			await replaceSection(REPORT, section);
			console.log('replaced its section of BENCHMARKS.md, leaving the rest');
		} finally {
			await browser.close();
			server.close();
		}
		return;
	}
	// A section on its own: printed and kept in bench-results/, BENCHMARKS.md left as it is.
	const sections: Record<string, (browser: Browser) => Promise<{ table: string; data: object }>> = {
		offline: async (browser) => {
			const offline = await runOffline(browser, origin, codes, runs);
			return { table: offlineTable(offline), data: { targets: TARGETS, offline } };
		},
		import: async (browser) => {
			const imports = await runImportBench(browser, origin, runs);
			return { table: importTable(imports), data: { targets: IMPORT_TARGETS, imports } };
		},
		switch: async (browser) => {
			const app = await runSwitches(browser, origin, codes, names, runs);
			const summary = {
				wijkSwitch: stats(app.flatMap((r) => r.wijkSwitches.map((t) => t.painted))),
				wijkSwitchFirst: stats(app.map((r) => r.wijkSwitches[0]?.painted ?? NaN)),
				filterSwitch: stats(app.flatMap((r) => r.filterSwitches.map((t) => t.painted)))
			};
			const switches = app.map(({ code, wijkSwitches, filterSwitches }) => ({
				code,
				wijkSwitches,
				filterSwitches
			}));
			return { table: switchTable(summary, app), data: { targets: TARGETS, summary, switches } };
		}
	};
	if (values.only !== undefined) {
		const browser = await launch();
		try {
			const { table, data } = await sections[values.only](browser);
			console.log(`\n${table}`);
			await mkdir(RESULTS_DIR, { recursive: true });
			const stamp = new Date().toISOString().replace(/[:.]/g, '-');
			const file = join(RESULTS_DIR, `${values.only}-${stamp}.json`);
			await writeFile(file, JSON.stringify(data, null, '\t'));
			console.log(`wrote ${file.slice(ROOT.length + 1)}; BENCHMARKS.md is unchanged`);
		} finally {
			await browser.close();
			server.close();
		}
		return;
	}
	await installBaseline(dir);
	const app: PageRun[] = [];
	const baseline: PageRun[] = [];
	const offline: OfflineRun[] = [];
	const imports: ImportRun[] = [];
	let targets: TargetsBench | undefined;
	let national: NationalBench | undefined;
	const loadBefore = os.loadavg()[0];
	// One browser for all loads, as a visitor's browser is already running; every load has
	// its own fresh context (cold HTTP cache). A first, discarded load of each page warms
	// the browser process itself (fonts, renderer start-up), which is no property of the site.
	const browser = await launch();
	try {
		const [warmCode, warmOther] = codes;
		const warmHome = { code: warmCode, name: names.get(warmCode) ?? warmCode };
		const warmAway = { code: warmOther, name: names.get(warmOther) ?? warmOther };
		await attempt('warm-up app', () => runApp(browser, origin, warmCode, warmAway, warmHome));
		await attempt('warm-up baseline', () => runBaseline(browser, origin, warmCode));
		for (let i = 0; i < runs; i++) {
			for (const [index, code] of codes.entries()) {
				const other = codes[1 - index];
				const home = { code, name: names.get(code) ?? code };
				const away = { code: other, name: names.get(other) ?? other };
				// Alternate which page goes first, so that neither always gets a quieter machine.
				const pair = [
					() => attempt(`app ${code}`, () => runApp(browser, origin, code, away, home)),
					() => attempt(`baseline ${code}`, () => runBaseline(browser, origin, code))
				];
				if (i % 2) pair.reverse();
				for (const run of pair) {
					const result = await run();
					(result.page === 'app' ? app : baseline).push(result);
					console.log(
						`run ${i + 1}/${runs} ${result.page.padEnd(8)} ${code}: first chart ${ms(result.firstChart)}` +
							(result.engineReady === null ? '' : `, engine ready ${ms(result.engineReady)}`)
					);
				}
			}
		}
		offline.push(...(await runOffline(browser, origin, codes, runs)));
		imports.push(...(await runImportBench(browser, origin, Math.min(runs, 3))));
		targets = await runTargetsBench(browser, origin, ROOT, dir, runs);
		national = await runNationalBench(browser, ROOT, NATIONAL_SITE, runs);
	} finally {
		await browser.close();
		server.close();
		await rm(join(dir, BASELINE_DIR), { recursive: true, force: true });
	}

	// Other work on the machine (a test run, say) shows up in every number; say how busy it was.
	const load = `${loadBefore.toFixed(2)} before the runs, ${os.loadavg()[0].toFixed(2)} after (1 min)`;
	const versionProbe = await launch();
	const facts = { ...(await machine(versionProbe.version())), 'Load average': load };
	await versionProbe.close();
	const summary = summarize(app, baseline, build);
	if (!targets) throw new Error('the targets section did not run');
	printSummary(summary, build, targets);
	const options = { runs, codes, dir: relative(ROOT, dir), built: !values['no-build'] };
	await writeFile(
		REPORT,
		report(facts, options, summary, app, baseline, build, offline, imports, targets)
	);
	if (national) await replaceSection(REPORT, nationalSection(national));
	await mkdir(RESULTS_DIR, { recursive: true });
	const file = join(RESULTS_DIR, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
	await writeFile(
		file,
		JSON.stringify(
			{
				facts,
				targets: TARGETS,
				summary,
				build,
				app,
				baseline,
				offline,
				imports,
				targetsOverview: targets
			},
			null,
			'\t'
		)
	);
	console.log(
		`wrote BENCHMARKS.md and ${file.slice(ROOT.length + 1)} in ${((performance.now() - started) / 1000).toFixed(0)} s`
	);
}

await main();
