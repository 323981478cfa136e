/**
 * Prestatieafspraken: how far an area is on its way to an agreed target, and where the
 * recent trend points. Pure maths, no I/O: the same functions run on rows computed by SQL
 * (queries.ts `targetProgress`) and on points read in a test.
 *
 * THE STATUS RULE (the one place it is written down; nl/en words in i18n `targets.rules`)
 *
 * The target's direction is the sign of (target value − baseline value): a target can ask for
 * a decrease of an indicator that has no direction of its own. Where target and baseline are
 * equal the indicator's direction decides (stay at least / at most at this level); without
 * one the target is to hold the level, within the dashboard's "unchanged" tolerance.
 * A value "reaches" the target when it is at or beyond it in that direction; values that
 * display as equal (within half a displayed unit) count as reached.
 *
 * Decided in this order, the first that applies:
 *   1. geen gegevens (no-data): there is no observed value in the baseline year.
 *   2. behaald (achieved): the latest observed value reaches the target.
 *   3. uit koers (off-track): the target year is in the data and the target was not reached.
 *   4. geen gegevens (no-data): fewer than MIN_OBSERVATIONS observed values, too few for a trend.
 *   5. op koers (on-track): the least-squares projection for the target year reaches the target.
 *   6. risico (at-risk): the projection misses, but the favourable edge of its band reaches the
 *      target, or the latest value is at least on the straight path from baseline to target.
 *   7. uit koers (off-track): otherwise.
 *
 * THE PROJECTION
 *
 * A straight line fitted by least squares through the last PROJECTION_WINDOW observed values
 * (missing years are skipped, never counted as zero), extended to the target year. The band
 * around it is the prediction band of that line,
 *
 *     ± BAND_Z · s · √(1 + 1/n + (x − x̄)² / Sxx),   s = √(SSE / (n − 2)),
 *
 * which widens with the distance from the fitted years. BAND_Z = 1.2816 is the normal
 * quantile of an 80% two-sided band. It is an indication, not a confidence statement: with
 * 3 to 5 points a Student-t quantile would give a wider band, and a straight line is only one
 * way a series can continue.
 */
import type { Direction } from '$lib/data/contract';
import { STABLE_RELATIVE } from './change';

/** How many of the most recent observed values the projection is fitted through. */
export const PROJECTION_WINDOW = 5;
/** Fewer observed values than this give no projection (a line through 2 points has no spread). */
export const MIN_OBSERVATIONS = 3;
/** Normal quantile for an ~80% two-sided band. */
export const BAND_Z = 1.2816;

export const TARGET_STATUSES = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** Which step of the rule decided the status (the sentence shown next to it). */
export type TargetReason =
	| 'no-baseline'
	| 'reached'
	| 'deadline-passed'
	| 'too-few-observations'
	| 'projection-reaches'
	| 'band-reaches'
	| 'ahead-of-path'
	| 'projection-misses';

export interface YearValue {
	year: number;
	value: number;
}

/**
 * A least-squares line y = meanY + slope · (x − meanX), kept centred on the mean year so that
 * years around 2020 do not cost precision.
 */
export interface TrendFit {
	/** Number of points fitted (3 to PROJECTION_WINDOW). */
	n: number;
	fromYear: number;
	toYear: number;
	meanX: number;
	meanY: number;
	/** Σ (x − x̄)². */
	sxx: number;
	slope: number;
	/** Residual standard deviation, √(SSE / (n − 2)). */
	residualSd: number;
}

/** The last `window` observed points, oldest first; gaps (null) are skipped. */
export function projectionWindow(
	points: readonly { year: number; value: number | null }[],
	window = PROJECTION_WINDOW
): YearValue[] {
	return points
		.filter((p): p is YearValue => p.value !== null && Number.isFinite(p.value))
		.sort((a, b) => a.year - b.year)
		.slice(-window);
}

/** The least-squares line through the points; null with fewer than MIN_OBSERVATIONS. */
export function fitLeastSquares(points: readonly YearValue[]): TrendFit | null {
	const n = points.length;
	if (n < MIN_OBSERVATIONS) return null;
	const meanX = points.reduce((sum, p) => sum + p.year, 0) / n;
	const meanY = points.reduce((sum, p) => sum + p.value, 0) / n;
	let sxx = 0;
	let sxy = 0;
	for (const p of points) {
		sxx += (p.year - meanX) ** 2;
		sxy += (p.year - meanX) * (p.value - meanY);
	}
	if (sxx === 0) return null;
	const slope = sxy / sxx;
	const sse = points.reduce(
		(sum, p) => sum + (p.value - (meanY + slope * (p.year - meanX))) ** 2,
		0
	);
	return {
		n,
		fromYear: Math.min(...points.map((p) => p.year)),
		toYear: Math.max(...points.map((p) => p.year)),
		meanX,
		meanY,
		sxx,
		slope,
		residualSd: Math.sqrt(sse / (n - 2))
	};
}

export interface Projection {
	year: number;
	value: number;
	/** Half the width of the band: value ± halfWidth. */
	halfWidth: number;
	low: number;
	high: number;
}

/** The fitted line and its band in a given year. */
export function projectAt(fit: TrendFit, year: number): Projection {
	const value = fit.meanY + fit.slope * (year - fit.meanX);
	const halfWidth =
		BAND_Z * fit.residualSd * Math.sqrt(1 + 1 / fit.n + (year - fit.meanX) ** 2 / fit.sxx);
	return { year, value, halfWidth, low: value - halfWidth, high: value + halfWidth };
}

