import { describe, expect, it } from 'vitest';
import { fillYears, firstObserved, lastObserved } from '$lib/analysis/series';

describe('fillYears', () => {
	it('makes every year of the range explicit, absent rows and empty values as null', () => {
		const series = fillYears(
			[
				{ year: 2013, value: 5 },
				{ year: 2015, value: null },
				{ year: 2016, value: 0 }
			],
			2012,
			2016
		);
		expect(series).toEqual([
			{ year: 2012, value: null },
			{ year: 2013, value: 5 },
			{ year: 2014, value: null },
			{ year: 2015, value: null },
			{ year: 2016, value: 0 }
		]);
		expect(firstObserved(series)).toEqual({ year: 2013, value: 5 });
		// A real zero is a value, not a gap.
		expect(lastObserved(series)).toEqual({ year: 2016, value: 0 });
	});
});
