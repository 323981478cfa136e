/**
 * Where a page's data comes from: the engine once it is ready (it also holds uploads),
 * before that the JSON prepared at build time for the bundled areas.
 */
import { base } from '$app/paths';
import { readyDataset } from './engine-client.svelte';
import {
	agreementSlug,
	buildAreaDashboard,
	buildOverview,
	buildTargetsOverview,
	expandAreaDashboard,
	type Agreement,
	type AreaDashboard,
	type CompactAreaDashboard,
	type DatasetMeta,
	type Overview,
	type TargetsOverview
} from './model';

type Fetch = typeof fetch;

async function snapshot<T>(fetch: Fetch, path: string): Promise<T | null> {
	const response = await fetch(`${base}/snapshot/${path}`);
	if (response.status === 404) return null;
	if (!response.ok) throw new Error(`snapshot ${path}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

export async function loadDatasetMeta(fetch: Fetch): Promise<DatasetMeta | null> {
	return readyDataset()?.meta ?? (await snapshot<DatasetMeta>(fetch, 'meta.json'));
}

export async function loadOverview(fetch: Fetch): Promise<Overview | null> {
	const dataset = readyDataset();
	if (dataset) return buildOverview(dataset.engine, dataset.meta);
	return snapshot<Overview>(fetch, 'overview.json');
}

export async function loadTargetsOverview(fetch: Fetch): Promise<TargetsOverview | null> {
	const dataset = readyDataset();
	if (dataset) {
		performance.mark('wijkwaarde:targets-query:start');
		const overview = await buildTargetsOverview(dataset.engine, dataset.meta);
		performance.measure('wijkwaarde:targets-query', 'wijkwaarde:targets-query:start');
		return overview;
	}
	return snapshot<TargetsOverview>(fetch, 'targets.json');
}

export type AreaLoad =
	| { state: 'ready'; dashboard: AreaDashboard }
	| { state: 'not-found' }
	| { state: 'waiting-for-engine' };

export async function loadAreaDashboard(fetch: Fetch, code: string): Promise<AreaLoad> {
	const dataset = readyDataset();
	if (dataset) {
		performance.mark('wijkwaarde:area-query:start');
		const dashboard = await buildAreaDashboard(dataset.engine, dataset.meta, code);
		performance.measure('wijkwaarde:area-query', 'wijkwaarde:area-query:start');
		return dashboard ? { state: 'ready', dashboard } : { state: 'not-found' };
	}
	// Codes become part of a URL path; anything else cannot be a bundled area.
	if (!/^[A-Za-z0-9_-]+$/.test(code)) return { state: 'not-found' };
	const compact = await snapshot<CompactAreaDashboard>(fetch, `area/${code}.json`);
	return compact
		? { state: 'ready', dashboard: expandAreaDashboard(compact) }
		: { state: 'waiting-for-engine' };
}

const prefetched = new Map<string, Promise<AreaLoad>>();

/**
 * The same as loadAreaDashboard, remembered for a few areas: the area picker asks while an
 * option is highlighted, so that choosing it needs no query.
 */
export function prefetchAreaDashboard(code: string): Promise<AreaLoad> {
	let load = prefetched.get(code);
	if (!load) {
		if (prefetched.size >= 8) prefetched.clear();
		load = loadAreaDashboard(fetch, code);
		prefetched.set(code, load);
		// Only a found area is worth remembering; the rest may appear once the engine is ready.
		load.then(
			(result) => result.state === 'ready' || prefetched.delete(code),
			() => prefetched.delete(code)
		);
	}
	return load;
}

export interface AgreementReport {
	agreement: Agreement;
	/** The dashboards of the areas its targets are about, in order of first mention. */
	dashboards: AreaDashboard[];
	firstYear: number;
	lastYear: number;
}

/** Everything the printable report of one agreement shows; null when no agreement has that slug. */
export async function loadAgreementReport(
	fetch: Fetch,
	slug: string
): Promise<AgreementReport | null> {
	const overview = await loadTargetsOverview(fetch);
	const agreement = overview?.agreements.find((a) => agreementSlug(a.name) === slug);
	if (!overview || !agreement) return null;
	const codes = [...new Set(agreement.targets.map((t) => t.areaCode))];
	const loads = await Promise.all(codes.map((code) => loadAreaDashboard(fetch, code)));
	return {
		agreement,
		dashboards: loads.flatMap((load) => (load.state === 'ready' ? [load.dashboard] : [])),
		firstYear: overview.firstYear,
		lastYear: overview.lastYear
	};
}
