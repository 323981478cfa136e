import { describe, expect, it } from 'vitest';
import {
	checkTargetDraft,
	EMPTY_DRAFT,
	readTypedNumber,
	valueRange,
	type TargetDraft
} from '$lib/analysis/target-draft';

const context = {
	areaCodes: new Set(['WK999902', 'GM9999']),
	indicators: [
		{ id: 'solar_panels_share', unit: '%' },
		{ id: 'woz_value', unit: '€' },
		{ id: 'social_cohesion', unit: 'rapportcijfer' },
		{ id: 'leefbaarometer_score', unit: 'score' }
	],
	locale: 'nl' as const
};

const valid: TargetDraft = {
	area_code: 'WK999902',
	indicator_id: 'solar_panels_share',
	baseline_year: '2019',
	target_year: '2030',
	target_value: '45,5',
	agreement: ' Prestatieafspraken 2024 ',
	parties: 'Gemeente;  Woonstede ;;Huurdersraad'
};

describe('checkTargetDraft', () => {
	it('turns a valid form into a contract target, trimmed, parties normalised', () => {
		expect(checkTargetDraft(valid, context)).toEqual({
			target: {
				area_code: 'WK999902',
				indicator_id: 'solar_panels_share',
				baseline_year: 2019,
				target_year: 2030,
				target_value: 45.5,
				agreement: 'Prestatieafspraken 2024',
				parties: 'Gemeente; Woonstede; Huurdersraad'
			},
			problems: []
		});
	});

	it('names every empty required field, and nothing else, for an empty form', () => {
		const { target, problems } = checkTargetDraft(EMPTY_DRAFT, context);
		expect(target).toBeNull();
		expect(problems).toEqual(
			[
				'area_code',
				'indicator_id',
				'baseline_year',
				'target_year',
				'target_value',
				'agreement'
			].map((field) => ({ field, code: 'required' }))
		);
	});

	it('refuses a target year that is not after the baseline year', () => {
		const { problems } = checkTargetDraft({ ...valid, target_year: '2019' }, context);
		expect(problems).toEqual([
			{ field: 'target_year', code: 'target_year_not_after_baseline', baseline: 2019 }
		]);
	});

	it('refuses unknown areas and indicators, and years outside 1990–2100', () => {
		const { problems } = checkTargetDraft(
			{
				...valid,
				area_code: 'WK000000',
				indicator_id: 'nope',
				baseline_year: '1980',
				target_year: '20x0'
			},
			context
		);
		expect(problems).toEqual([
			{ field: 'area_code', code: 'area_unknown' },
			{ field: 'indicator_id', code: 'indicator_unknown' },
			{ field: 'baseline_year', code: 'year_invalid', min: 1990, max: 2100 },
			{ field: 'target_year', code: 'year_invalid', min: 1990, max: 2100 }
		]);
	});

	it('checks the value against what its unit allows', () => {
		const over = checkTargetDraft({ ...valid, target_value: '120' }, context);
		expect(over.problems).toEqual([
			{ field: 'target_value', code: 'value_out_of_range', min: 0, max: 100 }
		]);
		const negativeMoney = checkTargetDraft(
			{ ...valid, indicator_id: 'woz_value', target_value: '-5' },
			context
		);
		expect(negativeMoney.problems[0]).toMatchObject({ code: 'value_out_of_range', min: 0 });
		const score = checkTargetDraft(
			{ ...valid, indicator_id: 'leefbaarometer_score', target_value: '-0,2' },
			context
		);
		expect(score.target?.target_value).toBe(-0.2);
	});

	it('refuses text that is not a number, and over-long names', () => {
		const { problems } = checkTargetDraft(
			{ ...valid, target_value: '45%', agreement: 'x'.repeat(121) },
			context
		);
		expect(problems).toEqual([
			{ field: 'target_value', code: 'value_invalid' },
			{ field: 'agreement', code: 'text_too_long', max: 120 }
		]);
	});
});

describe('readTypedNumber', () => {
	it('reads the locale’s decimal separator, and the other one where it is the only reading', () => {
		expect(readTypedNumber('12,5', 'nl')).toBe(12.5);
		expect(readTypedNumber('12.5', 'nl')).toBe(12.5);
		expect(readTypedNumber('12.5', 'en')).toBe(12.5);
		expect(readTypedNumber('250.000', 'nl')).toBeNull(); // 250 or 250 000: refused, not guessed
		expect(readTypedNumber('250000', 'nl')).toBe(250000);
		expect(readTypedNumber('1.234,5', 'nl')).toBe(1234.5);
		expect(readTypedNumber('', 'nl')).toBeNull();
		expect(readTypedNumber('0x1A', 'en')).toBeNull();
		expect(readTypedNumber('3*', 'nl')).toBeNull();
	});
});

describe('valueRange', () => {
	it('follows the unit', () => {
		expect(valueRange('%')).toEqual({ min: 0, max: 100 });
		expect(valueRange('per 1.000 inwoners')).toEqual({ min: 0, max: null });
		expect(valueRange('score')).toEqual({ min: null, max: null });
	});
});
