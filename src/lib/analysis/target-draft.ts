/**
 * The target editor's form, checked: text as typed in → a contract target, or the problems per
 * field. The rules are those of targets.csv (contract.ts) plus what a value can mean in its unit.
 */
import { YEAR_RANGE, type Indicator, type Target } from '$lib/data/contract';
import { parseNumber } from '$lib/data/ingest/numbers';
import type { Locale } from '$lib/i18n/locale';

export interface TargetDraft {
	area_code: string;
	indicator_id: string;
	baseline_year: string;
	target_year: string;
	target_value: string;
	agreement: string;
	parties: string;
}

export type DraftField = keyof TargetDraft;

export type DraftProblem =
	| { field: DraftField; code: 'required' }
	| { field: 'area_code'; code: 'area_unknown' }
	| { field: 'indicator_id'; code: 'indicator_unknown' }
	| { field: 'baseline_year' | 'target_year'; code: 'year_invalid'; min: number; max: number }
	| { field: 'target_year'; code: 'target_year_not_after_baseline'; baseline: number }
	| { field: 'target_value'; code: 'value_invalid' }
	| { field: 'target_value'; code: 'value_out_of_range'; min: number | null; max: number | null }
	| { field: 'agreement' | 'parties'; code: 'text_too_long'; max: number };

export const MAX_TEXT_LENGTH = 120;

/** What a value can be in its unit: a share is 0–100, a grade 1–10, money and counts not negative. */
export function valueRange(unit: string): { min: number | null; max: number | null } {
	if (unit === '%') return { min: 0, max: 100 };
	if (unit === 'rapportcijfer') return { min: 1, max: 10 };
	if (['€', 'kWh', 'm³', 'aantal'].includes(unit) || unit.startsWith('per ')) {
		return { min: 0, max: null };
	}
	return { min: null, max: null };
}

/**
 * A number as a person types it: the locale's decimal separator, or the other one where that is
 * the only reading (`12.5` in Dutch); an ambiguous `1.500` is refused rather than guessed.
 */
export function readTypedNumber(raw: string, locale: Locale): number | null {
	const own = locale === 'nl' ? 'comma' : 'point';
	const cell = parseNumber(raw, own, { cbsSentinels: false });
	if (cell.kind === 'number' && !cell.provisional) return cell.value;
	if (cell.kind === 'invalid' && cell.code.startsWith('number_decimal_')) {
		const other = parseNumber(raw, own === 'comma' ? 'point' : 'comma', { cbsSentinels: false });
		if (other.kind === 'number' && !other.provisional) return other.value;
	}
	return null;
}

/** A year as typed: four digits within the contract's range, else null. */
export function readYear(raw: string): number | null {
	const text = raw.trim();
	if (!/^\d{4}$/.test(text)) return null;
	const year = Number(text);
	return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? year : null;
}

export interface DraftContext {
	areaCodes: ReadonlySet<string>;
	indicators: readonly Pick<Indicator, 'id' | 'unit'>[];
	locale: Locale;
}

export function checkTargetDraft(
	draft: TargetDraft,
	context: DraftContext
): { target: Target | null; problems: DraftProblem[] } {
	const problems: DraftProblem[] = [];
	const required: DraftField[] = [
		'area_code',
		'indicator_id',
		'baseline_year',
		'target_year',
		'target_value',
		'agreement'
	];
	for (const field of required)
		if (draft[field].trim() === '') problems.push({ field, code: 'required' });
	const missing = (field: DraftField) => problems.some((p) => p.field === field);

	const areaCode = draft.area_code.trim();
	if (!missing('area_code') && !context.areaCodes.has(areaCode))
		problems.push({ field: 'area_code', code: 'area_unknown' });
	const indicator = context.indicators.find((i) => i.id === draft.indicator_id.trim());
	if (!missing('indicator_id') && !indicator)
		problems.push({ field: 'indicator_id', code: 'indicator_unknown' });

	const years = { baseline_year: null as number | null, target_year: null as number | null };
	for (const field of ['baseline_year', 'target_year'] as const) {
		if (missing(field)) continue;
		years[field] = readYear(draft[field]);
		if (years[field] === null)
			problems.push({ field, code: 'year_invalid', min: YEAR_RANGE.min, max: YEAR_RANGE.max });
	}
	if (
		years.baseline_year !== null &&
		years.target_year !== null &&
		years.target_year <= years.baseline_year
	) {
		problems.push({
			field: 'target_year',
			code: 'target_year_not_after_baseline',
			baseline: years.baseline_year
		});
	}

	let value: number | null = null;
	if (!missing('target_value')) {
		value = readTypedNumber(draft.target_value, context.locale);
		if (value === null) problems.push({ field: 'target_value', code: 'value_invalid' });
		else if (indicator) {
			const { min, max } = valueRange(indicator.unit);
			if ((min !== null && value < min) || (max !== null && value > max))
				problems.push({ field: 'target_value', code: 'value_out_of_range', min, max });
		}
	}

	for (const field of ['agreement', 'parties'] as const)
		if (draft[field].trim().length > MAX_TEXT_LENGTH)
			problems.push({ field, code: 'text_too_long', max: MAX_TEXT_LENGTH });

	if (problems.length > 0) return { target: null, problems };
	return {
		target: {
			area_code: areaCode,
			indicator_id: indicator!.id,
			baseline_year: years.baseline_year!,
			target_year: years.target_year!,
			target_value: value!,
			agreement: draft.agreement.trim(),
			parties: draft.parties
				.split(';')
				.map((p) => p.trim())
				.filter((p) => p !== '')
				.join('; ')
		},
		problems
	};
}

/** The form's fields for an existing target (to edit it), written as the locale writes numbers. */
export function draftFromTarget(target: Target, format: (value: number) => string): TargetDraft {
	return {
		area_code: target.area_code,
		indicator_id: target.indicator_id,
		baseline_year: String(target.baseline_year),
		target_year: String(target.target_year),
		target_value: format(target.target_value),
		agreement: target.agreement,
		parties: target.parties
	};
}

export const EMPTY_DRAFT: TargetDraft = {
	area_code: '',
	indicator_id: '',
	baseline_year: '',
	target_year: '',
	target_value: '',
	agreement: '',
	parties: ''
};
