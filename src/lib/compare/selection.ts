/**
 * What the compare page shows, as it lives in the query string: areas, indicators, the period,
 * the index baseline and the level the spread and ranking are drawn from. Anything unknown in a
 * URL is dropped, so an edited or outdated link still opens a sensible view.
 */
import type { DatasetMeta } from '$lib/data/model';
import { headlineIndicators } from '$lib/data/model';

export const MAX_AREAS = 8;
export const RANKING_LEVELS = ['wijk', 'buurt'] as const;
export type RankingLevel = (typeof RANKING_LEVELS)[number];

export interface CompareSelection {
	areas: string[];
	indicators: string[];
	from: number;
	to: number;
	/** Baseline year of index mode (that year = 100); null shows the values themselves. */
	index: number | null;
	level: RankingLevel;
}

type Meta = Pick<DatasetMeta, 'areas' | 'indicators' | 'firstYear' | 'lastYear'>;

export function defaultSelection(meta: Meta): CompareSelection {
	const gemeente = meta.areas.filter((a) => a.level === 'gemeente').slice(0, 1);
	const wijken = meta.areas.filter((a) => a.level === 'wijk').slice(0, 3);
	return {
		areas: [...gemeente, ...wijken].map((a) => a.code),
		indicators: [...headlineIndicators(meta.indicators).values()].map((i) => i.id),
		from: meta.firstYear,
		to: meta.lastYear,
		index: null,
		level: 'wijk'
	};
}

const list = (value: string | null) => (value ?? '').split(',').filter((v) => v !== '');

function year(value: string | null, meta: Meta): number | null {
	if (value === null || !/^\d{4}$/.test(value)) return null;
	const y = Number(value);
	return y >= meta.firstYear && y <= meta.lastYear ? y : null;
}

export function parseSelection(params: URLSearchParams, meta: Meta): CompareSelection {
	const fallback = defaultSelection(meta);
	const codes = new Set(meta.areas.map((a) => a.code));
	const ids = new Set(meta.indicators.map((i) => i.id));
	const areas = [...new Set(list(params.get('areas')).filter((c) => codes.has(c)))].slice(
		0,
		MAX_AREAS
	);
	const indicators = [...new Set(list(params.get('indicators')).filter((i) => ids.has(i)))];
	let from = year(params.get('from'), meta) ?? fallback.from;
	let to = year(params.get('to'), meta) ?? fallback.to;
	if (from >= to) [from, to] = [fallback.from, fallback.to];
	const level = params.get('level');
	return {
		areas: areas.length > 0 ? areas : fallback.areas,
		indicators: indicators.length > 0 ? indicators : fallback.indicators,
		from,
		to,
		index: year(params.get('index'), meta),
		level: RANKING_LEVELS.find((l) => l === level) ?? fallback.level
	};
}

export function selectionQuery(selection: CompareSelection): string {
	const params = new URLSearchParams();
	params.set('areas', selection.areas.join(','));
	params.set('indicators', selection.indicators.join(','));
	params.set('from', String(selection.from));
	params.set('to', String(selection.to));
	if (selection.index !== null) params.set('index', String(selection.index));
	params.set('level', selection.level);
	// Commas are safe in a query string and keep the link readable.
	return `?${params.toString().replaceAll('%2C', ',')}`;
}
