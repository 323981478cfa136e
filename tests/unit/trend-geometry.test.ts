import { describe, expect, it } from 'vitest';
import { fitLeastSquares, projectAt, projectionWindow } from '$lib/analysis/targets';
import {
	DOT_RADIUS,
	dotsPath,
	TREND_SIZE,
	trendGeometry,
	type TargetOverlay
} from '$lib/charts/trend-geometry';

const series = (values: (number | null)[], from = 2012) =>
	values.map((value, i) => ({ year: from + i, value }));

describe('trendGeometry', () => {
	it('breaks the line at a missing year instead of bridging or zeroing it', () => {
		const g = trendGeometry(series([10, 12, null, 14, 15]), null, 2012, 2016);
		expect(g.areaPath.match(/M/g)).toHaveLength(2);
		// A dot for every observed year, none for the gap.
		expect(g.areaDots.map((d) => d.year)).toEqual([2012, 2013, 2015, 2016]);
		const lowest = Math.max(...g.areaDots.map((d) => d.cy));
		expect(lowest).toBeLessThan(180 - 24);
	});

	it('draws the dots as one path of circles around the observed points', () => {
		expect(dotsPath([{ cx: 10, cy: 20 }])).toBe('M7.6,20a2.4,2.4 0 1,0 4.8,0a2.4,2.4 0 1,0 -4.8,0');
		const g = trendGeometry(series([10, 12, null, 14, 15]), null, 2012, 2016);
		// Each circle starts at its left edge and its two arcs span the diameter: the centres
		// read back from the path are the dots.
		const centres = [
			...g.dotsPath.matchAll(/M([\d.-]+),([\d.-]+)a([\d.]+),\3 0 1,0 ([\d.]+),0/g)
		].map(([, x, y, r, d]) => {
			expect(Number(r)).toBe(DOT_RADIUS);
			expect(Number(d)).toBeCloseTo(2 * DOT_RADIUS, 6);
			return { cx: Number(x) + DOT_RADIUS, cy: Number(y) };
		});
		expect(centres).toHaveLength(g.areaDots.length);
		centres.forEach((c, i) => {
			expect(c.cx).toBeCloseTo(g.areaDots[i].cx, 1);
			expect(c.cy).toBe(g.areaDots[i].cy);
		});
	});

	it('keeps an isolated observation visible as a dot', () => {
		const g = trendGeometry(series([null, 12, null]), null, 2012, 2014);
		expect(g.areaDots).toHaveLength(1);
	});

	it('spans both the area and the reference on the y axis, never below zero for shares', () => {
		const g = trendGeometry(series([2, 3, 4]), series([10, 20, 30]), 2012, 2014);
		const [low, high] = g.y.domain();
		expect(low).toBeGreaterThanOrEqual(0);
		expect(low).toBeLessThanOrEqual(2);
		expect(high).toBeGreaterThanOrEqual(30);
	});

	it('maps a pointer position back to the nearest year within range', () => {
		const g = trendGeometry(series([1, 2, 3, 4, 5]), null, 2012, 2016);
		expect(g.yearAt(g.x(2014) + 3)).toBe(2014);
		expect(g.yearAt(-50)).toBe(2012);
		expect(g.yearAt(10_000)).toBe(2016);
	});

	it('draws a flat series without a degenerate scale', () => {
		const g = trendGeometry(series([5, 5, 5]), null, 2012, 2014);
		const [low, high] = g.y.domain();
		expect(high).toBeGreaterThan(low);
		expect(g.areaPath).not.toContain('NaN');
	});
});

