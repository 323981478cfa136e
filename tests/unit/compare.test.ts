import { describe, expect, it } from 'vitest';
import { indexSeries, quantile, rankAreas, spreadByYear } from '$lib/analysis/compare';
import { indicatorIndex, themeIndex } from '$lib/analysis/theme-index';
import { placeLabels } from '$lib/charts/label-layout';
import { defaultSelection, parseSelection, selectionQuery } from '$lib/compare/selection';
import type { DatasetMeta } from '$lib/data/model';

// Three years from 2020; C has no 2022 value, D none at all.
const values = {
	A: [10, 12, 14],
	B: [20, 18, 11],
	C: [5, 6, null],
	D: [null, null, null],
	E: [14, 14, 14]
};

describe('rankAreas', () => {
	it('ranks by direction with the change over the period, ties share a rank', () => {
		const up = rankAreas(values, 2020, 2020, 2022, 'up');
		expect(up.rows.map((r) => [r.code, r.rank, r.change])).toEqual([
			['A', 1, 4],
			['E', 1, 0],
			['B', 3, -9],
			['C', null, null],
			['D', null, null]
		]);
		const down = rankAreas(values, 2020, 2020, 2022, 'down');
		expect(down.rows.map((r) => r.code)).toEqual(['B', 'A', 'E', 'C', 'D']);
	});

	it('marks values more than one (population) standard deviation from the mean', () => {
		// 2021: A 12, B 18, C 6, E 14 → mean 12.5, sd √(0.25 + 30.25 + 42.25 + 2.25)/2 = √75/2 ≈ 4.33.
		const ranking = rankAreas(values, 2020, 2020, 2021, 'up');
		expect(ranking.mean).toBeCloseTo(12.5, 10);
		expect(ranking.sd).toBeCloseTo(Math.sqrt(75) / 2, 10);
		const deviation = Object.fromEntries(ranking.rows.map((r) => [r.code, r.deviation]));
		expect(deviation).toEqual({ B: 'above', E: null, A: null, C: 'below', D: null });
	});
});

describe('spreadByYear', () => {
	it('gives quartiles and median over the areas with a value, as quantile_cont does', () => {
		expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
		const [first, , last] = spreadByYear(values, 2020);
		// 2020: 5, 10, 14, 20
		expect(first).toEqual({ year: 2020, q1: 8.75, median: 12, q3: 15.5 });
		// 2022: 11, 14, 14
		expect(last).toEqual({ year: 2022, q1: 12.5, median: 14, q3: 14 });
	});
});

describe('indexSeries', () => {
	it('is value / baseline × 100, and has no index without a baseline value', () => {
		const series = [
			{ year: 2020, value: 50 },
			{ year: 2021, value: 60 },
			{ year: 2022, value: null }
		];
		expect(indexSeries(series, 2020).map((p) => p.value)).toEqual([100, 120, null]);
		expect(indexSeries(series, 2022).map((p) => p.value)).toEqual([null, null, null]);
		expect(indexSeries([{ year: 2020, value: 0 }], 2020)[0].value).toBeNull();
	});
});

describe('placeLabels', () => {
	it('keeps labels apart and inside the plot, in input order', () => {
		const placed = placeLabels([50, 52, 51, 200], 14, 0, 100);
		const sorted = [...placed].sort((a, b) => a - b);
		for (let i = 1; i < sorted.length; i++)
			expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(14);
		expect(Math.max(...placed)).toBeLessThanOrEqual(100);
		expect(placed[3]).toBe(100);
		expect(placed[0]).toBeLessThan(placed[2]);
		expect(placed[2]).toBeLessThan(placed[1]);
	});
	it('leaves labels that do not collide where they are', () => {
		expect(placeLabels([10, 40, 80], 14, 0, 100)).toEqual([10, 40, 80]);
	});
});

describe('compare selection in the URL', () => {
	const meta = {
		firstYear: 2012,
		lastYear: 2025,
		areas: [
			{ code: 'GM1', name: 'G', level: 'gemeente', parent_code: null },
			{ code: 'WK1', name: 'W1', level: 'wijk', parent_code: 'GM1' },
			{ code: 'WK2', name: 'W2', level: 'wijk', parent_code: 'GM1' },
			{ code: 'BU1', name: 'B1', level: 'buurt', parent_code: 'WK1' }
		],
		indicators: [
			{ id: 'a', theme: 'people' },
			{ id: 'b', theme: 'planet' },
			{ id: 'c', theme: 'planet' }
		]
	} as unknown as DatasetMeta;

	it('round-trips every choice', () => {
		const selection = {
			areas: ['BU1', 'GM1'],
			indicators: ['c'],
			from: 2014,
			to: 2020,
			index: 2016,
			level: 'buurt' as const
		};
		const query = selectionQuery(selection);
		expect(query).toBe('?areas=BU1,GM1&indicators=c&from=2014&to=2020&index=2016&level=buurt');
		expect(parseSelection(new URLSearchParams(query), meta)).toEqual(selection);
	});

	it('drops what it does not know and falls back to the default', () => {
		const parsed = parseSelection(
			new URLSearchParams('areas=XX,WK2,WK2&indicators=zz&from=2030&to=1999&index=abc&level=land'),
			meta
		);
		expect(parsed).toEqual({ ...defaultSelection(meta), areas: ['WK2'] });
		expect(defaultSelection(meta).indicators).toEqual(['a', 'b']);
	});
});

describe('themeIndex', () => {
	const catalogue = [
		{ id: 'up', theme: 'people', direction: 'up' },
		{ id: 'down', theme: 'people', direction: 'down' },
		{ id: 'none', theme: 'people', direction: 'none' },
		{ id: 'gap', theme: 'people', direction: 'up' }
	] as const;
	const city: Record<string, number | null> = { up: 50, down: 20, none: 7, gap: 10 };

	it('averages direction-aware ratios to the city baseline with equal weights', () => {
		const area: Record<string, number | null> = { up: 55, down: 18, none: 99, gap: null };
		// up: 100 · 55/50 = 110; down: 100 · (2 − 18/20) = 110; none and gap are left out.
		const index = themeIndex(
			'people',
			catalogue,
			(id) => area[id],
			(id) => city[id]
		);
		expect(index).toMatchObject({ theme: 'people', used: 2, of: 3 });
		expect(index.value).toBeCloseTo(110, 10);
		expect(indicatorIndex(30, 20, 'down')).toBe(50);
		expect(indicatorIndex(30, 0, 'up')).toBeNull();
		// Limited to 0–200: a share that quadruples scores 200, one far worse scores 0.
		expect(indicatorIndex(4, 1, 'up')).toBe(200);
		expect(indicatorIndex(5, 1, 'down')).toBe(0);
	});

	it('gives no index with fewer than half of the directional indicators', () => {
		const area: Record<string, number | null> = { up: 55, down: null, none: 1, gap: null };
		expect(
			themeIndex(
				'people',
				catalogue,
				(id) => area[id],
				(id) => city[id]
			).value
		).toBeNull();
	});
});
