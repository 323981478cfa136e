/**
 * "Bytes per view" of the national section (issue 4, scripts/bench-national.ts): what each view
 * transfers on a cold load in a fresh browser context until the network is idle, and what two
 * interactions that need another gemeente's rows transfer from the first keystroke until the
 * network is idle again. The wijk page's cold load is not measured here: the section's own cold
 * runs are those loads, so that its row and "Bytes transferred in all" come from the same pages.
 */
import type { Page } from '@playwright/test';
import { KINDS, sumByKind, transferOf, type Kind, type Transfer } from './bench-page.ts';
import { kb, mb, stats } from './bench-stats.ts';

/** Quiet this long with nothing in flight is "network idle", as Playwright's networkidle. */
const IDLE_MS = 500;
const READY_TIMEOUT_MS = 60_000;

export interface ViewBytes {
	/** The observations' Parquet file, read by HTTP range requests. */
	parquet: number;
	parquetRequests: number;
	byKind: Record<Kind, number>;
	total: number;
}

export type ViewName = 'overview' | 'wijk' | 'compare' | 'allGemeenten';
export type ActionName = 'addArea' | 'switchWijk';

export interface ViewsBench {
	views: Record<ViewName, ViewBytes[]>;
	actions: Record<ActionName, ViewBytes[]>;
	/** The URL each view was opened at in the first run (the others differ in their areas). */
	examples: Record<ViewName, string>;
	/** How many gemeenten the all-gemeenten map drew, and how many of them with a value. */
	allGemeenten: { drawn: number; withValue: number }[];
	/** The areas of each run, to open the same pages again. */
	runs: ViewsRun[];
}

export interface NamedArea {
	code: string;
	name: string;
}

/** The areas one run uses: every one of them in a gemeente of its own. */
export interface ViewsRun {
	compare: string[];
	/** Added to the comparison: its gemeente is not loaded yet. */
	addition: NamedArea;
	switchFrom: string;
	switchTo: NamedArea;
}

export const isParquet = (t: Transfer) => new URL(t.url).pathname.endsWith('.parquet');

export function viewBytes(transfers: Transfer[]): ViewBytes {
	const parquet = transfers.filter(isParquet);
	const sum = (list: Transfer[]) => list.reduce((n, t) => n + t.bytes, 0);
	return {
		parquet: sum(parquet),
		parquetRequests: parquet.length,
		byKind: sumByKind(transfers),
		total: sum(transfers)
	};
}

/**
 * Every request of the page as transfers, and a wait for the network to be idle. The page's
 * own events include its dedicated workers' requests (DuckDB's, the Parquet reader's).
 */
