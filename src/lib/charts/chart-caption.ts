/**
 * What a downloaded chart says around its plot (export-chart.ts draws it): the title, the area
 * and years, a legend of what is drawn, the source and the date. One place for the chart's own
 * download button and for the report's pack, so that both files read the same.
 */
import type { Series } from '$lib/analysis/series';
import type { Area, Indicator } from '$lib/data/contract';
import type { TargetProgress } from '$lib/data/model';
import { indicatorLabel } from '$lib/i18n/describe';
import { INTL_LOCALE, messages, type Locale } from '$lib/i18n';
import type { ChartCaption, LegendEntry } from './export-chart';

export interface CaptionInput {
	indicator: Indicator;
	area: Area;
	reference: Area | null;
	referenceSeries: Series | null;
	firstYear: number;
	lastYear: number;
	locale: Locale;
	/** Legend entries of what else the chart draws (a target), after the two lines. */
	extraLegend?: readonly LegendEntry[];
	date?: Date;
}

/** The legend of a target's overlay, as the chart's own legend shows it. */
export function targetLegend(target: TargetProgress | null, locale: Locale): LegendEntry[] {
	if (!target) return [];
	const m = messages(locale).targets.chart;
	return [
		{ label: m.legendTarget(target.targetYear), sample: 'path.target-point', shape: 'diamond' },
		...(target.baselineValue !== null ? [{ label: m.legendPath, sample: 'path.path' }] : []),
		...(target.fit ? [{ label: m.legendProjection, sample: 'path.projection' }] : [])
	];
}

export function formatLongDate(date: Date, locale: Locale): string {
	return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long' }).format(date);
}

export function chartCaption(input: CaptionInput): ChartCaption {
	const { indicator, area, reference, referenceSeries, locale } = input;
	const m = messages(locale);
	return {
		title: indicatorLabel(indicator, locale),
		subtitle: m.download.subtitle(area.name, input.firstYear, input.lastYear),
		legend: [
			{ label: area.name, sample: 'path.area' },
			...(reference && referenceSeries
				? [{ label: m.chart.legendReference(reference.name), sample: 'path.reference' }]
				: []),
			...(input.extraLegend ?? [])
		],
		source: m.download.source(indicator.source),
		date: m.download.date(formatLongDate(input.date ?? new Date(), locale))
	};
}
