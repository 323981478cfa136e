import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDelta, formatNumber, formatTick, formatValue } from '$lib/i18n/format';
import { INTL_LOCALE } from '$lib/i18n/locale';

const euro = { unit: '€', decimals: 0 };
const share = { unit: '%', decimals: 1 };
const gas = { unit: 'm³', decimals: 0 };
const perThousand = { unit: 'per 1.000 inwoners', decimals: 1 };

describe('formatValue', () => {
	it('formats Dutch numbers with a decimal comma and thousands dots', () => {
		expect(formatValue(182000, euro, 'nl')).toBe('€\u00a0182.000');
		expect(formatValue(31.44, share, 'nl')).toBe('31,4%');
		expect(formatValue(1240, gas, 'nl')).toBe('1.240 m³');
		expect(formatValue(45.25, perThousand, 'nl')).toBe('45,3 per 1.000 inwoners');
	});

	it('formats English numbers and translates unit words', () => {
		expect(formatValue(182000, euro, 'en')).toBe('€182,000');
		expect(formatValue(1234.5, share, 'en')).toBe('1,234.5%');
		expect(formatValue(45.25, perThousand, 'en')).toBe('45.3 per 1,000 residents');
	});

	it('leaves scores without a unit word', () => {
		expect(formatValue(4.123, { unit: 'score', decimals: 2 }, 'nl')).toBe('4,12');
	});
});

describe('formatDelta', () => {
	it('gives shares in percentage points and other units with their relative change', () => {
		expect(formatDelta(4.2, 0.3, share, 'nl')).toBe('+4,2 procentpunt');
		expect(formatDelta(-312, -0.21, gas, 'nl')).toBe('-312 m³ (-21%)');
		expect(formatDelta(109000, 0.6, euro, 'en')).toBe('+€109,000 (+60%)');
	});
});

describe('formatTick', () => {
	it('uses one precision per axis, derived from the tick step', () => {
		expect(formatTick(4, 0.1, { unit: 'score', decimals: 2 }, 'nl')).toBe('4,0');
		expect(formatTick(3.9, 0.1, { unit: 'score', decimals: 2 }, 'nl')).toBe('3,9');
		expect(formatTick(30, 5, share, 'nl')).toBe('30%');
		expect(formatTick(250000, 50000, euro, 'nl')).toMatch(/^€ 250\s?K$/);
	});
});

describe('formatDelta with long unit phrases', () => {
	it('leaves the phrase out of the change, which stands next to the latest value', () => {
		expect(formatDelta(-11.2, -0.14, perThousand, 'nl')).toBe('-11,2 (-14%)');
	});
});

describe('remembered texts', () => {
	const fresh = (value: number, decimals: number, locale: 'nl' | 'en', signed: boolean) =>
		new Intl.NumberFormat(INTL_LOCALE[locale], {
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals,
			signDisplay: signed ? 'exceptZero' : 'auto'
		}).format(value);

	it('gives the same text as a fresh Intl.NumberFormat, the first time and again', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ noNaN: true, min: -1e7, max: 1e7 }), { maxLength: 50 }),
				fc.integer({ min: 0, max: 3 }),
				fc.constantFrom<'nl' | 'en'>('nl', 'en'),
				fc.boolean(),
				(values, decimals, locale, signed) => {
					for (const value of [...values, ...values])
						expect(formatNumber(value, decimals, locale, signed)).toBe(
							fresh(value, decimals, locale, signed)
						);
				}
			)
		);
	});

	it('keeps 0 and -0 apart, and stays right after it has forgotten what it remembered', () => {
		expect(formatNumber(0, 1, 'nl')).toBe('0,0');
		expect(formatNumber(-0, 1, 'nl')).toBe(fresh(-0, 1, 'nl', false));
		expect(formatNumber(0, 1, 'nl')).toBe('0,0');
		for (let i = 0; i < 5_000; i++)
			expect(formatNumber(i / 10, 1, 'en')).toBe(fresh(i / 10, 1, 'en', false));
		expect(formatNumber(12.34, 1, 'en')).toBe('12.3');
	});
});
