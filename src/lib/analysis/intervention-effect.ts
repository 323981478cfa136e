/**
 * The change in an indicator before and after an intervention, THE rule (shown in words under
 * every chart and on /over):
 *
 * - The intervention year Y is the turning point. "Before" is the observed values of the years
 *   Y − 3 … Y, "after" those of Y … Y + 3 (EFFECT_WINDOW); the value of Y itself, the level when
 *   the intervention started, belongs to both.
 * - Each side's **average annual change** is (last − first value) / (last − first year) over
 *   the observed values on that side. Missing years are skipped, never filled or counted as zero;
 *   a side needs two observed values (MIN_POINTS), else it is "too few years".
 * - A series break (breaks.csv) is a wall: a side stops at a break, so that values that are not
 *   comparable are never subtracted.
 * - The verdict compares after − before. It counts as **about the same** when the difference is
 *   smaller than one displayed unit per year or 1% of the level in year Y per year (the threshold
 *   of "unchanged" elsewhere, change.ts); otherwise the indicator's direction says whether the
 *   trend became more or less favourable (`neutral` without a direction).
 *
 * An average over three years says what happened around the intervention, not that the
 * intervention caused it; the text says so too.
 */
import type { Direction } from '$lib/data/contract';
import { STABLE_RELATIVE, type ChangeVerdict } from './change';
import { observed, type Series } from './series';

export const EFFECT_WINDOW = 3;
export const MIN_POINTS = 2;

export interface YearPoint {
	year: number;
	value: number;
}

/** One side of the intervention: its first and last observed values and the change per year. */
export interface AnnualChange {
	from: YearPoint;
	to: YearPoint;
	perYear: number;
}

export interface InterventionEffect {
	year: number;
	before: AnnualChange | null;
	after: AnnualChange | null;
	/** after.perYear − before.perYear; null when a side has too few years. */
	difference: number | null;
	verdict: ChangeVerdict;
}

function annualChange(points: readonly YearPoint[]): AnnualChange | null {
	if (points.length < MIN_POINTS) return null;
	const from = points[0];
	const to = points[points.length - 1];
	return { from, to, perYear: (to.value - from.value) / (to.year - from.year) };
}

export function interventionEffect(
	series: Series,
	year: number,
	direction: Direction,
	decimals: number,
	breakYears: readonly number[] = [],
	window = EFFECT_WINDOW
): InterventionEffect {
	// A break in year b separates b − 1 from b: the before side starts at the last break in
	// (Y − window, Y]; the after side ends before the first break in (Y, Y + window].
	const beforeStart = Math.max(year - window, ...breakYears.filter((b) => b <= year));
	const afterBreaks = breakYears.filter((b) => b > year);
	const afterEnd = Math.min(year + window, ...afterBreaks.map((b) => b - 1));
	const points = observed(series);
	const before = annualChange(points.filter((p) => p.year >= beforeStart && p.year <= year));
	const after = annualChange(points.filter((p) => p.year >= year && p.year <= afterEnd));
	if (!before || !after) return { year, before, after, difference: null, verdict: 'insufficient' };

	const difference = after.perYear - before.perYear;
	const level = before.to.value;
	const tolerance = Math.max(10 ** -decimals, Math.abs(level) * STABLE_RELATIVE);
	const verdict: ChangeVerdict =
		Math.abs(difference) < tolerance
			? 'stable'
			: direction === 'none'
				? 'neutral'
				: difference > 0 === (direction === 'up')
					? 'better'
					: 'worse';
	return { year, before, after, difference, verdict };
}
