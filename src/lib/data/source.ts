/**
 * Where a page's data comes from: the engine once it is ready (it also holds uploads),
 * before that the JSON prepared at build time for the bundled areas.
 */
import { browser } from '$app/environment';
import { base } from '$app/paths';
import type { AreaLevel } from './contract';
import { observationParts } from 'virtual:wijkwaarde-dataset';
import {
	boundaryUploads,
	dataVersion,
	ensureObservations,
	readyDataset
} from './engine-client.svelte';
import { targetAreaCodes } from './queries';
import { buildLevelValues, buildManyLevelValues, type LevelValues } from './level-values';
import { loadBundledBoundaries, withUploadedShapes, type AreaShape } from '$lib/geo/boundaries';
import { ALL_GEMEENTEN, mapAreas, type MapScope } from '$lib/geo/map-scope';
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

/**
 * A partitioned dataset (the whole country) has no build-time snapshots: thousands of areas'
 * JSON would dwarf the site. Its pages wait for the engine, which loads a view's gemeenten.
 */
const HAS_SNAPSHOTS = observationParts === null;

async function snapshot<T>(fetch: Fetch, path: string): Promise<T | null> {
	if (!HAS_SNAPSHOTS) return null;
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
		await ensureObservations(await targetAreaCodes(dataset.engine));
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
		await ensureObservations([code]);
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

/**
 * Loads the observations of the areas' gemeenten if the engine lacks them (a partitioned
 * dataset). Resolves to the data version: values loaded at another version may lack some.
 */
export async function ensureAreaData(codes: readonly string[]): Promise<number> {
	if (readyDataset()) await ensureObservations(codes);
	return dataVersion();
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

const levelValuesCache = new Map<string, Promise<LevelValues | null>>();

/** One indicator for every area of a level (maps, comparisons); remembered per engine state. */
export function loadLevelValues(
	fetch: Fetch,
	level: AreaLevel,
	indicatorId: string
): Promise<LevelValues | null> {
	const dataset = readyDataset();
	const key = `${dataset ? `engine${dataVersion()}` : 'snapshot'}|${level}|${indicatorId}`;
	// Not on the server: every prerendered page must fetch (and so inline) its own values.
	let load = browser ? levelValuesCache.get(key) : undefined;
	if (!load) {
		load = dataset
			? buildLevelValues(dataset.engine, dataset.meta, level, indicatorId)
			: /^[a-z0-9_]+$/.test(indicatorId)
				? snapshot<LevelValues>(fetch, `values/${level}/${indicatorId}.json`)
				: Promise.resolve(null);
		levelValuesCache.set(key, load);
		load.catch(() => levelValuesCache.delete(key));
	}
	return load;
}

export interface MapData {
	shapes: Map<string, AreaShape>;
	values: LevelValues;
	/** The gemeente (top area) the map draws, and every one that has shapes. */
	scope: string;
	scopes: MapScope[];
}

let merged: { uploads: readonly unknown[]; shapes: Map<string, AreaShape> } | null = null;

/** The bundled boundaries with the user's uploads laid over them. */
async function mapShapes(): Promise<Map<string, AreaShape>> {
	const bundled = await loadBundledBoundaries();
	const uploads = boundaryUploads();
	if (uploads.length === 0) return bundled;
	if (merged?.uploads !== uploads)
		merged = { uploads, shapes: withUploadedShapes(bundled, uploads) };
	return merged.shapes;
}

/**
 * What a map needs: the boundaries and an indicator's values at a level, for the
 * gemeente of `areaCode` (by default the first with shapes). The other map level is taken when
 * the preferred one has no shapes there (a boundary file of buurten only); a gemeente whose
 * wijken have no shapes is shown among all gemeenten, if they have.
 */
export async function loadMap(
	fetch: Fetch,
	meta: DatasetMeta | null,
	level: AreaLevel,
	areaCode: string | null = null
): Promise<MapData | null> {
	if (!meta || meta.indicators.length === 0) {
		// Without snapshots the page waits for the engine: parse the boundaries meanwhile.
		if (browser && !HAS_SNAPSHOTS) loadBundledBoundaries().catch(() => {});
		return null;
	}
	const shapes = await mapShapes();
	const drawn = mapAreas(meta.areas, shapes);
	let scope = areaCode ? drawn.scopeOf(areaCode) : drawn.scopes[0]?.code;
	// A gemeente with a shape of its own but none for its wijken: the map of all gemeenten.
	if (
		scope &&
		drawn.levels(scope).length === 0 &&
		drawn.areas(ALL_GEMEENTEN, 'gemeente').some((a) => a.code === areaCode)
	)
		scope = ALL_GEMEENTEN;
	const levels = scope ? drawn.levels(scope) : [];
	if (!scope || levels.length === 0) return null;
	if (readyDataset()) await ensureObservations([areaCode ?? scope]);
	const chosen = levels.find((l) => l === level) ?? levels[0];
	const codes = new Set(drawn.areas(scope, chosen).map((a) => a.code));
	const values = await valuesWithData(fetch, meta, chosen, codes, null, areaCode);
	return values ? { shapes, values, scope, scopes: drawn.scopes } : null;
}

/**
 * The values at `level` of the first indicator (`preferred` first) with a figure for `focus`
 * (the page's own area), else for one of `codes`, else of the first that loads: an upload may
 * have figures for some indicators only, and a map of nothing but hatching says little.
 */
export async function valuesWithData(
	fetch: Fetch,
	meta: DatasetMeta,
	level: AreaLevel,
	codes: ReadonlySet<string>,
	preferred: string | null = null,
	focus: string | null = null
): Promise<LevelValues | null> {
	const ids = meta.indicators.map((i) => i.id);
	const order = preferred && ids.includes(preferred) ? [preferred, ...ids] : ids;
	const observed = (list: readonly (number | null)[] | undefined) =>
		list?.some((v) => v !== null) ?? false;
	let first: LevelValues | null = null;
	let forAny: LevelValues | null = null;
	for (const id of order) {
		const values = await loadLevelValues(fetch, level, id).catch(() => null);
		if (!values) continue;
		first ??= values;
		if (focus && codes.has(focus)) {
			if (observed(values.values[focus])) return values;
			forAny ??= [...codes].some((code) => observed(values.values[code])) ? values : null;
		} else if ([...codes].some((code) => observed(values.values[code]))) return values;
	}
	return forAny ?? first;
}

/**
 * Several (level, indicator) values at once; those that cannot be found are left out. `areas`:
 * the areas they are for, whose observations a partitioned dataset must have loaded. From the
 * engine, those not cached yet come from one query per level.
 */
export async function loadManyLevelValues(
	fetch: Fetch,
	pairs: readonly (readonly [AreaLevel, string])[],
	areas: readonly string[] = []
): Promise<LevelValues[]> {
	const dataset = readyDataset();
	if (dataset) {
		await ensureObservations(areas);
		const version = `engine${dataVersion()}`;
		const uncached = new Map<AreaLevel, string[]>();
		for (const [level, id] of pairs)
			if (!levelValuesCache.has(`${version}|${level}|${id}`))
				uncached.set(level, [...(uncached.get(level) ?? []), id]);
		for (const [level, ids] of uncached) {
			const known = ids.filter((id) => dataset.meta.indicators.some((i) => i.id === id));
			const many = buildManyLevelValues(dataset.engine, dataset.meta, level, known);
			known.forEach((id, i) => {
				const key = `${version}|${level}|${id}`;
				const one = many.then((list) => list[i]);
				levelValuesCache.set(key, one);
				one.catch(() => levelValuesCache.delete(key));
			});
		}
	}
	const loaded = await Promise.all(pairs.map(([level, id]) => loadLevelValues(fetch, level, id)));
	return loaded.filter((v): v is LevelValues => v !== null);
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
