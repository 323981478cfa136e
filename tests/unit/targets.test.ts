/**
 * Projection and status against fixtures computed by hand (the arithmetic is in the comments),
 * covering the cases of issue #5: too few points, a target already reached, a falling
 * indicator whose direction is down, and missing years.
 */
import { describe, expect, it } from 'vitest';
import {
	BAND_Z,
	assessTarget,
	assessTargetFromSeries,
	fitLeastSquares,
	pathValueAt,
	projectAt,
	projectionWindow,
	reaches,
	targetDirection,
	type TargetInput
} from '$lib/analysis/targets';

const points = (from: number, values: (number | null)[]) =>
	values.map((value, i) => ({ year: from + i, value }));

/*
 * RISING: 2019–2023 = 10, 12, 13, 15, 16.
 *   x̄ = 2021, deviations −2 −1 0 1 2, Sxx = 10; ȳ = 66/5 = 13.2
 *   Sxy = (−2)(−3.2) + (−1)(−1.2) + 0 + (1)(1.8) + (2)(2.8) = 6.4 + 1.2 + 1.8 + 5.6 = 15 → slope 1.5
 *   fitted 10.2 11.7 13.2 14.7 16.2, residuals −.2 .3 −.2 .3 −.2, SSE = 0.30, s = √(0.30/3) = √0.1
 *   2030: 13.2 + 1.5 · 9 = 26.7; half width = 1.2816 · √0.1 · √(1 + 1/5 + 81/10) = 1.2816 · 0.316228 · 3.049590 = 1.235930
 *   band 25.464070 … 27.935930
 */
const RISING = points(2019, [10, 12, 13, 15, 16]);
const RISING_HALF_WIDTH = 1.23593;

/*
 * FALLING (mirror image): 2019–2023 = 40, 38, 37, 35, 34.
 *   ȳ = 36.8, Sxy = −15 → slope −1.5, same residuals (sign flipped), SSE 0.30
 *   2030: 36.8 − 13.5 = 23.3, band 22.064070 … 24.535930
 */
const FALLING = points(2019, [40, 38, 37, 35, 34]);

/*
 * MISSING YEARS: 2015–2023 = 5, 6, –, 8, –, 9, –, 11, 12.
 *   The last five observed values are 2016:6, 2018:8, 2020:9, 2022:11, 2023:12 (the gaps are skipped).
 *   x̄ = 10099/5 = 2019.8, deviations −3.8 −1.8 0.2 2.2 3.2, Sxx = 14.44+3.24+0.04+4.84+10.24 = 32.8
 *   ȳ = 46/5 = 9.2, deviations −3.2 −1.2 −0.2 1.8 2.8, Syy = 22.8
 *   Sxy = 12.16 + 2.16 − 0.04 + 3.96 + 8.96 = 27.2 → slope 27.2/32.8 = 0.829268
 *   SSE = Syy − Sxy²/Sxx = 22.8 − 739.84/32.8 = 22.8 − 22.556098 = 0.243902, s = √(0.243902/3) = 0.285133
 *   2030: 9.2 + 0.829268 · 10.2 = 17.658537
 *   half width = 1.2816 · 0.285133 · √(1 + 0.2 + 104.04/32.8) = 1.2816 · 0.285133 · 2.090921 = 0.764078
 */
const GAPPY = points(2015, [5, 6, null, 8, null, 9, null, 11, 12]);

