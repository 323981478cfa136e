/** A year's value; `null` is a missing observation (a gap in a line, never a zero). */
export interface Point {
	year: number;
	value: number | null;
}

export type Series = Point[];

/** One point per year of the range, so that years without a row become explicit gaps. */
export function fillYears(
	rows: readonly { year: number; value: number | null }[],
	firstYear: number,
	lastYear: number
): Series {
	const byYear = new Map(rows.map((r) => [r.year, r.value]));
	const series: Series = [];
	for (let year = firstYear; year <= lastYear; year++) {
		const value = byYear.get(year);
		series.push({ year, value: value ?? null });
	}
	return series;
}

export function observed(series: Series): { year: number; value: number }[] {
	return series.filter((p): p is { year: number; value: number } => p.value !== null);
}

export function firstObserved(series: Series) {
	return observed(series)[0];
}

export function lastObserved(series: Series) {
	const points = observed(series);
	return points[points.length - 1];
}
