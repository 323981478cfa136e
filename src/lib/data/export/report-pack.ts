/**
 * The "raadsstuk pack" of an agreement's council report: one ZIP with every chart of the report
 * as SVG and PNG, the data behind it as CSV, and a README that says what is in it, where the
 * figures come from, how each indicator is defined, how a status is decided and where the report
 * lives. This module is the pure part (names, rows, texts); ReportPack.svelte draws the images
 * and hands the ZIP to the browser.
 */
import { firstObserved, lastObserved, type Series } from '$lib/analysis/series';
import { BAND_Z, MIN_OBSERVATIONS, PROJECTION_WINDOW } from '$lib/analysis/targets';
import type { Area, Indicator } from '$lib/data/contract';
import type { DatasetMeta, TargetProgress } from '$lib/data/model';
import { indicatorDescription, indicatorLabel } from '$lib/i18n/describe';
import { formatNumber, unitName, yearSpan } from '$lib/i18n/format';
import { messages, type Locale } from '$lib/i18n';
import { countOnCourse, targetReason, targetStatusLabel } from '$lib/i18n/targets';
import { csvText } from './csv';
import { chartRows, exportFileName, type ExportRow } from './rows';

/** One chart of the report: the series it draws and the target it shows. */
export interface PackChart {
	target: TargetProgress;
	indicator: Indicator;
	area: Area;
	reference: Area | null;
	series: Series;
	referenceSeries: Series | null;
	firstYear: number;
	lastYear: number;
}

export interface PackFileNames {
	zip: string;
	readme: string;
	targets: string;
	data: string;
	charts: { svg: string; png: string }[];
}

const NAME_PARTS: Record<Locale, { pack: string; targets: string; data: string }> = {
	nl: { pack: 'raadsstuk', targets: 'afspraken', data: 'cijfers' },
	en: { pack: 'council-pack', targets: 'targets', data: 'data' }
};

/**
 * The files of the pack. Charts are named as a chart's own download is
 * (`wijkwaarde-<area>-<indicator>`), the rest after the agreement's slug.
 */
export function packFileNames(
	slug: string,
	charts: readonly Pick<PackChart, 'area' | 'indicator'>[],
	locale: Locale
): PackFileNames {
	const parts = NAME_PARTS[locale];
	return {
		zip: `${exportFileName(slug, parts.pack)}.zip`,
		readme: 'README.md',
		targets: `${exportFileName(slug, parts.targets)}.csv`,
		data: `${exportFileName(slug, parts.data)}.csv`,
		charts: charts.map((chart) => {
			const name = exportFileName(chart.area.code, chart.indicator.id);
			return { svg: `${name}.svg`, png: `${name}.png` };
		})
	};
}

/** Every source the targets' indicators come from, with the years of data the report shows. */
export interface ReportSource {
	source: string;
	items: { label: string; from: number; to: number }[];
}

export function reportSources(
	targets: readonly TargetProgress[],
	indicators: ReadonlyMap<string, Indicator>,
	seriesOf: (target: TargetProgress) => Series | null | undefined,
	locale: Locale
): ReportSource[] {
	const bySource = new Map<string, ReportSource['items']>();
	for (const target of targets) {
		const indicator = indicators.get(target.indicatorId);
		const series = seriesOf(target);
		const first = series ? firstObserved(series) : null;
		const last = series ? lastObserved(series) : null;
		if (!indicator || !first || !last) continue;
		const label = indicatorLabel(indicator, locale);
		let list = bySource.get(indicator.source);
		if (!list) bySource.set(indicator.source, (list = []));
		const known = list.find((item) => item.label === label);
		if (known) {
			known.from = Math.min(known.from, first.year);
			known.to = Math.max(known.to, last.year);
		} else list.push({ label, from: first.year, to: last.year });
	}
	return [...bySource].map(([source, items]) => ({ source, items }));
}

