/**
 * The intervention editor's form, checked: text as typed in → a contract intervention, or the
 * problems per field. The rules are those of interventions.csv (contract.ts).
 */
import { YEAR_RANGE, type Intervention } from '$lib/data/contract';
import { MAX_TEXT_LENGTH, readYear } from './target-draft';

export interface InterventionDraft {
	area_code: string;
	year: string;
	/** '' (no month) or 1–12 as text, from a select. */
	month: string;
	title: string;
	description: string;
	/** The indicators it is meant to affect; none: every chart of the area. */
	indicator_ids: string[];
}

export type InterventionField = keyof InterventionDraft;

export type InterventionProblem =
	| { field: 'area_code' | 'year' | 'title'; code: 'required' }
	| { field: 'area_code'; code: 'area_unknown' }
	| { field: 'year'; code: 'year_invalid'; min: number; max: number }
	| { field: 'month'; code: 'month_invalid' }
	| { field: 'indicator_ids'; code: 'indicator_unknown'; ids: string[] }
	| { field: 'title' | 'description'; code: 'text_too_long'; max: number };

export const MAX_DESCRIPTION_LENGTH = 500;

/** A list kept in one cell, separated by `;`: the parties of a target, the indicators of an intervention. */
export const splitList = (cell: string) =>
	cell
		.split(';')
		.map((id) => id.trim())
		.filter((id) => id !== '');

export function checkInterventionDraft(
	draft: InterventionDraft,
	context: { areaCodes: ReadonlySet<string>; indicatorIds: ReadonlySet<string> }
): { intervention: Intervention | null; problems: InterventionProblem[] } {
	const problems: InterventionProblem[] = [];
	const areaCode = draft.area_code.trim();
	if (areaCode === '') problems.push({ field: 'area_code', code: 'required' });
	else if (!context.areaCodes.has(areaCode))
		problems.push({ field: 'area_code', code: 'area_unknown' });

	const year = readYear(draft.year);
	if (draft.year.trim() === '') problems.push({ field: 'year', code: 'required' });
	else if (year === null)
		problems.push({
			field: 'year',
			code: 'year_invalid',
			min: YEAR_RANGE.min,
			max: YEAR_RANGE.max
		});

	const monthText = draft.month.trim();
	const month = monthText === '' ? null : Number(monthText);
	if (month !== null && !(Number.isInteger(month) && month >= 1 && month <= 12))
		problems.push({ field: 'month', code: 'month_invalid' });

	const title = draft.title.trim();
	if (title === '') problems.push({ field: 'title', code: 'required' });
	else if (title.length > MAX_TEXT_LENGTH)
		problems.push({ field: 'title', code: 'text_too_long', max: MAX_TEXT_LENGTH });
	const description = draft.description.trim();
	if (description.length > MAX_DESCRIPTION_LENGTH)
		problems.push({ field: 'description', code: 'text_too_long', max: MAX_DESCRIPTION_LENGTH });

	const unknown = draft.indicator_ids.filter((id) => !context.indicatorIds.has(id));
	if (unknown.length > 0)
		problems.push({ field: 'indicator_ids', code: 'indicator_unknown', ids: unknown });

	if (problems.length > 0) return { intervention: null, problems };
	return {
		intervention: {
			area_code: areaCode,
			year: year!,
			month,
			title,
			description,
			indicator_ids: [...new Set(draft.indicator_ids)].join(';')
		},
		problems
	};
}

export function draftFromIntervention(intervention: Intervention): InterventionDraft {
	return {
		area_code: intervention.area_code,
		year: String(intervention.year),
		month: intervention.month === null ? '' : String(intervention.month),
		title: intervention.title,
		description: intervention.description,
		indicator_ids: splitList(intervention.indicator_ids)
	};
}

export const EMPTY_INTERVENTION_DRAFT: InterventionDraft = {
	area_code: '',
	year: '',
	month: '',
	title: '',
	description: '',
	indicator_ids: []
};