describe('projection', () => {
	it('fits the rising fixture as computed by hand', () => {
		const fit = fitLeastSquares(projectionWindow(RISING))!;
		expect(fit.n).toBe(5);
		expect(fit.meanX).toBe(2021);
		expect(fit.meanY).toBeCloseTo(13.2, 10);
		expect(fit.sxx).toBeCloseTo(10, 10);
		expect(fit.slope).toBeCloseTo(1.5, 10);
		expect(fit.residualSd).toBeCloseTo(Math.sqrt(0.1), 10);
		const p = projectAt(fit, 2030);
		expect(p.value).toBeCloseTo(26.7, 10);
		expect(p.halfWidth).toBeCloseTo(RISING_HALF_WIDTH, 5);
		expect(p.low).toBeCloseTo(25.46407, 5);
		expect(p.high).toBeCloseTo(27.93593, 5);
	});

	it('widens the band with the distance from the fitted years', () => {
		const fit = fitLeastSquares(projectionWindow(RISING))!;
		const widths = [2021, 2023, 2026, 2030].map((year) => projectAt(fit, year).halfWidth);
		expect(widths).toEqual([...widths].sort((a, b) => a - b));
		// At the mean year only the 1 + 1/n term is left: z · s · √1.2.
		expect(widths[0]).toBeCloseTo(BAND_Z * Math.sqrt(0.1) * Math.sqrt(1.2), 10);
	});

	it('uses only the last five observed values', () => {
		const long = points(2012, [100, 90, 80, 70, 10, 12, 13, 15, 16]);
		const window = projectionWindow(long);
		expect(window.map((p) => p.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
		expect(fitLeastSquares(window)!.slope).toBeCloseTo(1.5, 10);
	});

	it('skips missing years instead of counting them as zero', () => {
		const window = projectionWindow(GAPPY);
		expect(window.map((p) => p.year)).toEqual([2016, 2018, 2020, 2022, 2023]);
		const fit = fitLeastSquares(window)!;
		expect(fit.meanX).toBeCloseTo(2019.8, 10);
		expect(fit.sxx).toBeCloseTo(32.8, 10);
		expect(fit.slope).toBeCloseTo(27.2 / 32.8, 10);
		expect(fit.residualSd).toBeCloseTo(0.285133, 6);
		const p = projectAt(fit, 2030);
		expect(p.value).toBeCloseTo(17.658537, 6);
		expect(p.halfWidth).toBeCloseTo(0.764078, 6);
	});

	it('gives no fit with fewer than three points', () => {
		expect(fitLeastSquares(projectionWindow(points(2020, [1, 2])))).toBeNull();
		expect(fitLeastSquares(projectionWindow(points(2019, [1, null, null, 2])))).toBeNull();
		expect(fitLeastSquares([])).toBeNull();
	});

	it('has a zero-width band through points on a straight line', () => {
		const fit = fitLeastSquares(projectionWindow(points(2020, [1, 2, 3])))!;
		expect(fit.residualSd).toBeCloseTo(0, 12);
		expect(projectAt(fit, 2030).value).toBeCloseTo(11, 10);
	});
});

describe('target direction and the straight path', () => {
	it('follows the target, not the indicator', () => {
		expect(targetDirection(62.2, 50, 'none')).toBe(-1);
		expect(targetDirection(10, 20, 'down')).toBe(1);
		expect(targetDirection(10, 10, 'up')).toBe(1);
		expect(targetDirection(10, 10, 'down')).toBe(-1);
		expect(targetDirection(10, 10, 'none')).toBe(0);
	});

	it('runs straight from baseline to target', () => {
		const target = { baselineYear: 2019, targetYear: 2030, targetValue: 28 };
		expect(pathValueAt(target, 10, 2019)).toBe(10);
		expect(pathValueAt(target, 10, 2030)).toBe(28);
		// 10 + 18 · 4/11 = 16.545455
		expect(pathValueAt(target, 10, 2023)).toBeCloseTo(16.545455, 6);
	});

	it('counts values that display as equal as reached', () => {
		expect(reaches(16.04, 16.0, 1, 1)).toBe(true);
		expect(reaches(15.94, 16.0, 1, 1)).toBe(false);
		expect(reaches(0.04, 0, -1, 1)).toBe(true);
		expect(reaches(0.06, 0, -1, 1)).toBe(false);
		// Holding a level: within 1% or one displayed unit.
		expect(reaches(50.4, 50, 0, 1)).toBe(true);
		expect(reaches(49.4, 50, 0, 1)).toBe(false);
	});
});

describe('status', () => {
	const rising = (baselineYear: number, targetValue: number, series = RISING) =>
		assessTargetFromSeries({ baselineYear, targetYear: 2030, targetValue }, series, {
			direction: 'up',
			decimals: 1
		});

	it('on track: the projection (26.7) reaches a target of 25', () => {
		const a = rising(2019, 25);
		expect(a).toMatchObject({ status: 'on-track', reason: 'projection-reaches', direction: 1 });
		expect(a.projection!.value).toBeCloseTo(26.7, 10);
	});

	it('at risk: the projection (26.7) misses 27.5, the band (up to 27.94) reaches it', () => {
		expect(rising(2019, 27.5)).toMatchObject({ status: 'at-risk', reason: 'band-reaches' });
	});

	it('off track: neither the projection nor the band reaches 28, and 16 is behind the path (16.55)', () => {
		const a = rising(2019, 28);
		expect(a).toMatchObject({ status: 'off-track', reason: 'projection-misses' });
		expect(a.pathAtLatest).toBeCloseTo(16.545455, 6);
	});

	it('at risk: the projection misses 28, but 16 is ahead of the path from a 2015 baseline of 2', () => {
		// Path in 2023: 2 + 26 · 8/15 = 15.866667 ≤ 16. The fit is the same as above (last five values).
		const series = [{ year: 2015, value: 2 }, ...RISING];
		const a = rising(2015, 28, series);
		expect(a.pathAtLatest).toBeCloseTo(15.866667, 6);
		expect(a).toMatchObject({ status: 'at-risk', reason: 'ahead-of-path' });
	});

	it('achieved: a target of 15 is already passed by the latest value 16, whatever the trend', () => {
		expect(rising(2019, 15)).toMatchObject({ status: 'achieved', reason: 'reached' });
		// Also with a falling trend: the latest value decides.
		const turning = points(2019, [10, 18, 17, 16.5, 16]);
		expect(rising(2019, 15, turning)).toMatchObject({ status: 'achieved' });
	});

	it('achieved needs no trend: baseline and one later value are enough', () => {
		const a = rising(2019, 11, points(2019, [10, 12]));
		expect(a).toMatchObject({ status: 'achieved', reason: 'reached' });
		expect(a.fit).toBeNull();
	});

	it('no data: fewer than three observations', () => {
		const a = rising(2019, 25, points(2019, [10, 12]));
		expect(a).toMatchObject({ status: 'no-data', reason: 'too-few-observations' });
		expect(a.projection).toBeNull();
		const gaps = rising(2019, 25, points(2019, [10, null, null, null, 12]));
		expect(gaps).toMatchObject({ status: 'no-data', reason: 'too-few-observations' });
	});

	it('no data: no value in the baseline year', () => {
		const series = points(2019, [null, 12, 13, 15, 16]);
		expect(rising(2019, 25, series)).toMatchObject({
			status: 'no-data',
			reason: 'no-baseline',
			direction: null
		});
		expect(rising(2010, 25)).toMatchObject({ status: 'no-data', reason: 'no-baseline' });
	});

	it('off track: the target year is in the data and the target was not reached', () => {
		const a = assessTargetFromSeries(
			{ baselineYear: 2019, targetYear: 2022, targetValue: 20 },
			RISING,
			{ direction: 'up', decimals: 1 }
		);
		expect(a).toMatchObject({ status: 'off-track', reason: 'deadline-passed' });
	});

	describe('a falling indicator whose direction is down (projection 23.3, band 22.06 … 24.54)', () => {
		const falling = (targetValue: number, direction: 'down' | 'none' = 'down') =>
			assessTargetFromSeries({ baselineYear: 2019, targetYear: 2030, targetValue }, FALLING, {
				direction,
				decimals: 1
			});

		it('on track for a target of 25: lower is the way', () => {
			const a = falling(25);
			expect(a).toMatchObject({ status: 'on-track', direction: -1 });
			expect(a.projection!.value).toBeCloseTo(23.3, 10);
			expect(a.projection!.low).toBeCloseTo(22.06407, 5);
		});

		it('at risk for 22.5: only the low edge of the band (22.06) reaches it', () => {
			expect(falling(22.5)).toMatchObject({ status: 'at-risk', reason: 'band-reaches' });
		});

		it('off track for 22: the band stops at 22.06 and 34 is above the path (33.45)', () => {
			// Path in 2023: 40 − 18 · 4/11 = 33.454545; lower is better, 34 is behind.
			const a = falling(22);
			expect(a.pathAtLatest).toBeCloseTo(33.454545, 6);
			expect(a).toMatchObject({ status: 'off-track', reason: 'projection-misses' });
		});

		it('achieved for 35: the latest value 34 is below it', () => {
			expect(falling(35)).toMatchObject({ status: 'achieved' });
		});

		it('gives the same statuses when the indicator has no direction: the target sets it', () => {
			for (const value of [25, 22.5, 22, 35])
				expect(falling(value, 'none').status).toBe(falling(value, 'down').status);
		});
	});

	it('a rising value is off track for a target that asks for a decrease', () => {
		// Baseline 10 in 2019, target 8: direction −1, the trend goes the other way.
		expect(rising(2019, 8)).toMatchObject({ status: 'off-track', direction: -1 });
	});

	it('missing years: projects from the observed values only (17.66 in 2030)', () => {
		const gappy = (targetValue: number) =>
			assessTargetFromSeries({ baselineYear: 2016, targetYear: 2030, targetValue }, GAPPY, {
				direction: 'up',
				decimals: 1
			});
		expect(gappy(17.5)).toMatchObject({ status: 'on-track' });
		// 18.2: projection 17.66 misses, band top 17.658537 + 0.764078 = 18.42 reaches.
		expect(gappy(18.2)).toMatchObject({ status: 'at-risk', reason: 'band-reaches' });
		// 19: band misses; path in 2023: 6 + 13 · 7/14 = 12.5 > 12, behind.
		expect(gappy(19)).toMatchObject({ status: 'off-track', reason: 'projection-misses' });
	});

	it('holding a level without direction: on track while the projection stays within 1%', () => {
		const flat = points(2019, [50, 50.2, 49.9, 50.1, 50]);
		const hold = (targetValue: number, values = flat) =>
			assessTargetFromSeries({ baselineYear: 2019, targetYear: 2030, targetValue }, values, {
				direction: 'none',
				decimals: 1
			});
		expect(hold(50)).toMatchObject({ status: 'achieved', direction: 0 });
		const drifting = points(2019, [50, 51, 52, 53, 54]);
		const a = hold(50, drifting);
		expect(a.direction).toBe(0);
		expect(a.status).toBe('off-track');
	});

	it('assessTarget works from precomputed inputs (the SQL route) exactly as from a series', () => {
		const fit = fitLeastSquares(projectionWindow(RISING));
		const input: TargetInput = {
			baselineYear: 2019,
			targetYear: 2030,
			targetValue: 27.5,
			baselineValue: 10,
			latest: { year: 2023, value: 16 },
			fit,
			indicatorDirection: 'up',
			decimals: 1
		};
		const fromSeries = rising(2019, 27.5);
		expect(assessTarget(input)).toEqual({
			status: fromSeries.status,
			reason: fromSeries.reason,
			direction: fromSeries.direction,
			projection: fromSeries.projection,
			pathAtLatest: fromSeries.pathAtLatest
		});
	});
});
