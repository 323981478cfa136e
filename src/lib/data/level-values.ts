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
	const [values] = await buildManyLevelValues(engine, meta, level, [indicatorId]);
	return values;
}

/**
 * Several indicators' values at one level from one query: the compare page's theme index needs
 * every indicator, and fifty queries one after another took seconds on a national dataset.
 */
export async function buildManyLevelValues(
	engine: Engine,
	meta: Pick<DatasetMeta, 'areas' | 'firstYear' | 'lastYear'>,
	level: AreaLevel,
	indicatorIds: readonly string[]
): Promise<LevelValues[]> {
	const rows = await observationsForLevel(engine, level, indicatorIds);
	const byIndicator = new Map<string, Map<string, typeof rows>>();
	for (const row of rows) {
		let byArea = byIndicator.get(row.indicator_id);
		if (!byArea) byIndicator.set(row.indicator_id, (byArea = new Map()));
		const list = byArea.get(row.area_code);
		if (list) list.push(row);
		else byArea.set(row.area_code, [row]);
	}
	const atLevel = meta.areas.filter((area) => area.level === level);
	return indicatorIds.map((indicatorId) => {
		const byArea = byIndicator.get(indicatorId);
		// Only the areas with observations: a national dataset's 14,000 buurten would otherwise
		// each carry a list of nulls while one or two gemeenten are loaded (readers take a missing
		// area as no data).
		const values: LevelValues['values'] = {};
		for (const area of atLevel) {
			const observed = byArea?.get(area.code);
			if (observed)
				values[area.code] = fillYears(observed, meta.firstYear, meta.lastYear).map((p) => p.value);
		}
		return { level, indicatorId, firstYear: meta.firstYear, lastYear: meta.lastYear, values };
	});
}

/** The value of an area in a year, or null. */
export function valueIn(levelValues: LevelValues, code: string, year: number): number | null {
	return levelValues.values[code]?.[year - levelValues.firstYear] ?? null;
}
