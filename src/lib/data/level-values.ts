/**
 * The values of one indicator for every area of one level, every year: what a map colours and
 * what a comparison ranks and spreads. The same shape comes from the engine and from build time.
 */
import { fillYears } from '$lib/analysis/series';
import type { AreaLevel } from './contract';
import type { DatasetMeta } from './model';
import type { Engine } from './engine';
import { observationsForLevel } from './queries';

export interface LevelValues {
	level: AreaLevel;
	indicatorId: string;
	firstYear: number;
	lastYear: number;
	/** Per area code with observations, one value per year from `firstYear` (null: none that year). */
	values: Record<string, (number | null)[]>;
}

export async function buildLevelValues(
	engine: Engine,
	meta: Pick<DatasetMeta, 'areas' | 'firstYear' | 'lastYear'>,
	level: AreaLevel,
	indicatorId: string
): Promise<LevelValues> {
	const rows = await observationsForLevel(engine, level, [indicatorId]);
	const byArea = new Map<string, typeof rows>();
	for (const row of rows) {
		const list = byArea.get(row.area_code);
		if (list) list.push(row);
		else byArea.set(row.area_code, [row]);
	}
	// Only the areas with observations: a national dataset's 14,000 buurten would otherwise each
	// carry a list of nulls, while one or two gemeenten are loaded (readers take a missing area
	// as no data).
	const values: LevelValues['values'] = {};
	for (const area of meta.areas) {
		const observed = byArea.get(area.code);
		if (area.level === level && observed)
			values[area.code] = fillYears(observed, meta.firstYear, meta.lastYear).map((p) => p.value);
	}
	return { level, indicatorId, firstYear: meta.firstYear, lastYear: meta.lastYear, values };
}

/** The value of an area in a year, or null. */
export function valueIn(levelValues: LevelValues, code: string, year: number): number | null {
	return levelValues.values[code]?.[year - levelValues.firstYear] ?? null;
}
