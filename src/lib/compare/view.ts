/**
 * From a selection and the values it needs to what the compare page draws: per indicator the
 * chosen areas' lines (as values or as an index), the spread of the ranking level, and the ranking.
 */
import {
	indexSeries,
	rankAreas,
	spreadByYear,
	type Ranking,
	type SpreadPoint
} from '$lib/analysis/compare';
import type { Series } from '$lib/analysis/series';
import { THEMES, type Area, type AreaLevel, type Indicator } from '$lib/data/contract';
import type { LevelValues } from '$lib/data/level-values';
import type { DatasetMeta } from '$lib/data/model';
import { themeIndex, type ThemeIndex } from '$lib/analysis/theme-index';
import { LINE_COLOURS } from '$lib/charts/compare-geometry';
import type { CompareSelection } from './selection';

export const valuesKey = (level: AreaLevel, indicatorId: string) => `${level}|${indicatorId}`;

const gemeenteMaps = new WeakMap<readonly Area[], Map<string, string>>();

/** Each area's gemeente, worked out once per area list. */
function gemeenteOf(areas: readonly Area[]): Map<string, string> {
	let map = gemeenteMaps.get(areas);
	if (!map) {
		const byCode = new Map(areas.map((a) => [a.code, a]));
		map = new Map();
		for (const area of areas) {
			let at: Area | undefined = area;
			for (let steps = 0; at && at.level !== 'gemeente' && steps < 10; steps++)
				at = at.parent_code ? byCode.get(at.parent_code) : undefined;
			if (at?.level === 'gemeente') map.set(area.code, at.code);
		}
		gemeenteMaps.set(areas, map);
	}
	return map;
}

/**
 * The values of the areas in the gemeenten of the chosen areas: the spread and the ranking are
 * of those, as an official compares a wijk with the rest of its city (and with a whole country's
 * data, of the gemeenten compared rather than of 3,500 wijken).
 */
function inChosenGemeenten(
	values: LevelValues['values'],
	areas: readonly Area[],
	chosen: readonly string[]
): LevelValues['values'] {
	const gemeente = gemeenteOf(areas);
	const wanted = new Set(chosen.map((code) => gemeente.get(code)));
	if (wanted.size === 0 || wanted.has(undefined)) return values;
	return Object.fromEntries(
		Object.entries(values).filter(([code]) => wanted.has(gemeente.get(code)))
	);
}

/** The (level, indicator) pairs a selection needs. */
export function neededValues(
	selection: CompareSelection,
	meta: Pick<DatasetMeta, 'areas'>
): [AreaLevel, string][] {
	const levels = new Set<AreaLevel>([selection.level]);
	for (const code of selection.areas) {
		const level = meta.areas.find((a) => a.code === code)?.level;
		if (level) levels.add(level);
	}
	return selection.indicators.flatMap((id) =>
		[...levels].map((level): [AreaLevel, string] => [level, id])
	);
}

export interface CompareLineView {
	code: string;
	name: string;
	colour: string;
	series: Series;
	/** The values themselves, also in index mode (the table shows both). */
	raw: Series;
}

export interface IndicatorComparison {
	indicator: Indicator;
	lines: CompareLineView[];
	spread: SpreadPoint[];
	ranking: Ranking;
}

function toSeries(values: (number | null)[] | undefined, firstYear: number): Series {
	return (values ?? []).map((value, i) => ({ year: firstYear + i, value }));
}

function indexed(values: LevelValues['values'], firstYear: number, baseline: number) {
	const result: LevelValues['values'] = {};
	for (const [code, list] of Object.entries(values))
		result[code] = indexSeries(toSeries(list, firstYear), baseline).map((p) => p.value);
	return result;
}

