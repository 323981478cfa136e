import { assessChange, seriesChange } from '$lib/analysis/change';
import { observed, type Series } from '$lib/analysis/series';
import type { Indicator } from '$lib/data/contract';
import { formatValue } from './format';
import { messages } from './index';
import type { Locale } from './locale';

export function indicatorLabel(
	indicator: Pick<Indicator, 'label_nl' | 'label_en'>,
	locale: Locale
) {
	return locale === 'en' ? indicator.label_en : indicator.label_nl;
}

export function indicatorDescription(
	indicator: Pick<Indicator, 'description_nl' | 'description_en'>,
	locale: Locale
) {
	return locale === 'en' ? indicator.description_en : indicator.description_nl;
}

/** Within this factor of each other, two rates of change count as "about as fast". */
const SIMILAR_PACE = 1.25;

/**
 * One sentence that says what the chart shows: the area's change over its observed period,
 * and how the reference area moved over the same years.
 */
export function describeTrend(
	indicator: Indicator,
	area: Series,
	reference: Series | null,
	referenceName: string,
	locale: Locale
): string {
	const m = messages(locale).summary;
	const label = indicatorLabel(indicator, locale);
	const format = (value: number) => formatValue(value, indicator, locale);
	const change = seriesChange(area, indicator.direction, indicator.decimals);
	if (change.verdict === 'insufficient' || !change.from || !change.to || !change.movement) {
		const points = observed(area);
		if (points.length === 0) return `${m.insufficient(label)}.`;
		const last = points[points.length - 1];
		return points.length === 1
			? `${m.only(label, format(last.value), last.year)}.`
			: `${m.insufficient(label)}.`;
	}
	let sentence = m.sentence(
		label,
		change.movement,
		format(change.from.value),
		change.from.year,
		format(change.to.value),
		change.to.year
	);
	const refPoints = reference
		? observed(reference).filter((p) => p.year >= change.from!.year && p.year <= change.to!.year)
		: [];
	if (refPoints.length >= 2) {
		const refChange = assessChange(
			refPoints[0],
			refPoints[refPoints.length - 1],
			indicator.direction,
			indicator.decimals
		);
		const verb = refChange.movement ? m.verb[refChange.movement] : '';
		if (refChange.movement === 'flat') sentence += m.reference.flat(referenceName);
		else if (
			refChange.movement &&
			refChange.movement !== change.movement &&
			change.movement !== 'flat'
		)
			sentence += m.reference.opposite(referenceName, verb);
		else if (refChange.movement && change.movement !== 'flat') {
			const own = Math.abs(change.delta ?? 0);
			const scale = indicator.unit === '%' ? 1 : scaleFor(change.from.value, refPoints[0].value);
			const theirs = Math.abs(refChange.delta ?? 0) * scale;
			if (theirs * SIMILAR_PACE < own) sentence += m.reference.sameSlower(referenceName, verb);
			else if (own * SIMILAR_PACE < theirs) sentence += m.reference.sameFaster(referenceName, verb);
			else sentence += m.reference.sameSimilar(referenceName, verb);
		}
	}
	return `${sentence}.`;
}

/**
 * Compares paces (of non-share units) relative to each series' own level, so that a wijk at € 150.000 rising by
 * € 30.000 is "faster" than a gemeente at € 300.000 rising by € 40.000.
 */
function scaleFor(areaStart: number, referenceStart: number): number {
	if (areaStart === 0 || referenceStart === 0) return 1;
	return Math.abs(areaStart / referenceStart);
}