function recordTransfers(page: Page) {
	const finished: Promise<Transfer | null>[] = [];
	let inFlight = 0;
	let changedAt = performance.now();
	const change = (delta: number) => {
		inFlight += delta;
		changedAt = performance.now();
	};
	page.on('request', () => change(1));
	page.on('requestfailed', () => change(-1));
	page.on('requestfinished', (request) => {
		change(-1);
		// Start and end times are not used here: the page-time origin does not matter.
		finished.push(transferOf(request, 0));
	});
	return {
		async idle(timeoutMs = READY_TIMEOUT_MS): Promise<void> {
			const started = performance.now();
			while (inFlight > 0 || performance.now() - changedAt < IDLE_MS) {
				if (performance.now() - started > timeoutMs)
					throw new Error(`network not idle after ${timeoutMs} ms (${inFlight} in flight)`);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		},
		/** The transfers finished since the last call. */
		async take(): Promise<Transfer[]> {
			const list = await Promise.all(finished.splice(0));
			return list.filter((t): t is Transfer => t !== null);
		}
	};
}

type Recorder = ReturnType<typeof recordTransfers>;

/** Opens `url` in a fresh context and waits for `ready`, then for the network to be idle. */
async function coldView(
	newPage: () => Promise<Page>,
	url: string,
	ready: string[]
): Promise<{ page: Page; recorder: Recorder; bytes: ViewBytes }> {
	const page = await newPage();
	const recorder = recordTransfers(page);
	await page.goto(url);
	for (const selector of ready)
		await page.waitForSelector(selector, { state: 'attached', timeout: READY_TIMEOUT_MS });
	await recorder.idle();
	return { page, recorder, bytes: viewBytes(await recorder.take()) };
}

const ENGINE_READY = 'html[data-engine="ready"]';
const MAP_OF_ALL = 'figure[data-chart="map"][data-scope="gemeenten"]';
const line = (code: string) => `[data-chart="compare"] [data-line="${code}"]`;
const trendOf = (code: string) => `figure[data-chart="trend"][data-area="${code}"]`;

/** Types `area`'s name into a combobox, checks it is the option offered, and chooses it. */
async function choose(page: Page, input: string, area: NamedArea): Promise<void> {
	await page.locator(input).fill(area.name);
	const active = page.locator('[role="option"][aria-selected="true"]');
	await active.waitFor({ timeout: 10_000 });
	const id = (await active.getAttribute('id')) ?? '';
	if (!id.endsWith(area.code)) throw new Error(`${input} offers ${id}, not ${area.code}`);
	await page.locator(input).press('Enter');
}

/**
 * Chooses `area` in a combobox of a loaded view and returns the bytes that follow, until
 * `appears` is there and the network is idle again; then closes the view.
 */
async function chosenBytes(
	page: Page,
	recorder: Recorder,
	input: string,
	area: NamedArea,
	appears: string
): Promise<ViewBytes> {
	await choose(page, input, area);
	await page.waitForSelector(appears, { state: 'attached', timeout: READY_TIMEOUT_MS });
	await recorder.idle();
	const bytes = viewBytes(await recorder.take());
	await page.context().close();
	return bytes;
}

async function overview(newPage: () => Promise<Page>, origin: string) {
	const { page, bytes } = await coldView(newPage, `${origin}/`, [
		`${ENGINE_READY} figure[data-chart="map"] [data-area]`
	]);
	await page.context().close();
	return bytes;
}

/** The overview's map of all gemeenten, the URL state its gemeente choice writes. */
async function allGemeenten(newPage: () => Promise<Page>, origin: string) {
	const { page, bytes } = await coldView(newPage, `${origin}/?gemeente=gemeenten`, [
		`${ENGINE_READY} ${MAP_OF_ALL} [data-area]`
	]);
	const drawn = await page.locator(`${MAP_OF_ALL} [data-area]`).count();
	const withValue = await page
		.locator(`${MAP_OF_ALL} [data-area]:not([data-bin="no-data"])`)
		.count();
	await page.context().close();
	return { bytes, map: { drawn, withValue } };
}

/** The comparison opened with areas of several gemeenten, then one of yet another added. */
async function compare(newPage: () => Promise<Page>, origin: string, run: ViewsRun) {
	const { page, recorder, bytes } = await coldView(
		newPage,
		`${origin}/vergelijk/?areas=${run.compare.join(',')}`,
		[ENGINE_READY, ...run.compare.map(line)]
	);
	const input = 'input[data-chip-add="areas"]';
	const added = await chosenBytes(page, recorder, input, run.addition, line(run.addition.code));
	return { bytes, added };
}

/** A wijk page switched, with its area picker, to a wijk of another gemeente. */
async function switchWijk(newPage: () => Promise<Page>, origin: string, run: ViewsRun) {
	const { page, recorder } = await coldView(newPage, `${origin}/wijk/${run.switchFrom}/`, [
		`${ENGINE_READY} ${trendOf(run.switchFrom)}`,
		'input[data-area-picker]'
	]);
	const input = 'input[data-area-picker]';
	return chosenBytes(page, recorder, input, run.switchTo, trendOf(run.switchTo.code));
}

const size = (v: number) => (v >= 1e6 ? mb(v) : kb(v));

/** The views other than the wijk page (its loads are `wijkLoads`), one fresh context each. */
export async function runViewsBench(
	newPage: () => Promise<Page>,
	origin: string,
	runs: ViewsRun[],
	wijkLoads: { code: string; bytes: ViewBytes }[]
): Promise<ViewsBench> {
	const result: ViewsBench = {
		views: { overview: [], wijk: wijkLoads.map((l) => l.bytes), compare: [], allGemeenten: [] },
		actions: { addArea: [], switchWijk: [] },
		examples: {
			overview: '/',
			wijk: `/wijk/${wijkLoads[0]?.code}/`,
			compare: `/vergelijk/?areas=${runs[0]?.compare.join(',')}`,
			allGemeenten: '/?gemeente=gemeenten'
		},
		allGemeenten: [],
		runs
	};
	for (const [i, run] of runs.entries()) {
		result.views.overview.push(await overview(newPage, origin));
		const all = await allGemeenten(newPage, origin);
		result.views.allGemeenten.push(all.bytes);
		result.allGemeenten.push(all.map);
		const compared = await compare(newPage, origin, run);
		result.views.compare.push(compared.bytes);
		result.actions.addArea.push(compared.added);
		result.actions.switchWijk.push(await switchWijk(newPage, origin, run));
		console.log(
			`national views run ${i + 1}/${runs.length}: / ${size(result.views.overview[i].total)}, ` +
				`all gemeenten ${size(all.bytes.total)}, /vergelijk/ ${size(compared.bytes.total)}, ` +
				`add area ${size(compared.added.total)}, ` +
				`switch wijk ${size(result.actions.switchWijk[i].total)}`
		);
	}
	return result;
}

const VIEW_LABELS: Record<ViewName, string> = {
	overview: 'Overview',
	wijk: 'Wijk page',
	compare: 'Comparison, areas of 3 gemeenten',
	allGemeenten: 'Map of all gemeenten'
};

const ACTION_LABELS: Record<ActionName, string> = {
	addArea: 'Add to the comparison an area of a gemeente not loaded yet',
	switchWijk: 'Switch the wijk page to a wijk of another gemeente'
};

/** The kinds other than data, wasm and js, together: a few kB of HTML, CSS and the favicon. */
const REST: Kind[] = KINDS.filter((k) => !['data', 'wasm', 'js'].includes(k));

function bytesRow(label: string, runs: ViewBytes[]): string {
	const median = (pick: (b: ViewBytes) => number) => stats(runs.map(pick)).median;
	const cells = [
		size(median((b) => b.parquet)),
		String(median((b) => b.parquetRequests)),
		size(median((b) => b.byKind.data - b.parquet)),
		size(median((b) => b.byKind.wasm)),
		size(median((b) => b.byKind.js)),
		size(median((b) => REST.reduce((n, k) => n + b.byKind[k], 0))),
		`**${size(median((b) => b.total))}**`,
		String(runs.length)
	];
	return `| ${label} | ${cells.join(' | ')} |`;
}

/** The "Bytes per view" subsection of the national section. */
export function viewsSection(bench: ViewsBench, parquetBytes: number): string {
	const head =
		'| View | Parquet | Parquet requests | Other data | wasm | js | html, css, other | Total | n |\n' +
		'|---|--:|--:|--:|--:|--:|--:|--:|--:|';
	const views = (Object.keys(VIEW_LABELS) as ViewName[]).map((v) =>
		bytesRow(`${VIEW_LABELS[v]} \`${bench.examples[v]}\``, bench.views[v])
	);
	const actions = (Object.keys(ACTION_LABELS) as ActionName[]).map((a) =>
		bytesRow(ACTION_LABELS[a], bench.actions[a])
	);
	const map = bench.allGemeenten[0] ?? { drawn: 0, withValue: 0 };
	const sameEverywhere = bench.allGemeenten.every(
		(m) => m.drawn === map.drawn && m.withValue === map.withValue
	);
	const partial =
		map.withValue < map.drawn
			? ':\nonly the gemeenten whose row groups the page loaded have one, the rest are hatched'
			: '';
	return `### Bytes per view

${head}
${views.join('\n')}
| _Interaction, after the view's cold load_ | | | | | | | | |
${actions.join('\n')}

Medians per column over the runs (so a row's columns need not add up to its total), headers
included. A view is a cold load in a fresh browser context, until the network is idle (nothing in
flight for ${IDLE_MS} ms); an interaction counts from typing the area's name (the picker fetches the
highlighted area's gemeente ahead) until the network is idle again. Parquet: the observations file
of ${mb(parquetBytes)}, of which each view reads the footer and its gemeenten's row groups; other
data: the areas, indicators and targets CSVs. The boundaries of the whole country are a JS chunk
and count under js. The wijk page's row is the cold runs above; every run opens other areas
(\`/vergelijk/\` with wijken of 3 gemeenten spread over the country, the added area and the wijk
switched to in a 4th and 5th). The map of all gemeenten drew ${map.drawn} gemeenten, ${map.withValue}
of them with a value${sameEverywhere ? ' in every run' : ' in the first run'}${partial}.
`;
}