/** Null for an indicator whose values have not arrived yet. */
export function compareIndicator(
	selection: CompareSelection,
	meta: Pick<DatasetMeta, 'areas' | 'indicators'>,
	indicatorId: string,
	values: ReadonlyMap<string, LevelValues>
): IndicatorComparison | null {
	const indicator = meta.indicators.find((i) => i.id === indicatorId);
	const spreadValues = values.get(valuesKey(selection.level, indicatorId));
	if (!indicator || !spreadValues) return null;
	const lines: CompareLineView[] = [];
	for (const [i, code] of selection.areas.entries()) {
		const area = meta.areas.find((a) => a.code === code);
		const levelValues = area && values.get(valuesKey(area.level, indicatorId));
		if (!area || !levelValues) return null;
		const raw = toSeries(levelValues.values[code] ?? [], levelValues.firstYear);
		lines.push({
			code,
			name: area.name,
			colour: LINE_COLOURS[i % LINE_COLOURS.length],
			raw,
			series: selection.index === null ? raw : indexSeries(raw, selection.index)
		});
	}
	const { firstYear } = spreadValues;
	const ranked = inChosenGemeenten(spreadValues.values, meta.areas, selection.areas);
	const spreadSource =
		selection.index === null ? ranked : indexed(ranked, firstYear, selection.index);
	return {
		indicator,
		lines,
		spread: spreadByYear(spreadSource, firstYear),
		ranking: rankAreas(ranked, firstYear, selection.from, selection.to, indicator.direction)
	};
}

/** The theme index needs every directional indicator at the areas' levels and the gemeente's. */
export function neededForThemeIndex(
	selection: CompareSelection,
	meta: Pick<DatasetMeta, 'areas' | 'indicators'>
): [AreaLevel, string][] {
	const levels = new Set<AreaLevel>(['gemeente', ...neededValues(selection, meta).map(([l]) => l)]);
	return meta.indicators
		.filter((i) => i.direction !== 'none')
		.flatMap((i) => [...levels].map((level): [AreaLevel, string] => [level, i.id]));
}

export interface ThemeIndexRow {
	code: string;
	name: string;
	chosen: boolean;
	themes: ThemeIndex[];
}

/**
 * The theme index of the chosen areas and of every area of the ranking level, in the last year
 * of the period against the gemeente in the baseline (the index year, else the first year).
 * Null until all values have arrived.
 */
export function themeIndexRows(
	selection: CompareSelection,
	meta: Pick<DatasetMeta, 'areas' | 'indicators'>,
	values: ReadonlyMap<string, LevelValues>
): ThemeIndexRow[] | null {
	const needed = neededForThemeIndex(selection, meta);
	if (needed.some(([level, id]) => !values.has(valuesKey(level, id)))) return null;
	const baseline = selection.index ?? selection.from;
	const at = (level: AreaLevel, id: string, code: string, year: number) => {
		const v = values.get(valuesKey(level, id))!;
		return v.values[code]?.[year - v.firstYear] ?? null;
	};
	const chosen = new Set(selection.areas);
	const gemeenteCode = gemeenteOf(meta.areas);
	// As the ranking: the other areas of the chosen areas' gemeenten.
	const gemeenten = new Set(selection.areas.map((code) => gemeenteCode.get(code)));
	const everywhere = gemeenten.has(undefined);
	const rows = [
		...selection.areas.map((code) => meta.areas.find((a) => a.code === code)!),
		...meta.areas.filter(
			(a) =>
				a.level === selection.level &&
				!chosen.has(a.code) &&
				(everywhere || gemeenten.has(gemeenteCode.get(a.code)))
		)
	];
	return rows.map((area) => {
		const code = gemeenteCode.get(area.code);
		const gemeente = code === undefined ? undefined : { code };
		return {
			code: area.code,
			name: area.name,
			chosen: chosen.has(area.code),
			themes: THEMES.map((theme) =>
				themeIndex(
					theme,
					meta.indicators,
					(id) => at(area.level, id, area.code, selection.to),
					(id) => (gemeente ? at('gemeente', id, gemeente.code, baseline) : null)
				)
			)
		};
	});
}
