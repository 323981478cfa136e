/** Two targets of a file on the same area, indicator and years each keep a key of their own. */
import { describe, expect, it } from 'vitest';
import { withUniqueKeys, type TargetProgress } from '$lib/data/model';

const target = (key: string, agreement: string) => ({ key, agreement }) as TargetProgress;

describe('withUniqueKeys', () => {
	it('numbers the second and later repeats of a key and leaves the rest as they were', () => {
		const targets = [
			target('WK1/gas/2019-2030', 'A'),
			target('WK2/gas/2019-2030', 'A'),
			target('WK1/gas/2019-2030', 'A'),
			target('WK1/gas/2019-2030', 'B')
		];
		const keys = withUniqueKeys(targets).map((t) => t.key);
		expect(keys).toEqual([
			'WK1/gas/2019-2030',
			'WK2/gas/2019-2030',
			'WK1/gas/2019-2030#2',
			'WK1/gas/2019-2030#3'
		]);
		expect(withUniqueKeys(targets)[1]).toBe(targets[1]);
	});
});
