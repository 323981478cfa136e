import { MIN_OBSERVATIONS, type TargetStatus } from '$lib/analysis/targets';
import type { Indicator } from '$lib/data/contract';
import type { TargetProgress } from '$lib/data/model';
import { formatValue } from './format';
import { messages } from './index';
import type { Locale } from './locale';

type UnitFormat = Pick<Indicator, 'unit' | 'decimals'>;

/** The sentence that says which rule decided a target's status, with its figures. */
export function targetReason(target: TargetProgress, indicator: UnitFormat, locale: Locale) {
	const m = messages(locale).targets;
	const format = (value: number | null | undefined) =>
		value === null || value === undefined ? '' : formatValue(value, indicator, locale);
	const { projection, pathAtLatest, reason } = target.assessment;
	return m.reasons[reason]({
		baselineYear: target.baselineYear,
		targetYear: target.targetYear,
		target: format(target.targetValue),
		latest: format(target.latest?.value),
		latestYear: target.latest?.year ?? target.baselineYear,
		projected: format(projection?.value),
		low: format(projection?.low),
		high: format(projection?.high),
		path: format(pathAtLatest),
		n: target.fit?.n ?? 0,
		minObservations: MIN_OBSERVATIONS
	});
}

export function targetStatusLabel(status: TargetStatus, locale: Locale): string {
	return messages(locale).targets.status[status];
}

/** "Achieved or on track": what the summary line counts. */
export const ON_COURSE: readonly TargetStatus[] = ['achieved', 'on-track'];

export function countOnCourse(targets: readonly TargetProgress[]) {
	const noData = targets.filter((t) => t.assessment.status === 'no-data').length;
	return {
		onCourse: targets.filter((t) => ON_COURSE.includes(t.assessment.status)).length,
		withData: targets.length - noData,
		noData
	};
}
