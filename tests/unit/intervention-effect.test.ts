/** The change before and after an intervention, on hand-computed fixtures. */
import { describe, expect, it } from 'vitest';
import { interventionEffect } from '$lib/analysis/intervention-effect';
import type { Series } from '$lib/analysis/series';

const series = (first: number, values: (number | null)[]): Series =>
	values.map((value, i) => ({ year: first + i, value }));

describe('interventionEffect', () => {
	it('compares the average annual change over the 3 years before and after', () => {
		// 2015 10, 2016 12, 2017 14, 2018 16 | 2019 17, 2020 18, 2021 19; intervention 2018.
		const s = series(2015, [10, 12, 14, 16, 17, 18, 19, 30]);
		const effect = interventionEffect(s, 2018, 'up', 0);
		// Before: (16 − 10) / (2018 − 2015) = 2 a year; after: (19 − 16) / (2021 − 2018) = 1.
		expect(effect.before).toEqual({
			from: { year: 2015, value: 10 },
			to: { year: 2018, value: 16 },
			perYear: 2
		});
		expect(effect.after).toEqual({
			from: { year: 2018, value: 16 },
			to: { year: 2021, value: 19 },
			perYear: 1
		});
		expect(effect.difference).toBe(-1);
		// Higher is better and it rises more slowly after: less favourable.
		expect(effect.verdict).toBe('worse');
		expect(interventionEffect(s, 2018, 'down', 0).verdict).toBe('better');
		expect(interventionEffect(s, 2018, 'none', 0).verdict).toBe('neutral');
	});

	it('skips missing years, never treating them as zero', () => {
		// 2016 and 2019 missing: before uses 2015→2018, after 2018→2021 still.
		const s = series(2015, [10, null, 13, 16, null, 22, 25]);
		const effect = interventionEffect(s, 2018, 'up', 1);
		expect(effect.before?.perYear).toBe(2); // (16 − 10) / 3
		expect(effect.after?.perYear).toBe(3); // (25 − 16) / 3
		expect(effect.verdict).toBe('better');
	});

	it('uses the observed ends when the intervention year itself is missing', () => {
		const s = series(2015, [10, 11, 12, null, 20, 22, 24]);
		const effect = interventionEffect(s, 2018, 'up', 0);
		expect(effect.before).toMatchObject({ from: { year: 2015 }, to: { year: 2017 }, perYear: 1 });
		expect(effect.after).toMatchObject({ from: { year: 2019 }, to: { year: 2021 }, perYear: 2 });
	});

	it('says too few years at the edge of the series or with one value on a side', () => {
		const s = series(2015, [10, 12, 14, 16]);
		// At the last year: nothing after it.
		const atEnd = interventionEffect(s, 2018, 'up', 0);
		expect(atEnd.before?.perYear).toBe(2);
		expect(atEnd.after).toBeNull();
		expect(atEnd.verdict).toBe('insufficient');
		expect(atEnd.difference).toBeNull();
		// At the first year: nothing before it.
		const atStart = interventionEffect(s, 2015, 'up', 0);
		expect(atStart.before).toBeNull();
		expect(atStart.after?.perYear).toBe(2);
		// Before the data and after it: no side at all.
		expect(interventionEffect(s, 2010, 'up', 0).after).toBeNull();
		expect(interventionEffect(s, 2030, 'up', 0).before).toBeNull();
		// Only one observed value within 3 years before.
		const sparse = series(2012, [1, 2, null, null, null, 8, 9, 10]);
		const one = interventionEffect(sparse, 2017, 'up', 0);
		expect(one.before).toBeNull();
		expect(one.after?.perYear).toBe(1); // (10 − 8) / 2
		expect(interventionEffect([], 2017, 'up', 0).verdict).toBe('insufficient');
	});

	it('counts a difference below one displayed unit or 1% of the level as about the same', () => {
		// Before +1.0 a year, after +1.3 a year: 0.3 < 1% of 100 → stable at 0 decimals.
		const s = series(2015, [97, 98, 99, 100, 101.3, 102.6, 103.9]);
		expect(interventionEffect(s, 2018, 'up', 0).verdict).toBe('stable');
		// With 2 decimals the unit is 0.01, but 1% of 100 = 1 still holds it within tolerance.
		expect(interventionEffect(s, 2018, 'up', 2).verdict).toBe('stable');
		// Level 10: 1% is 0.1; 0.3 a year more now counts, and higher is better.
		const small = series(2015, [7, 8, 9, 10, 11.3, 12.6, 13.9]);
		expect(interventionEffect(small, 2018, 'up', 1).verdict).toBe('better');
	});

	it('stops a side at a series break instead of subtracting values that are not comparable', () => {
		const s = series(2014, [5, 6, 50, 52, 54, 56, 100, 103]);
		// Break in 2016 (before side starts there) and in 2020 (after side ends at 2019).
		const effect = interventionEffect(s, 2018, 'up', 0, [2016, 2020]);
		expect(effect.before).toMatchObject({ from: { year: 2016 }, to: { year: 2018 }, perYear: 2 });
		expect(effect.after).toMatchObject({ from: { year: 2018 }, to: { year: 2019 }, perYear: 2 });
		expect(effect.verdict).toBe('stable');
		// A break in the intervention year itself leaves nothing comparable before it.
		expect(interventionEffect(s, 2016, 'up', 0, [2016]).before).toBeNull();
	});
});
