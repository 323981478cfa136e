/**
 * The maths of a comparison: the spread of all wijken per year, a direction-aware ranking with
 * the change over a period, the wijken more than one standard deviation from the mean, and
 * index values. Pure functions of plain values, shared by the engine and build-time paths.
 */
import type { Direction } from '$lib/data/contract';
import type { Point, Series } from './series';

export interface SpreadPoint {
	year: number;
	/** Null when fewer than two areas have a value in the year. */
	q1: number | null;
	median: number | null;
	q3: number | null;
}

/** Linear-interpolation quantile of sorted values (the same as DuckDB's quantile_cont). */
export function quantile(sorted: readonly number[], p: number): number {
	const position = (sorted.length - 1) * p;
	const low = Math.floor(position);
	const high = Math.ceil(position);
	return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export function spreadByYear(
	values: Record<string, (number | null)[]>,
	firstYear: number
): SpreadPoint[] {
	const lists = Object.values(values);
	const years = Math.max(0, ...lists.map((l) => l.length));
	return Array.from({ length: years }, (_, i) => {
		const sorted = lists
			.map((l) => l[i])
			.filter((v): v is number => v !== null && v !== undefined)
			.sort((a, b) => a - b);
		const year = firstYear + i;
		if (sorted.length < 2) return { year, q1: null, median: null, q3: null };
		return {
			year,
			q1: quantile(sorted, 0.25),
			median: quantile(sorted, 0.5),
			q3: quantile(sorted, 0.75)
		};
	});
}

export type Deviation = 'above' | 'below' | null;

export interface RankingRow {
	code: string;
	/** The value in the last year of the period; null: not ranked. */
	value: number | null;
	/** The value in the first year of the period. */
	start: number | null;
	/** value − start; null when either is missing. */
	change: number | null;
	/** 1 = best (highest for `up` and `none`, lowest for `down`); equal values share a rank. */
	rank: number | null;
	/** More than one standard deviation above or below the mean of all ranked areas. */
	deviation: Deviation;
}

export interface Ranking {
	rows: RankingRow[];
	mean: number | null;
	/** Population standard deviation of the ranked values (the wijken are all wijken, not a sample). */
	sd: number | null;
}

export function rankAreas(
	values: Record<string, (number | null)[]>,
	firstYear: number,
	from: number,
	to: number,
	direction: Direction
): Ranking {
	const at = (list: (number | null)[], year: number) => list[year - firstYear] ?? null;
	const rows: RankingRow[] = Object.entries(values).map(([code, list]) => {
		const value = at(list, to);
		const start = at(list, from);
		return {
			code,
			value,
			start,
			change: value !== null && start !== null ? value - start : null,
			rank: null,
			deviation: null
		};
	});
	const ranked = rows.filter((r) => r.value !== null);
	const better = (a: number, b: number) => (direction === 'down' ? a - b : b - a);
	ranked.sort((a, b) => better(a.value!, b.value!) || a.code.localeCompare(b.code));
	ranked.forEach((row, i) => {
		row.rank = i > 0 && ranked[i - 1].value === row.value ? ranked[i - 1].rank : i + 1;
	});
	if (ranked.length === 0) return { rows, mean: null, sd: null };
	const mean = ranked.reduce((sum, r) => sum + r.value!, 0) / ranked.length;
	const sd = Math.sqrt(ranked.reduce((sum, r) => sum + (r.value! - mean) ** 2, 0) / ranked.length);
	for (const row of ranked)
		if (sd > 0 && Math.abs(row.value! - mean) > sd)
			row.deviation = row.value! > mean ? 'above' : 'below';
	const unranked = rows
		.filter((r) => r.value === null)
		.sort((a, b) => a.code.localeCompare(b.code));
	return { rows: [...ranked, ...unranked], mean, sd };
}

/** Values as an index: the value in `baseline` = 100. A missing or zero baseline gives no index. */
export function indexSeries(series: Series, baseline: number): Series {
	const base = series.find((p) => p.year === baseline)?.value ?? null;
	return series.map((p): Point => ({
		year: p.year,
		value: base === null || base === 0 || p.value === null ? null : (p.value / base) * 100
	}));
}