/** The figures behind the charts: each chart's area and reference rows, each row once. */
export function packDataRows(charts: readonly PackChart[], locale: Locale): ExportRow[] {
	const seen = new Set<string>();
	return charts
		.flatMap((c) =>
			chartRows(c.indicator, c.area, c.series, c.reference, c.referenceSeries, locale)
		)
		.filter((row) => {
			const key = `${row.area_code}|${row.indicator_id}|${row.year}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
}

type TargetCell = string | number | null;

/** Columns of the targets table; numbers unrounded, the status as a word and as its key. */
const TARGET_COLUMNS: readonly {
	header: Record<Locale, string>;
	value: (target: TargetProgress, context: TargetContext) => TargetCell;
}[] = [
	{ header: { nl: 'gebiedscode', en: 'area_code' }, value: (t) => t.areaCode },
	{ header: { nl: 'gebied', en: 'area' }, value: (t, c) => c.area?.name ?? t.areaCode },
	{ header: { nl: 'indicator_id', en: 'indicator_id' }, value: (t) => t.indicatorId },
	{
		header: { nl: 'indicator', en: 'indicator' },
		value: (t, c) => (c.indicator ? indicatorLabel(c.indicator, c.locale) : t.indicatorId)
	},
	{ header: { nl: 'eenheid', en: 'unit' }, value: (_, c) => c.indicator?.unit ?? '' },
	{ header: { nl: 'nulmeting_jaar', en: 'baseline_year' }, value: (t) => t.baselineYear },
	{ header: { nl: 'nulmeting_waarde', en: 'baseline_value' }, value: (t) => t.baselineValue },
	{ header: { nl: 'laatste_jaar', en: 'latest_year' }, value: (t) => t.latest?.year ?? null },
	{ header: { nl: 'laatste_waarde', en: 'latest_value' }, value: (t) => t.latest?.value ?? null },
	{ header: { nl: 'doeljaar', en: 'target_year' }, value: (t) => t.targetYear },
	{ header: { nl: 'doelwaarde', en: 'target_value' }, value: (t) => t.targetValue },
	{
		header: { nl: 'trend_in_doeljaar', en: 'projected_value' },
		value: (t) => t.assessment.projection?.value ?? null
	},
	{
		header: { nl: 'trend_marge_laag', en: 'projected_low' },
		value: (t) => t.assessment.projection?.low ?? null
	},
	{
		header: { nl: 'trend_marge_hoog', en: 'projected_high' },
		value: (t) => t.assessment.projection?.high ?? null
	},
	{ header: { nl: 'status_code', en: 'status_code' }, value: (t) => t.assessment.status },
	{
		header: { nl: 'status', en: 'status' },
		value: (t, c) => targetStatusLabel(t.assessment.status, c.locale)
	},
	{
		header: { nl: 'toelichting', en: 'reason' },
		value: (t, c) => (c.indicator ? targetReason(t, c.indicator, c.locale) : '')
	},
	{ header: { nl: 'afspraak', en: 'agreement' }, value: (t) => t.agreement },
	{ header: { nl: 'partijen', en: 'parties' }, value: (t) => t.parties.join('; ') }
];

interface TargetContext {
	indicator: Indicator | undefined;
	area: Area | undefined;
	locale: Locale;
}

/** The report's targets table as CSV (the same dialect as every other CSV download). */
export function targetsTableCsv(
	targets: readonly TargetProgress[],
	indicators: ReadonlyMap<string, Indicator>,
	areas: ReadonlyMap<string, Area>,
	locale: Locale
): string {
	return csvText(
		TARGET_COLUMNS.map((c) => c.header[locale]),
		targets.map((target) => {
			const context = {
				indicator: indicators.get(target.indicatorId),
				area: areas.get(target.areaCode),
				locale
			};
			return TARGET_COLUMNS.map((c) => c.value(target, context));
		})
	);
}

export interface ReadmeInput {
	agreement: { name: string; parties: readonly string[]; targets: readonly TargetProgress[] };
	meta: Pick<DatasetMeta, 'name' | 'fictional' | 'firstYear' | 'lastYear' | 'uploads'>;
	/** Every indicator a chart or target of the pack is about, in catalogue order. */
	indicators: readonly Indicator[];
	sources: readonly ReportSource[];
	charts: readonly Pick<PackChart, 'area' | 'indicator'>[];
	files: PackFileNames;
	/** The absolute address of the report page (base path and language included). */
	permalink: string;
	/** The date the pack was made, already formatted for the locale. */
	generated: string;
	locale: Locale;
}

/** The README of the pack, in Markdown, in the user's language. */
export function packReadme(input: ReadmeInput): string {
	const { agreement, meta, locale, files } = input;
	const m = messages(locale);
	const r = m.pack.readme;
	const counts = countOnCourse(agreement.targets);
	const lines: string[] = [
		`# ${m.report.title(agreement.name)}`,
		'',
		r.intro,
		'',
		`- ${r.generated}: ${input.generated}`,
		`- ${r.permalink}: ${input.permalink}`,
		`- ${m.targets.parties}: ${agreement.parties.join(', ')}`,
		`- ${m.report.summaryTitle}: ${m.targets.summary(counts.onCourse, counts.withData, counts.noData)}`,
		'',
		`## ${r.filesTitle}`,
		'',
		`- \`${files.readme}\`: ${r.readmeFile}`,
		`- \`${files.targets}\`: ${r.targetsFile}`,
		`- \`${files.data}\`: ${r.dataFile}`,
		...input.charts.map((chart, i) => {
			const names = files.charts[i];
			return `- \`${names.svg}\`, \`${names.png}\`: ${r.chartFile(indicatorLabel(chart.indicator, locale), chart.area.name)}`;
		}),
		'',
		r.csvNote,
		'',
		`## ${r.dataTitle}`,
		'',
		`- ${m.report.data}: ${m.report.dataPeriod(meta.name, meta.firstYear, meta.lastYear)}` +
			(meta.fictional ? ` (${m.dataset.fictionalShort})` : ''),
		...(meta.uploads ?? []).map(
			(upload) =>
				`- ${m.dataset.uploadsLabel}: ${m.dataset.upload(upload.name, yearSpan(upload.years))}`
		),
		...input.sources.map(
			(s) =>
				`- ${s.source}: ${s.items.map((i) => `${i.label} (${m.report.sourceYears(i.from, i.to)})`).join('; ')}`
		),
		...(meta.fictional ? ['', m.dataset.fictionalNotice] : []),
		'',
		`## ${r.indicatorsTitle}`
	];
	for (const indicator of input.indicators) {
		lines.push(
			'',
			`### ${indicatorLabel(indicator, locale)} (\`${indicator.id}\`)`,
			'',
			indicatorDescription(indicator, locale),
			'',
			`- ${m.chart.unit}: ${unitName(indicator.unit, locale)}`,
			`- ${m.chart.direction}: ${m.chart.directions[indicator.direction]}`,
			`- ${m.chart.source}: ${indicator.source}`
		);
	}
	lines.push(
		'',
		`## ${m.targets.rulesTitle}`,
		'',
		m.targets.rulesDirection,
		'',
		m.targets.rulesOrder,
		'',
		...m.targets.rules(PROJECTION_WINDOW, MIN_OBSERVATIONS).map((rule, i) => `${i + 1}. ${rule}`),
		'',
		m.targets.rulesBand(formatNumber(BAND_Z, 2, locale), PROJECTION_WINDOW),
		''
	);
	return lines.join('\n');
}
