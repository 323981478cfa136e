import type { Direction } from '$lib/data/contract';
import { firstObserved, lastObserved, type Series } from './series';

/**
 * How a change reads for the wijk, given the indicator's direction:
 * better / worse / stable, `neutral` where the catalogue sets no direction,
 * `insufficient` where there are not two observations far enough apart.
 */
export type ChangeVerdict = 'better' | 'worse' | 'stable' | 'neutral' | 'insufficient';

export interface Change {
	verdict: ChangeVerdict;
	from?: { year: number; value: number };
	to?: { year: number; value: number };
	delta?: number;
	/** Relative change, e.g. 0.12 for +12 %; undefined when the start value is 0. */
	relative?: number;
	movement?: 'up' | 'down' | 'flat';
}

/** Changes smaller than this share of the start value, or than one displayed unit, count as stable. */
export const STABLE_RELATIVE = 0.01;
export const MIN_SPAN_YEARS = 2;

export function assessChange(
	from: { year: number; value: number } | undefined,
	to: { year: number; value: number } | undefined,
	direction: Direction,
	decimals: number
): Change {
	if (!from || !to || to.year - from.year < MIN_SPAN_YEARS) return { verdict: 'insufficient' };
	const delta = to.value - from.value;
	const relative = from.value === 0 ? undefined : delta / Math.abs(from.value);
	const tolerance = Math.max(10 ** -decimals, Math.abs(from.value) * STABLE_RELATIVE);
	const movement = Math.abs(delta) < tolerance ? 'flat' : delta > 0 ? 'up' : 'down';
	const base = { from, to, delta, relative, movement } as const;
	if (movement === 'flat') return { ...base, verdict: 'stable' };
	if (direction === 'none') return { ...base, verdict: 'neutral' };
	return { ...base, verdict: movement === direction ? 'better' : 'worse' };
}

export function seriesChange(series: Series, direction: Direction, decimals: number): Change {
	return assessChange(firstObserved(series), lastObserved(series), direction, decimals);
}
