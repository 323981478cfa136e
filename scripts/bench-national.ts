/**
 * Benchmark section "national" (issue 4): the views on the whole country, served partitioned.
 *
 * The site is built with the national dataset as its bundled data (`WIJKWAARDE_DATA=data/national`,
 * `npm run data:national` first if it is missing): its observations as one sorted Parquet file that
 * the browser reads by HTTP range requests, one gemeente's row groups at a time
 * (src/lib/data/partitions.ts). Measured in headless Chromium, cold cache for every page load:
 * - a wijk page's first chart, from navigation start, and the bytes transferred until then and
 *   in all (a different gemeente each run);
 * - at least 20 interactions of each kind, from input to the frame after the SVG changed: the map's
 *   indicator and year on a wijk page, adding an area (from anywhere in the country) to the
 *   comparison and sorting its ranking on /vergelijk/;
 * - the longest main-thread task while interacting, and the page's JS heap;
 * - the bytes each view transfers, cold, and two interactions that need another gemeente's rows
 *   (scripts/bench-national-views.ts).
 * The same questions answered over plain JavaScript arrays holding the whole dataset (on Node, as
 * the best case of doing it without DuckDB: columns in typed arrays, no objects per row), and by
 * DuckDB on Node over the whole dataset, so that DuckDB's share is shown, not assumed.
 */