describe('trendGeometry with a target', () => {
	const area = series([10, 12, 13, 15, 16], 2019);
	const overlay: TargetOverlay = {
		baseline: { year: 2019, value: 10 },
		target: { year: 2030, value: 25 },
		fit: fitLeastSquares(projectionWindow(area))
	};

	it('is unchanged without a target', () => {
		const plain = trendGeometry(area, null, 2019, 2023);
		const explicit = trendGeometry(area, null, 2019, 2023, TREND_SIZE, null);
		expect(explicit.x.domain()).toEqual(plain.x.domain());
		expect(explicit.y.domain()).toEqual(plain.y.domain());
		expect(explicit.areaPath).toBe(plain.areaPath);
		expect(explicit.xTicks).toEqual(plain.xTicks);
		expect(plain.target).toBeNull();
	});

	it('runs the x axis on to the target year and the y axis to the target and projection', () => {
		const g = trendGeometry(area, null, 2019, 2023, TREND_SIZE, overlay);
		expect(g.x.domain()).toEqual([2019, 2030]);
		expect(g.xTicks[g.xTicks.length - 1]).toBe(2030);
		const [low, high] = g.y.domain();
		expect(low).toBeLessThanOrEqual(10);
		// The projection for 2030 is 26.7 (targets.test.ts), above the target.
		expect(high).toBeGreaterThanOrEqual(26.7);
		expect(g.target!.cx).toBeCloseTo(TREND_SIZE.width - TREND_SIZE.margin.right, 0);
		expect(g.target!.cy).toBeCloseTo(g.y(25), 0);
		expect(g.target!.futureX).toBeCloseTo(g.x(2023), 0);
	});

	it('draws the straight path from baseline to target and the band from the last observed year', () => {
		const g = trendGeometry(area, null, 2019, 2023, TREND_SIZE, overlay);
		const t = g.target!;
		expect(t.path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
		expect(t.projection).toMatch(/^M/);
		expect(t.band).toMatch(/Z$/);
		// The band starts at the last observed year and is widest at the target year.
		const xs = [...t.band.matchAll(/([\d.]+),([\d.]+)/g)].map((m) => Number(m[1]));
		expect(Math.min(...xs)).toBeCloseTo(g.x(2023), 0);
		expect(Math.max(...xs)).toBeCloseTo(g.x(2030), 0);
		const p = projectAt(overlay.fit!, 2030);
		expect(p.high - p.low).toBeGreaterThan(
			projectAt(overlay.fit!, 2023).high - projectAt(overlay.fit!, 2023).low
		);
	});

	it('draws no projection without a fit, and no path without a baseline', () => {
		const g = trendGeometry(area, null, 2019, 2023, TREND_SIZE, {
			baseline: null,
			target: { year: 2030, value: 25 },
			fit: null
		});
		expect(g.target!.path).toBe('');
		expect(g.target!.projection).toBe('');
		expect(g.target!.band).toBe('');
	});

	it('adds no tick for a target year right after the data', () => {
		const g = trendGeometry(area, null, 2019, 2023, TREND_SIZE, {
			...overlay,
			target: { year: 2024, value: 17 }
		});
		expect(g.x.domain()).toEqual([2019, 2024]);
		expect(g.xTicks).not.toContain(2024);
	});
});

describe('trendGeometry with a series break', () => {
	const series = [2018, 2019, 2020, 2021].map((year, i) => ({ year, value: 10 + i }));

	it('stops the line before the break year and starts it anew, without dropping a value', () => {
		const plain = trendGeometry(series, series, 2018, 2021);
		const broken = trendGeometry(series, series, 2018, 2021, TREND_SIZE, null, {
			area: [2020],
			reference: []
		});
		// One move-to more: two segments, 2018–2019 and 2020–2021.
		expect(plain.areaPath.match(/M/g)).toHaveLength(1);
		expect(broken.areaPath.match(/M/g)).toHaveLength(2);
		expect(broken.areaPath.match(/L/g)).toHaveLength(2);
		expect(broken.referencePath).toBe(plain.referencePath);
		expect(broken.breakXs).toEqual([{ year: 2020, x: Math.round(plain.x(2019.5) * 10) / 10 }]);
	});
});
