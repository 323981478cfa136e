import { describe, expect, it } from 'vitest';
import type { Indicator } from '$lib/data/contract';
import { describeTrend } from '$lib/i18n/describe';

const woz: Indicator = {
	id: 'woz_value',
	theme: 'profit',
	label_nl: 'WOZ-waarde',
	label_en: 'WOZ value',
	unit: '€',
	direction: 'up',
	decimals: 0,
	source: 'CBS',
	description_nl: '',
	description_en: ''
};
const nbsp = '\u00a0';
const years = (values: (number | null)[], from = 2014) =>
	values.map((value, i) => ({ year: from + i, value }));

describe('describeTrend', () => {
	it('says how the area changed and how the gemeente moved over the same years', () => {
		const area = years([182000, 200000, 240000, 291000]);
		const gemeente = years([250000, 260000, 275000, 290000]);
		expect(describeTrend(woz, area, gemeente, 'de gemeente', 'nl')).toBe(
			`WOZ-waarde steeg van €${nbsp}182.000 in 2014 naar €${nbsp}291.000 in 2017; de gemeente steeg minder snel.`
		);
	});

	it('says when the reference moved the other way, in English too', () => {
		const area = years([300000, 280000, 260000]);
		const gemeente = years([250000, 260000, 270000]);
		expect(describeTrend(woz, area, gemeente, 'the municipality', 'en')).toBe(
			'WOZ value fell from €300,000 in 2014 to €260,000 in 2016; the municipality, by contrast, rose.'
		);
	});

	it('uses the first and last observed years, skipping gaps at the ends', () => {
		const area = years([null, 100000, null, 130000, null]);
		expect(describeTrend(woz, area, null, '', 'nl')).toContain('in 2015 naar');
		expect(describeTrend(woz, area, null, '', 'nl')).toContain('in 2017.');
	});

	it('does not invent a trend from one observation', () => {
		expect(describeTrend(woz, years([null, 150000, null]), null, '', 'nl')).toBe(
			`WOZ-waarde was €${nbsp}150.000 in 2015.`
		);
		expect(describeTrend(woz, years([null, null]), null, '', 'nl')).toContain('te weinig gegevens');
	});
});