import type { Browser, Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import {
	runViewsBench,
	viewBytes,
	viewsSection,
	type ViewBytes,
	type ViewsBench,
	type ViewsRun
} from './bench-national-views.ts';
import { heap, transferOf, type Transfer } from './bench-page.ts';
import { mb, ms, stats, table, verdict, type Stats } from './bench-stats.ts';
import { startStaticServer } from './serve-static.ts';

export const NATIONAL_TARGETS = {
	firstChartMs: 2500,
	firstChartBytes: 15e6,
	switchMedianMs: 60,
	switchP95Ms: 150,
	longTaskMs: 50,
	heapBytes: 200e6
};

const NATIONAL_DIR = 'data/national';
const INTERACTIONS = 20;
type Interaction = 'indicator' | 'year' | 'addArea' | 'sort';

export interface NationalBench {
	observations: number;
	parquetBytes: number;
	cold: {
		code: string;
		firstChart: number;
		bytesBefore: number;
		bytesTotal: number;
		bytes: ViewBytes;
	}[];
	interactions: Record<Interaction, number[]>;
	longestTask: number;
	heap: { used: number; afterGc: number };
	arrays: ArraysComparison;
	/** Before the measurements above and after them (the bytes per view come later). */
	load: [number, number];
	views: ViewsBench;
}

interface ArraysComparison {
	loadMs: number;
	heapBytes: number;
	questions: { question: string; arraysMs: number; duckdbMs: number }[];
}

/** In the page: first chart painted, long tasks, and timing an input until a condition holds. */
const PROBE = String.raw`(() => {
	const CHART = 'figure[data-chart="trend"] svg path.area[d^="M"]';
	const probe = { firstChart: null, longTasks: [] };
	window.__national = probe;
	const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => resolve(performance.now());
		channel.port2.postMessage(null);
	}));
	new MutationObserver(() => {
		if (probe.firstChart === null && document.querySelector(CHART)) {
			probe.firstChart = 0;
			afterPaint().then((t) => (probe.firstChart = t));
		}
	}).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['d'] });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
	}).observe({ type: 'longtask', buffered: true });
	probe.time = (act, done) => new Promise((resolve, reject) => {
		const started = performance.now();
		const finish = () => afterPaint().then((t) => resolve(t - started));
		const observer = new MutationObserver(() => {
			if (done()) { observer.disconnect(); clearTimeout(timer); finish(); }
		});
		const timer = setTimeout(() => { observer.disconnect(); reject(new Error('timed out')); }, 10000);
		observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
		act();
		if (done()) { observer.disconnect(); clearTimeout(timer); finish(); }
	});
	// From the next Enter keydown (a real key press by Playwright) until done() holds and paints.
	probe.fromEnter = (done) => new Promise((resolve, reject) => {
		addEventListener('keydown', (event) => {
			if (event.key !== 'Enter') return;
			const startedAt = performance.now();
			probe.time(() => {}, done).then((t) => resolve(t + startedAt - event.timeStamp), reject);
		}, { capture: true, once: true });
	});
})()`;

function readAreas(): { code: string; level: string; parent: string }[] {
	return Papa.parse<Record<string, string>>(readFileSync(join(NATIONAL_DIR, 'areas.csv'), 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data.map((a) => ({ code: a.code, level: a.level, parent: a.parent_code }));
}

function buildNationalSite(root: string, dir: string): void {
	if (!existsSync(join(root, NATIONAL_DIR, 'observations.parquet'))) {
		const generated = spawnSync('npm', ['run', 'data:national'], { cwd: root, stdio: 'inherit' });
		if (generated.status !== 0) throw new Error('npm run data:national failed');
	}
	const env = { ...process.env, WIJKWAARDE_DATA: NATIONAL_DIR, BUILD_DIR: dir };
	for (const [command, args] of [
		['npx', ['vite', 'build', '--logLevel', 'warn']],
		['npx', ['tsx', 'scripts/precompress.ts', dir]]
	] as const) {
		const run = spawnSync(command, [...args], { cwd: root, env, stdio: 'inherit' });
		if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
	}
}

async function newPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({
		// The probe is evaluated from a string, which the site's CSP (no unsafe-eval) refuses.
		bypassCSP: true,
		viewport: { width: 1280, height: 900 },
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam',
		serviceWorkers: 'block'
	});
	await context.addInitScript({ content: PROBE });
	return context.newPage();
}

async function coldLoad(browser: Browser, origin: string, code: string) {
	const page = await newPage(browser);
	const requests: Promise<Transfer | null>[] = [];
	let timeOrigin = 0;
	page.on('requestfinished', (request) => requests.push(transferOf(request, timeOrigin)));
	await page.goto(`${origin}/wijk/${code}/`, { waitUntil: 'commit' });
	timeOrigin = await page.evaluate<number>('performance.timeOrigin');
	await page.waitForFunction('window.__national.firstChart > 0', null, { timeout: 60_000 });
	const firstChart = await page.evaluate<number>('window.__national.firstChart');
	await page.waitForLoadState('networkidle');
	const transfers = (await Promise.all(requests)).filter((t): t is Transfer => t !== null);
	const sum = (list: Transfer[]) => list.reduce((n, t) => n + t.bytes, 0);
	await page.context().close();
	return {
		code,
		firstChart,
		bytesBefore: sum(transfers.filter((t) => t.end <= firstChart)),
		bytesTotal: sum(transfers),
		bytes: viewBytes(transfers)
	};
}

const time = (page: Page, act: string, done: string) =>
	page.evaluate<number>(`window.__national.time(() => { ${act} }, () => (${done}))`);

/** The map's indicator and year on a wijk page, each changed INTERACTIONS times. */
async function mapInteractions(browser: Browser, origin: string, code: string) {
	const page = await newPage(browser);
	await page.goto(`${origin}/wijk/${code}/`);
	await page.waitForSelector('html[data-engine="ready"]', { timeout: 60_000 });
	await page.waitForSelector('figure[data-chart="map"] select, [data-map-indicator]');
	await page.waitForFunction('document.querySelectorAll("[data-map-row]").length > 0');
	const ids = await page.$$eval('[data-map-indicator] option', (o) =>
		o.map((x) => (x as HTMLOptionElement).value)
	);
	const indicator: number[] = [];
	const year: number[] = [];
	// Only the tasks while interacting count: loading and hydrating the page come before.
	await page.evaluate('window.__national.longTasks.length = 0');
	for (let i = 0; i < INTERACTIONS; i++) {
		const id = ids[(i + 1) % ids.length];
		indicator.push(
			await time(
				page,
				`const s = document.querySelector('[data-map-indicator]'); s.value = ${JSON.stringify(id)}; s.dispatchEvent(new Event('change', { bubbles: true }));`,
				`document.querySelector('figure[data-chart="map"]').dataset.indicator === ${JSON.stringify(id)}`
			)
		);
	}
	const [min, max] = await page.$eval('[data-map-year]', (input) => [
		Number((input as HTMLInputElement).min),
		Number((input as HTMLInputElement).max)
	]);
	for (let i = 0; i < INTERACTIONS; i++) {
		const target = min + (i % (max - min + 1));
		const current = await page.$eval('figure[data-chart="map"]', (f) =>
			Number((f as HTMLElement).dataset.year)
		);
		const next = target === current ? (target === max ? min : target + 1) : target;
		year.push(
			await time(
				page,
				`const s = document.querySelector('[data-map-year]'); s.value = '${next}'; s.dispatchEvent(new Event('input', { bubbles: true }));`,
				`document.querySelector('figure[data-chart="map"]').dataset.year === '${next}'`
			)
		);
	}
	const longTasks = await page.evaluate<number[]>('window.__national.longTasks');
	const memory = await heap(page);
	await page.context().close();
	return { indicator, year, longTasks, memory };
}

/** On /vergelijk/: adding an area (typed, then Enter) and sorting the ranking. */
async function compareInteractions(
	browser: Browser,
	origin: string,
	start: string[],
	additions: { code: string; name: string }[]
) {
	const page = await newPage(browser);
	const open = async () => {
		await page.goto(`${origin}/vergelijk/?areas=${start.join(',')}`);
		await page.waitForSelector('html[data-engine="ready"]', { timeout: 60_000 });
		await page.waitForSelector(`[data-chart="compare"] [data-line="${start[0]}"]`, {
			state: 'attached',
			timeout: 30_000
		});
		await page.waitForSelector('[data-ranking] [data-rank-row]', { timeout: 30_000 });
	};
	const addArea: number[] = [];
	const sort: number[] = [];
	/** Long tasks while interacting; those of each page load are dropped. */
	const tasks: number[] = [];
	// At most 8 areas: the page opens afresh with the starting areas once it is full (not timed).
	for (const [i, area] of additions.entries()) {
		if (i % (8 - start.length) === 0) {
			if (i > 0) tasks.push(...(await page.evaluate<number[]>('window.__national.longTasks')));
			await open();
			await page.evaluate('window.__national.longTasks.length = 0');
		}
		const input = page.locator('input[data-chip-add="areas"]');
		await input.fill(area.name);
		await page.waitForSelector(`[role="option"]`, { timeout: 10_000 }).catch((error: Error) => {
			throw new Error(`no option for "${area.name}" (addition ${i + 1}): ${error.message}`);
		});
		// What a user does: reads the list before pressing Enter (the page fetches ahead meanwhile).
		await page.waitForTimeout(300);
		const timing = page.evaluate<number>(
			`window.__national.fromEnter(() => document.querySelector('[data-chart="compare"] [data-line="${area.code}"]') !== null)`
		);
		await input.press('Enter');
		addArea.push(
			await timing.catch((error: Error) => {
				throw new Error(`"${area.name}" (addition ${i + 1}) never drawn: ${error.message}`);
			})
		);
	}
	const keys = ['value', 'change', 'name', 'rank'];
	for (let i = 0; i < INTERACTIONS; i++) {
		const key = keys[i % keys.length];
		await page.waitForSelector(`[data-ranking] [data-sort="${key}"]`, { timeout: 30_000 });
		const before = await page.$eval('[data-ranking] tbody', (b) => b.innerHTML);
		sort.push(
			await time(
				page,
				`document.querySelector('[data-ranking] [data-sort="${key}"]').click();`,
				`document.querySelector('[data-ranking] tbody').innerHTML !== ${JSON.stringify(before)} || document.querySelector('[data-ranking] [data-sort="${key}"]').closest('th').getAttribute('aria-sort') !== 'none'`
			)
		);
	}
	tasks.push(...(await page.evaluate<number[]>('window.__national.longTasks')));
	await page.context().close();
	return { addArea, sort, longTasks: tasks };
}

/** The same questions over plain arrays holding the whole dataset, and by DuckDB on Node. */
async function compareWithArrays(
	root: string,
	wijk: string,
	gemeente: string,
	indicator: string,
	year: number
): Promise<ArraysComparison> {
	const { createNodeEngine } = await import('../src/lib/data/engine-node.ts');
	const file = join(root, NATIONAL_DIR, 'observations.csv');
	global.gc?.();
	const heapBefore = process.memoryUsage().heapUsed;
	const started = performance.now();
	const text = readFileSync(file, 'utf8');
	const area: string[] = [];
	const ind: string[] = [];
	const years = new Int16Array(6_500_000);
	const values = new Float64Array(6_500_000);
	let n = 0;
	for (let at = text.indexOf('\n') + 1; at < text.length;) {
		const end = text.indexOf('\n', at);
		const line = text.slice(at, end < 0 ? text.length : end);
		at = end < 0 ? text.length : end + 1;
		const [a, i, y, v] = line.split(',');
		area.push(a);
		ind.push(i);
		years[n] = Number(y);
		values[n] = v === '' ? NaN : Number(v);
		n++;
	}
	const loadMs = performance.now() - started;
	const heapBytes = process.memoryUsage().heapUsed - heapBefore;
	const areas = readAreas();
	const wijkenOf = new Set(areas.filter((a) => a.parent === gemeente).map((a) => a.code));
	const timeIt = (work: () => unknown) => {
		const runs: number[] = [];
		for (let r = 0; r < 5; r++) {
			const t = performance.now();
			work();
			runs.push(performance.now() - t);
		}
		return stats(runs).median;
	};
	const arrays = {
		dashboard: timeIt(() => {
			const rows = [];
			for (let r = 0; r < n; r++) if (area[r] === wijk || area[r] === gemeente) rows.push(r);
			return rows;
		}),
		map: timeIt(() => {
			const rows = [];
			for (let r = 0; r < n; r++) if (ind[r] === indicator && wijkenOf.has(area[r])) rows.push(r);
			return rows;
		}),
		ranking: timeIt(() => {
			const rows: number[] = [];
			for (let r = 0; r < n; r++)
				if (ind[r] === indicator && years[r] === year && wijkenOf.has(area[r])) rows.push(r);
			return rows.sort((a, b) => values[b] - values[a]);
		})
	};
	const engine = await createNodeEngine('4GB');
	await engine.query(
		`CREATE TABLE observations AS SELECT * FROM read_csv('${file.replaceAll("'", "''")}', header = true,
		columns = {'area_code': 'VARCHAR', 'indicator_id': 'VARCHAR', 'year': 'INTEGER', 'value': 'DOUBLE'})`
	);
	await engine.query(
		`CREATE TABLE areas AS SELECT * FROM read_csv('${join(root, NATIONAL_DIR, 'areas.csv').replaceAll("'", "''")}', all_varchar = true)`
	);
	const timeQuery = async (sql: string, params: (string | number)[]) => {
		const runs: number[] = [];
		for (let r = 0; r < 5; r++) {
			const t = performance.now();
			await engine.query(sql, params);
			runs.push(performance.now() - t);
		}
		return stats(runs).median;
	};
	const duckdb = {
		dashboard: await timeQuery('SELECT * FROM observations WHERE area_code = ? OR area_code = ?', [
			wijk,
			gemeente
		]),
		map: await timeQuery(
			`SELECT o.* FROM observations o JOIN areas a ON a.code = o.area_code
			WHERE a.parent_code = ? AND o.indicator_id = ?`,
			[gemeente, indicator]
		),
		ranking: await timeQuery(
			`SELECT o.* FROM observations o JOIN areas a ON a.code = o.area_code
			WHERE a.parent_code = ? AND o.indicator_id = ? AND o.year = ? ORDER BY o.value DESC`,
			[gemeente, indicator, year]
		)
	};
	await engine.close();
	return {
		loadMs,
		heapBytes,
		questions: [
			{
				question: "one wijk's dashboard (all its series and the gemeente's)",
				arraysMs: arrays.dashboard,
				duckdbMs: duckdb.dashboard
			},
			{
				question: "the map: one indicator for a gemeente's wijken, every year",
				arraysMs: arrays.map,
				duckdbMs: duckdb.map
			},
			{
				question: 'the ranking: one indicator and year for those wijken, sorted',
				arraysMs: arrays.ranking,
				duckdbMs: duckdb.ranking
			}
		]
	};
}

/** One run of the bytes per view from five wijken, each of a gemeente of its own. */
function viewsRun(picks: { code: string; parent: string }[], names: Map<string, string>): ViewsRun {
	if (new Set(picks.map((w) => w.parent)).size < picks.length)
		throw new Error(`wijken of one gemeente among ${picks.map((w) => w.code).join(', ')}`);
	const named = (code: string) => ({ code, name: names.get(code)! });
	return {
		compare: picks.slice(0, 3).map((w) => w.code),
		addition: named(picks[3].code),
		switchFrom: picks[0].code,
		switchTo: named(picks[4].code)
	};
}

export async function runNationalBench(
	browser: Browser,
	root: string,
	dir: string,
	runs: number,
	build = true
): Promise<NationalBench> {
	if (build) buildNationalSite(root, dir);
	const server = await startStaticServer({ dir, port: 0, host: '127.0.0.1' });
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const loadBefore = loadavg()[0];
	try {
		const areas = readAreas();
		const wijken = areas.filter((a) => a.level === 'wijk');
		const names = new Map(
			Papa.parse<Record<string, string>>(readFileSync(join(NATIONAL_DIR, 'areas.csv'), 'utf8'), {
				header: true,
				skipEmptyLines: true
			}).data.map((a) => [a.code, a.name])
		);
		const spread = (count: number, offset: number) =>
			Array.from(
				{ length: count },
				(_, i) =>
					wijken[(Math.floor(((i + 1) * wijken.length) / (count + 1)) + offset) % wijken.length]
			);
		const cold = [];
		for (const [i, wijk] of spread(runs, 1).entries()) {
			const run = await coldLoad(browser, origin, wijk.code);
			cold.push(run);
			console.log(
				`national run ${i + 1}/${runs} /wijk/${wijk.code}/: first chart ${ms(run.firstChart)}, ${mb(run.bytesBefore)} before it, ${mb(run.bytesTotal)} in all`
			);
		}
		const home = wijken[Math.floor(wijken.length / 2)];
		const map = await mapInteractions(browser, origin, home.code);
		console.log(
			`map: indicator ${ms(stats(map.indicator).median)}, year ${ms(stats(map.year).median)} (medians)`
		);
		const siblings = wijken.filter((w) => w.parent === home.parent).map((w) => w.code);
		const additions = spread(INTERACTIONS, 3).map((w) => ({
			code: w.code,
			name: names.get(w.code)!
		}));
		const compare = await compareInteractions(
			browser,
			origin,
			[home.parent, ...siblings.slice(0, 2)],
			additions
		);
		console.log(
			`compare: add area ${ms(stats(compare.addArea).median)}, sort ${ms(stats(compare.sort).median)} (medians)`
		);
		const arrays = await compareWithArrays(root, home.code, home.parent, 'woz_value', 2024);
		const loadAfter = loadavg()[0];
		const views = await runViewsBench(
			() => newPage(browser),
			origin,
			Array.from({ length: runs }, (_, run) => viewsRun(spread(5, 11 + run * 37), names)),
			cold.map((c) => ({ code: c.code, bytes: c.bytes }))
		);
		const observations =
			Number(
				spawnSync('wc', ['-l', join(root, NATIONAL_DIR, 'observations.csv')])
					.stdout.toString()
					.trim()
					.split(' ')[0]
			) - 1;
		return {
			observations,
			parquetBytes: readFileSync(join(root, NATIONAL_DIR, 'observations.parquet')).length,
			cold,
			interactions: {
				indicator: map.indicator,
				year: map.year,
				addArea: compare.addArea,
				sort: compare.sort
			},
			longestTask: Math.max(0, ...map.longTasks, ...compare.longTasks),
			heap: map.memory,
			arrays,
			load: [loadBefore, loadAfter],
			views
		};
	} finally {
		server.close();
	}
}

const LABELS: Record<Interaction, string> = {
	indicator: 'Change the map’s indicator (wijk page)',
	year: 'Change the map’s year (slider)',
	addArea: 'Add an area to the comparison (anywhere in the country)',
	sort: 'Sort the ranking'
};

export function nationalSummary(bench: NationalBench) {
	const firstChart = stats(bench.cold.map((r) => r.firstChart));
	const bytesBefore = stats(bench.cold.map((r) => r.bytesBefore));
	const switches = Object.fromEntries(
		(Object.keys(LABELS) as Interaction[]).map((k) => [k, stats(bench.interactions[k])])
	) as Record<Interaction, Stats>;
	const switchesPass = Object.values(switches).every(
		(s) => s.median <= NATIONAL_TARGETS.switchMedianMs && s.p95 <= NATIONAL_TARGETS.switchP95Ms
	);
	return {
		firstChart,
		bytesBefore,
		switches,
		pass: {
			firstChart: firstChart.median <= NATIONAL_TARGETS.firstChartMs,
			bytes: bytesBefore.max <= NATIONAL_TARGETS.firstChartBytes,
			switches: switchesPass,
			longTask: bench.longestTask <= NATIONAL_TARGETS.longTaskMs,
			heap: bench.heap.used <= NATIONAL_TARGETS.heapBytes
		}
	};
}

/**
 * The longest task as one number, not a distribution: the browser reports only tasks over 50 ms,
 * so 0 means none was, and n is the interactions it covers.
 */
function longTaskRow(bench: NationalBench, pass: boolean) {
	const interactions = Object.values(bench.interactions).reduce((n, list) => n + list.length, 0);
	return {
		metric: `Longest main-thread task while interacting (all ${interactions} interactions above)`,
		s: { ...stats([bench.longestTask]), n: interactions, min: NaN, max: NaN, p95: NaN },
		format: (v: number) => (v === 0 ? 'none over 50 ms' : ms(v)),
		target: '≤ 50 ms',
		pass
	};
}

/** The section of BENCHMARKS.md, from its heading on. */
export function nationalSection(bench: NationalBench): string {
	const s = nationalSummary(bench);
	const single = (v: number) => stats([v]);
	const rows = [
		{
			metric: 'First chart of a wijk page, cold, from navigation',
			s: s.firstChart,
			format: ms,
			target: '≤ 2,500 ms',
			pass: s.pass.firstChart
		},
		{
			metric: 'Bytes transferred before the first chart',
			s: s.bytesBefore,
			format: mb,
			target: '≤ 15 MB',
			pass: s.pass.bytes
		},
		{
			metric: 'Bytes transferred in all (page load, network idle)',
			s: stats(bench.cold.map((r) => r.bytesTotal)),
			format: mb
		},
		...(Object.keys(LABELS) as Interaction[]).map((k) => ({
			metric: LABELS[k],
			s: s.switches[k],
			format: ms,
			target: '≤ 60 ms median, ≤ 150 ms p95',
			pass:
				s.switches[k].median <= NATIONAL_TARGETS.switchMedianMs &&
				s.switches[k].p95 <= NATIONAL_TARGETS.switchP95Ms
		})),
		longTaskRow(bench, s.pass.longTask),
		{
			metric: 'JS heap of the wijk page after the interactions',
			s: single(bench.heap.used),
			format: mb,
			target: '≤ 200 MB',
			pass: s.pass.heap
		}
	];
	const questions = bench.arrays.questions
		.map((q) => `| ${q.question} | ${ms(q.arraysMs)} | ${ms(q.duckdbMs)} |`)
		.join('\n');
	return `## National dataset, served partitioned (issue 4)

${table(rows, true)}

${bench.observations.toLocaleString('en')} observations; the site serves them as one sorted Parquet
file of ${mb(bench.parquetBytes)}, of which a wijk page reads the footer and its gemeente's row
groups by HTTP range requests (src/lib/data/partitions.ts). The rest of the bytes are the app, the
DuckDB wasm, the areas list of the whole country and the boundaries. Each cold run opens a wijk of
another gemeente in a new browser context; interactions are timed in the page from the input event
to the frame after the SVG changed. Adding an area types its name, waits 300 ms as a reader of the
list would (the page fetches the highlighted area's gemeente meanwhile) and times from Enter.
Load average of the machine (2 cores) ${bench.load[0].toFixed(2)} before, ${bench.load[1].toFixed(2)} after
(the bytes per view, measured last, are not timings).

Results: first chart ${verdict(s.pass.firstChart)}, bytes ${verdict(s.pass.bytes)}, interactions
${verdict(s.pass.switches)}, long tasks ${verdict(s.pass.longTask)}, heap ${verdict(s.pass.heap)}.

${viewsSection(bench.views, bench.parquetBytes)}
### The same questions over plain JavaScript arrays

The whole dataset in plain arrays on Node (the best case without DuckDB: one pass over the CSV
into columns, typed arrays for years and values) takes ${ms(bench.arrays.loadMs)} to load and
${mb(bench.arrays.heapBytes)} of heap; every question is a scan of all rows. DuckDB on Node answers
from the same rows in a table. Medians of 5.

| Question | Plain arrays | DuckDB |
|---|--:|--:|
${questions}

In the browser the partitioned site holds one or a few gemeenten, not the country, which is what
keeps its heap and its first chart small; DuckDB there answers the questions above in the worker.
`;
}
