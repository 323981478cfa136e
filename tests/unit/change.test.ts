import { describe, expect, it } from 'vitest';
import { assessChange, seriesChange } from '$lib/analysis/change';

const at = (year: number, value: number) => ({ year, value });

describe('assessChange', () => {
	it('reads a rise as better when higher is better, worse when lower is better', () => {
		expect(assessChange(at(2015, 100), at(2020, 120), 'up', 0).verdict).toBe('better');
		expect(assessChange(at(2015, 100), at(2020, 120), 'down', 0).verdict).toBe('worse');
	});

	it('reads a fall as better when lower is better', () => {
		const change = assessChange(at(2015, 1200), at(2020, 900), 'down', 0);
		expect(change.verdict).toBe('better');
		expect(change.movement).toBe('down');
		expect(change.delta).toBe(-300);
		expect(change.relative).toBeCloseTo(-0.25);
	});

	it('calls changes under 1% of the start value stable', () => {
		expect(assessChange(at(2015, 1000), at(2020, 1009), 'up', 0).verdict).toBe('stable');
		expect(assessChange(at(2015, 1000), at(2020, 1011), 'up', 0).verdict).toBe('better');
	});

	it('calls changes smaller than one displayed unit stable', () => {
		// 0.04 on a value shown with one decimal is invisible; 1% of 2.0 would be 0.02.
		expect(assessChange(at(2015, 2.0), at(2020, 2.04), 'up', 1).verdict).toBe('stable');
		expect(assessChange(at(2015, 2.0), at(2020, 2.2), 'up', 1).verdict).toBe('better');
	});

	it('gives no judgement for indicators without a direction, but keeps the movement', () => {
		const change = assessChange(at(2015, 40), at(2020, 30), 'none', 1);
		expect(change.verdict).toBe('neutral');
		expect(change.movement).toBe('down');
	});

	it('refuses to judge from too short a span or missing ends', () => {
		expect(assessChange(at(2019, 10), at(2020, 20), 'up', 0).verdict).toBe('insufficient');
		expect(assessChange(undefined, at(2020, 20), 'up', 0).verdict).toBe('insufficient');
	});

	it('has no relative change from a start of zero', () => {
		const change = assessChange(at(2015, 0), at(2020, 5), 'up', 1);
		expect(change.verdict).toBe('better');
		expect(change.relative).toBeUndefined();
	});
});

describe('seriesChange', () => {
	it('compares the first and last observed years, skipping missing ends', () => {
		const change = seriesChange(
			[
				{ year: 2012, value: null },
				{ year: 2013, value: 10 },
				{ year: 2014, value: 11 },
				{ year: 2015, value: 14 },
				{ year: 2016, value: null }
			],
			'up',
			0
		);
		expect(change.from).toEqual({ year: 2013, value: 10 });
		expect(change.to).toEqual({ year: 2015, value: 14 });
		expect(change.verdict).toBe('better');
	});
});
