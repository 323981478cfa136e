import { describe, expect, it } from 'vitest';
import { trendGeometry } from '$lib/charts/trend-geometry';

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
