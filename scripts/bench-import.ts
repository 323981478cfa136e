/**
 * The import section of the benchmark (issue: bring your own data): a 100 MB long-form CSV and
 * the largest real CBS file are dropped on /data as a user would, and timed from the drop to the
 * review, from "add" to done, and from there to the new wijk's dashboard; long tasks on the main
 * thread and the browser's memory are watched throughout. The same files are parsed by papaparse
 * alone in the same browser for comparison.
 */
import type { Browser, Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { mb, ms, stats, table, type Row } from './bench-stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NATIONAL = join(ROOT, 'data', 'national');
const WORK_DIR = join(ROOT, 'bench-results', 'import');
const REALDATA = resolve(ROOT, '..', 'shared', 'realdata');

export const IMPORT_TARGETS = { longFormMBps: 20, longTaskMs: 200 };

const LONG_FORM_BYTES = 100 * 1_000_000;

export interface ImportFiles {
	label: string;
	paths: string[];
	/** The file the throughput is about (the others are its catalogue). */
	main: string;
	layout: 'long' | 'cbs';
}

export interface ImportRun {
	label: string;
	bytes: number;
	rowsAccepted: number;
	/** Drop → review shown (read and checked in the import worker). */
	reviewMs: number;
	/** "Add" → done (kept in IndexedDB and loaded into DuckDB). */
	addMs: number;
	/**
	 * Of addMs: "add" → kept in IndexedDB, and "add" → loaded into DuckDB (engine-client's marks;
	 * the two run at once, the load commits once the dataset is kept).
	 */
	storedMs: number;
	loadedMs: number;
	/** Done → the first chart of the imported wijk's dashboard. */
	dashboardMs: number;
	longTasks: { count: number; maxMs: number; over200: number };
	/** All of the browser's processes together (RSS), before and at the peak. */
	memory: { beforeMB: number; peakMB: number };
	papaparseMs: number;
}

/** Sums the resident memory of this process's descendants (the browser and its helpers). */
function browserRssMB(): number {
	const ps = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' });
	const rows = ps.stdout
		.trim()
		.split('\n')
		.map((l) => l.trim().split(/\s+/).map(Number));
	const children = new Map<number, number[]>();
	for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	const rss = new Map(rows.map(([pid, , kb]) => [pid, kb]));
	let total = 0;
	const walk = (pid: number) => {
		for (const child of children.get(pid) ?? []) {
			total += rss.get(child) ?? 0;
			walk(child);
		}
	};
	walk(process.pid);
	return total / 1024;
}

/** The first 100 MB of the national observations (whole lines), and the areas they use. */
async function longFormFiles(): Promise<ImportFiles> {
	const observations = join(NATIONAL, 'observations.csv');
	if (!existsSync(observations)) {
		console.log('generating the national dataset (npm run data:national) …');
		const run = spawnSync('npx', ['tsx', 'scripts/generate-national-data.ts'], {
			cwd: ROOT,
			stdio: 'inherit'
		});
		if (run.status !== 0) throw new Error('npm run data:national failed');
	}
	await mkdir(WORK_DIR, { recursive: true });
	const target = join(WORK_DIR, 'observations-100mb.csv');
	if (!existsSync(target) || (await stat(target)).size > LONG_FORM_BYTES) {
		const out = createWriteStream(target);
		let written = 0;
		let carry = '';
		for await (const chunk of createReadStream(observations, { encoding: 'utf8' })) {
			const text = carry + chunk;
			const end = text.lastIndexOf('\n') + 1;
			const lines = text.slice(0, end);
			carry = text.slice(end);
			const room = LONG_FORM_BYTES - written;
			const piece = Buffer.byteLength(lines) <= room ? lines : lines.slice(0, room);
			const whole = piece.slice(0, piece.lastIndexOf('\n') + 1);
			if (!out.write(whole)) await once(out, 'drain');
			written += Buffer.byteLength(whole);
			if (whole.length < lines.length) break;
		}
		out.end();
		await once(out, 'finish');
	}
	return {
		label: '100 MB long form (+ areas.csv)',
		paths: [join(NATIONAL, 'areas.csv'), target],
		main: target,
		layout: 'long'
	};
}

/**
 * The same file with one value that is not a number (its row 1,001): the scan leaves that line to
 * the full reading (ingest/as-written.ts), which reports it; the other lines are kept as written.
 */
async function withOneBadRow(clean: ImportFiles): Promise<ImportFiles> {
	const target = join(WORK_DIR, 'observations-100mb-one-bad-row.csv');
	if (!existsSync(target)) {
		const lines = (await readFile(clean.main, 'utf8')).split('\n');
		lines[1000] = lines[1000].replace(/,[^,]*$/, ',abc');
		await writeFile(target, lines.join('\n'));
	}
	return {
		label: '100 MB long form with one bad value',
		paths: [clean.paths[0], target],
		main: target,
		layout: 'long'
	};
}

/** CBS Kerncijfers files in ../shared/realdata (if that folder is there), largest first. */
async function cbsFiles(): Promise<ImportFiles[]> {
	if (!existsSync(REALDATA)) return [];
	const found: { path: string; size: number }[] = [];
	for (const dir of await readdir(REALDATA)) {
		if (!dir.startsWith('cbs-kwb')) continue;
		for (const name of await readdir(join(REALDATA, dir)).catch(() => [])) {
			if (!/^Kerncijfers.*\.csv$/i.test(name)) continue;
			const path = join(REALDATA, dir, name);
			found.push({ path, size: (await stat(path)).size });
		}
	}
	return found
		.sort((a, b) => b.size - a.size)
		.map(({ path }) => ({
			label: `CBS ${path.split('/').pop()}`,
			paths: [path],
			main: path,
			layout: 'cbs' as const
		}));
}

const WATCH = String.raw`(() => {
	const marks = { states: [], longTasks: [] };
	window.__import = marks;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) marks.longTasks.push([e.startTime, e.duration]);
	}).observe({ type: 'longtask', buffered: true });
	addEventListener('change', (e) => {
		if (e.target instanceof HTMLInputElement && e.target.type === 'file') marks.drop = performance.now();
	}, true);
	addEventListener('click', (e) => {
		if (e.target instanceof Element && e.target.closest('[data-import-confirm]')) marks.add = performance.now();
	}, true);
	new MutationObserver(() => {
		const state = document.querySelector('[data-import]')?.getAttribute('data-import');
		const last = marks.states[marks.states.length - 1];
		if (state && (!last || last[0] !== state)) marks.states.push([state, performance.now()]);
	}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-import'] });
})()`;

interface Marks {
	drop?: number;
	add?: number;
	states: [string, number][];
	longTasks: [number, number][];
}

/** Follows the review's link to the first imported area and times it to its first chart. */
async function openImportedArea(page: Page): Promise<number> {
	const link = page.locator('[data-import-area-link]');
	if ((await link.count()) === 0) return NaN;
	const code = /wijk\/([^/]+)/.exec((await link.getAttribute('href')) ?? '')?.[1];
	const clickAt = await page.evaluate<number>('performance.now()');
	await link.click();
	await page.waitForSelector(`figure[data-chart="trend"][data-area="${code}"]`, {
		timeout: 60_000
	});
	return (await page.evaluate<number>('performance.now()')) - clickAt;
}

async function papaparseAlone(page: Page, origin: string, files: ImportFiles): Promise<number> {
	await page.goto(`${origin}/robots.txt`);
	await page.setContent('<input type="file">');
	await page.addScriptTag({
		content: await readFile(join(ROOT, 'node_modules/papaparse/papaparse.min.js'), 'utf8')
	});
	await page.locator('input').setInputFiles(files.main);
	const delimiter = files.layout === 'cbs' ? ';' : ',';
	return page.evaluate<number>(`(async () => {
		const file = document.querySelector('input').files[0];
		const start = performance.now();
		const text = await file.text();
		Papa.parse(text, { delimiter: ${JSON.stringify(delimiter)}, newline: '' });
		return performance.now() - start;
	})()`);
}

async function importOnce(
	browser: Browser,
	origin: string,
	files: ImportFiles
): Promise<ImportRun> {
	const context = await browser.newContext({ bypassCSP: true, locale: 'nl-NL' });
	try {
		await context.addInitScript({ content: WATCH });
		const page = await context.newPage();
		await page.goto(`${origin}/data/`);
		await page.waitForFunction("document.documentElement.dataset.engine === 'ready'", null, {
			timeout: 60_000
		});
		let summary = '';
		const beforeMB = browserRssMB();
		let peakMB = beforeMB;
		const sampler = setInterval(() => (peakMB = Math.max(peakMB, browserRssMB())), 100);
		try {
			await page.locator('input[type="file"]').setInputFiles(files.paths);
			await page.waitForSelector('[data-import="review"], [data-import="error"]', {
				timeout: 600_000
			});
			if ((await page.locator('[data-import]').getAttribute('data-import')) === 'error')
				return null;
			summary = (await page.locator('[data-import-summary]').textContent()) ?? '';
			await page.locator('[data-import-confirm]').click();
			await page.waitForSelector('[data-import="done"]', { timeout: 600_000 });
		} finally {
			clearInterval(sampler);
		}
		const marks = await page.evaluate<Marks>('window.__import');
		const mark = (name: string) =>
			page.evaluate<number>(
				`performance.getEntriesByName(${JSON.stringify(`wijkwaarde:import:${name}`)}).at(-1)?.startTime ?? NaN`
			);
		const storedAt = await mark('stored');
		const loadedAt = await mark('loaded');
		const at = (state: string) => marks.states.find(([s]) => s === state)?.[1] ?? NaN;
		const rowsAccepted = Number((/([\d.]+)\s/.exec(summary)?.[1] ?? 'NaN').replaceAll('.', ''));
		const doneAt = at('done');
		const dashboardMs = await openImportedArea(page);
		const window = marks.longTasks.filter(
			([start]) => start >= (marks.drop ?? 0) && start <= doneAt
		);
		const papaparseMs = await papaparseAlone(page, origin, files);
		return {
			label: files.label,
			bytes: (await stat(files.main)).size,
			rowsAccepted,
			reviewMs: at('review') - (marks.drop ?? NaN),
			addMs: doneAt - (marks.add ?? NaN),
			storedMs: storedAt - (marks.add ?? NaN),
			loadedMs: loadedAt - (marks.add ?? NaN),
			dashboardMs,
			longTasks: {
				count: window.length,
				maxMs: Math.max(0, ...window.map(([, d]) => d)),
				over200: window.filter(([, d]) => d > IMPORT_TARGETS.longTaskMs).length
			},
			memory: { beforeMB, peakMB },
			papaparseMs
		};
	} finally {
		await context.close();
	}
}

export async function runImportBench(
	browser: Browser,
	origin: string,
	runs: number
): Promise<ImportRun[]> {
	const results: ImportRun[] = [];
	const report = (run: ImportRun, i: number) => {
		results.push(run);
		const seconds = (run.reviewMs + run.addMs) / 1000;
		console.log(
			`import ${i + 1}/${runs} ${run.label}: review ${ms(run.reviewMs)}, add ${ms(run.addMs)}, ` +
				`(stored ${ms(run.storedMs)}, loaded ${ms(run.loadedMs)}), ${(run.bytes / 1e6 / seconds).toFixed(1)} MB/s, longest task ${ms(run.longTasks.maxMs)}, ` +
				`papaparse alone ${ms(run.papaparseMs)}`
		);
	};
	const longForm = await longFormFiles();
	for (const files of [longForm, await withOneBadRow(longForm)]) {
		for (let i = 0; i < runs; i++) {
			const run = await importOnce(browser, origin, files);
			if (!run) throw new Error(`${files.label}: nothing could be imported`);
			report(run, i);
		}
	}
	// The largest CBS file the catalogue can take something from (some hold no known indicator).
	for (const cbs of await cbsFiles()) {
		const first = await importOnce(browser, origin, cbs);
		if (!first) {
			console.log(`import ${cbs.label}: no indicator of the catalogue in it, next file`);
			continue;
		}
		report(first, 0);
		for (let i = 1; i < runs; i++) {
			const run = await importOnce(browser, origin, cbs);
			if (run) report(run, i);
		}
		break;
	}
	return results;
}

const mbps = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} MB/s` : '–');
const rate = (v: number) =>
	Number.isFinite(v) ? `${Math.round(v).toLocaleString('en')} rows/s` : '–';

export function importTable(runs: ImportRun[]): string {
	const labels = [...new Set(runs.map((r) => r.label))];
	return labels
		.map((label, index) => {
			const mine = runs.filter((r) => r.label === label);
			const endToEnd = (r: ImportRun) => r.reviewMs + r.addMs;
			const throughput = stats(mine.map((r) => r.bytes / 1e6 / (endToEnd(r) / 1000)));
			const longest = stats(mine.map((r) => r.longTasks.maxMs));
			const isLong = index === 0;
			const rows: Row[] = [
				{
					metric: 'Drop → review (read and checked)',
					s: stats(mine.map((r) => r.reviewMs)),
					format: ms
				},
				{ metric: '"Add" → done (stored, loaded)', s: stats(mine.map((r) => r.addMs)), format: ms },
				{
					metric: '↳ "add" → kept in IndexedDB (beside the load)',
					s: stats(mine.map((r) => r.storedMs)),
					format: ms
				},
				{
					metric: '↳ "add" → loaded into DuckDB and committed',
					s: stats(mine.map((r) => r.loadedMs)),
					format: ms
				},
				{
					metric: 'Done → dashboard of the new wijk',
					s: stats(mine.map((r) => r.dashboardMs)),
					format: ms
				},
				{
					metric: 'Throughput, drop → done',
					s: throughput,
					format: mbps,
					...(isLong
						? {
								target: `≥ ${IMPORT_TARGETS.longFormMBps} MB/s`,
								pass: throughput.median >= IMPORT_TARGETS.longFormMBps
							}
						: {})
				},
				{
					metric: 'Rows accepted per second',
					s: stats(mine.map((r) => r.rowsAccepted / (endToEnd(r) / 1000))),
					format: rate
				},
				{
					metric: 'Papaparse alone on the same file (read + parse)',
					s: stats(mine.map((r) => r.papaparseMs)),
					format: ms
				},
				{
					metric: 'Longest main-thread task during the import',
					s: longest,
					format: ms,
					target: `≤ ${IMPORT_TARGETS.longTaskMs} ms`,
					pass: longest.max <= IMPORT_TARGETS.longTaskMs
				},
				{
					metric: 'Browser memory at the peak (all processes, RSS)',
					s: stats(mine.map((r) => r.memory.peakMB * 1e6)),
					format: mb
				},
				{
					metric: '↳ increase over before the drop',
					s: stats(mine.map((r) => (r.memory.peakMB - r.memory.beforeMB) * 1e6)),
					format: mb
				}
			];
			return `**${label}** (${mb(mine[0].bytes)}, ${mine[0].rowsAccepted.toLocaleString('en')} rows accepted)\n\n${table(rows)}`;
		})
		.join('\n\n');
}
