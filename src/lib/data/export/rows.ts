/**
 * The data behind a chart or a page, as rows for export: one row per area, indicator and year
 * (the long form of the data contract, with names and the unit alongside so a spreadsheet reader
 * needs nothing else, and the status that marks a provisional figure). Every year of the chart is a row; a year without a figure has an empty
 * value, as in the chart's table, never a zero.
 */
import type { Series } from '$lib/analysis/series';
import type { Area, Indicator, ObservationStatus } from '$lib/data/contract';
import type { AreaDashboard } from '$lib/data/model';
import type { Locale } from '$lib/i18n/locale';

export interface ExportRow {
	area_code: string;
	area_name: string;
	indicator_id: string;
	indicator_label: string;
	unit: string;
	year: number;
	value: number | null;
	/** Where the source marked the value: provisional (CBS `*`), secret (CBS `.`); else null. */
	status: ObservationStatus | null;
}

export type ExportColumn = keyof ExportRow;

/**
 * Column order and headers. The contract's own columns keep names the ingest reads back in both
 * languages (`area_code` / `gebiedscode`, `year` / `jaar`, `value` / `waarde`), so an export
 * re-imports as it is.
 */
export const EXPORT_COLUMNS: readonly { key: ExportColumn; header: Record<Locale, string> }[] = [
	{ key: 'area_code', header: { nl: 'gebiedscode', en: 'area_code' } },
	{ key: 'area_name', header: { nl: 'gebied', en: 'area' } },
	{ key: 'indicator_id', header: { nl: 'indicator_id', en: 'indicator_id' } },
	{ key: 'indicator_label', header: { nl: 'indicator', en: 'indicator' } },
	{ key: 'unit', header: { nl: 'eenheid', en: 'unit' } },
	{ key: 'year', header: { nl: 'jaar', en: 'year' } },
	{ key: 'value', header: { nl: 'waarde', en: 'value' } },
	{ key: 'status', header: { nl: 'status', en: 'status' } }
];

/** The rows of one chart: the area's series, then the reference area's. */
export function chartRows(
	indicator: Indicator,
	area: Area,
	series: Series,
	reference: Area | null,
	referenceSeries: Series | null,
	locale: Locale
): ExportRow[] {
	const label = locale === 'nl' ? indicator.label_nl : indicator.label_en;
	const rowsOf = (of: Area, points: Series) =>
		points.map((p) => ({
			area_code: of.code,
			area_name: of.name,
			indicator_id: indicator.id,
			indicator_label: label,
			unit: indicator.unit,
			year: p.year,
			value: p.value,
			status: p.status ?? null
		}));
	return [
		...rowsOf(area, series),
		...(reference && referenceSeries ? rowsOf(reference, referenceSeries) : [])
	];
}

/** The rows of every chart of an area's page, in catalogue order. */
export function dashboardRows(
	dashboard: AreaDashboard,
	indicators: readonly Indicator[],
	locale: Locale
): ExportRow[] {
	const byId = new Map(dashboard.series.map((s) => [s.indicatorId, s]));
	return indicators.flatMap((indicator) => {
		const s = byId.get(indicator.id);
		return s
			? chartRows(indicator, dashboard.area, s.area, dashboard.reference, s.reference, locale)
			: [];
	});
}

/** A file name from codes and ids only (they are ASCII by contract), e.g. `wijkwaarde-WK999901-woz_value`. */
export function exportFileName(...parts: string[]): string {
	return ['wijkwaarde', ...parts].map((p) => p.replace(/[^\w-]+/g, '_')).join('-');
}
