import type { ObservationStatus } from '$lib/data/contract';

/**
 * A year's value; `null` is a missing observation (a gap in a line, never a zero). `status` only
 * where the source marked the value: provisional (shown, marked as such) or secret (withheld).
 */
export interface Point {
	year: number;
	value: number | null;
	status?: ObservationStatus;
}

export type Series = Point[];

/** One point per year of the range, so that years without a row become explicit gaps. */
export function fillYears(
	rows: readonly { year: number; value: number | null; status?: ObservationStatus | null }[],
	firstYear: number,
	lastYear: number
): Series {
	const byYear = new Map(rows.map((r) => [r.year, r]));
	const series: Series = [];
	for (let year = firstYear; year <= lastYear; year++) {
		const row = byYear.get(year);
		const point: Point = { year, value: row?.value ?? null };
		// Left out when there is none, so the prerendered JSON of the bundled data does not grow.
		if (row?.status) point.status = row.status;
		series.push(point);
	}
	return series;
}

export const isProvisional = (point: Point | undefined) => point?.status === 'provisional';

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
