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
import type { AreaLevel, Indicator } from '$lib/data/contract';
import type { LevelValues } from '$lib/data/level-values';
import type { DatasetMeta } from '$lib/data/model';
import { LINE_COLOURS } from '$lib/charts/compare-geometry';
import type { CompareSelection } from './selection';

export const valuesKey = (level: AreaLevel, indicatorId: string) => `${level}|${indicatorId}`;

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
		const raw = toSeries(levelValues.values[code], levelValues.firstYear);
		lines.push({
			code,
			name: area.name,
			colour: LINE_COLOURS[i % LINE_COLOURS.length],
			raw,
			series: selection.index === null ? raw : indexSeries(raw, selection.index)
		});
	}
	const { firstYear } = spreadValues;
	const spreadSource =
		selection.index === null
			? spreadValues.values
			: indexed(spreadValues.values, firstYear, selection.index);
	return {
		indicator,
		lines,
		spread: spreadByYear(spreadSource, firstYear),
		ranking: rankAreas(
			spreadValues.values,
			firstYear,
			selection.from,
			selection.to,
			indicator.direction
		)
	};
}