/** +1: the target asks for a higher value, −1: lower, 0: hold the level. */
export type TargetDirection = 1 | -1 | 0;

export function targetDirection(
	baselineValue: number,
	targetValue: number,
	indicatorDirection: Direction
): TargetDirection {
	if (targetValue > baselineValue) return 1;
	if (targetValue < baselineValue) return -1;
	return indicatorDirection === 'up' ? 1 : indicatorDirection === 'down' ? -1 : 0;
}

/** The value on the straight path from (baseline year, baseline value) to the target, in a year. */
export function pathValueAt(
	target: Pick<TargetInput, 'baselineYear' | 'targetYear' | 'targetValue'>,
	baselineValue: number,
	year: number
): number {
	const share = (year - target.baselineYear) / (target.targetYear - target.baselineYear);
	return baselineValue + (target.targetValue - baselineValue) * share;
}

export interface TargetInput {
	baselineYear: number;
	targetYear: number;
	targetValue: number;
	/** The observed value in the baseline year; null when that year is missing. */
	baselineValue: number | null;
	/** The most recent observed value. */
	latest: YearValue | null;
	/** The line through the last PROJECTION_WINDOW observed values; null with too few. */
	fit: TrendFit | null;
	indicatorDirection: Direction;
	/** Decimals the indicator is shown with: values that display as equal count as equal. */
	decimals: number;
}

export interface TargetAssessment {
	status: TargetStatus;
	reason: TargetReason;
	direction: TargetDirection | null;
	/** The projection in the target year, when there is a trend. */
	projection: Projection | null;
	/** The straight path's value in the latest year, when there is a baseline. */
	pathAtLatest: number | null;
}

/** Whether a value reaches the target in the target's direction (see the rule above). */
export function reaches(
	value: number,
	targetValue: number,
	direction: TargetDirection,
	decimals: number
): boolean {
	const halfUnit = 0.5 * 10 ** -decimals;
	if (direction === 1) return value >= targetValue - halfUnit;
	if (direction === -1) return value <= targetValue + halfUnit;
	return Math.abs(value - targetValue) <= holdTolerance(targetValue, decimals);
}

/** "Unchanged" as elsewhere on the dashboard: within 1% or one displayed unit. */
function holdTolerance(targetValue: number, decimals: number): number {
	return Math.max(10 ** -decimals, Math.abs(targetValue) * STABLE_RELATIVE);
}

/** Whether any value of the band `projection ± halfWidth` reaches the target. */
function bandReaches(projection: Projection, input: TargetInput, direction: TargetDirection) {
	const { targetValue, decimals } = input;
	if (direction === 0)
		return (
			Math.abs(projection.value - targetValue) <=
			projection.halfWidth + holdTolerance(targetValue, decimals)
		);
	const favourable = direction === 1 ? projection.high : projection.low;
	return reaches(favourable, targetValue, direction, decimals);
}

/** The status of one target, by the rule at the top of this file. */
export function assessTarget(input: TargetInput): TargetAssessment {
	const { baselineValue, latest, fit, targetValue, targetYear, decimals } = input;
	if (baselineValue === null || latest === null)
		return {
			status: 'no-data',
			reason: 'no-baseline',
			direction: null,
			projection: null,
			pathAtLatest: null
		};
	const direction = targetDirection(baselineValue, targetValue, input.indicatorDirection);
	const pathAtLatest = pathValueAt(input, baselineValue, latest.year);
	const projection = fit ? projectAt(fit, targetYear) : null;
	const result = (status: TargetStatus, reason: TargetReason): TargetAssessment => ({
		status,
		reason,
		direction,
		projection,
		pathAtLatest
	});

	if (reaches(latest.value, targetValue, direction, decimals)) return result('achieved', 'reached');
	if (latest.year >= targetYear) return result('off-track', 'deadline-passed');
	if (!projection) return result('no-data', 'too-few-observations');
	if (reaches(projection.value, targetValue, direction, decimals))
		return result('on-track', 'projection-reaches');
	if (bandReaches(projection, input, direction)) return result('at-risk', 'band-reaches');
	if (reaches(latest.value, pathAtLatest, direction, decimals))
		return result('at-risk', 'ahead-of-path');
	return result('off-track', 'projection-misses');
}

/**
 * Everything from a plain series: the way a test (or a page that has the points) gets the
 * same assessment as the SQL route.
 */
export function assessTargetFromSeries(
	target: Pick<TargetInput, 'baselineYear' | 'targetYear' | 'targetValue'>,
	points: readonly { year: number; value: number | null }[],
	indicator: { direction: Direction; decimals: number }
): TargetAssessment & { fit: TrendFit | null; latest: YearValue | null } {
	const window = projectionWindow(points);
	const latest = window[window.length - 1] ?? null;
	const baseline = points.find((p) => p.year === target.baselineYear)?.value ?? null;
	const fit = fitLeastSquares(window);
	return {
		...assessTarget({
			...target,
			baselineValue: baseline,
			latest,
			fit,
			indicatorDirection: indicator.direction,
			decimals: indicator.decimals
		}),
		fit,
		latest
	};
}
