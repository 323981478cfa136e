/**
 * The shapes the pages show, built from queries. The same functions run on Node at build
 * time (their results ship as prerendered JSON) and on duckdb-wasm in the browser.
 */
import { assessChange, seriesChange, type ChangeVerdict } from '$lib/analysis/change';
import { fillYears, type Series } from '$lib/analysis/series';
import {
	assessTarget,
	MIN_OBSERVATIONS,
	type TargetAssessment,
	type TrendFit,
	type YearValue
} from '$lib/analysis/targets';
import { THEMES, type Area, type Indicator, type SeriesBreak, type Theme } from './contract';
import type { Engine } from './engine';
import {
	changeWindows,
	datasetSummary,
	listAreas,
	listIndicators,
	observationsForAreas,
	observationsForLevel,
	observationsForTargets,
	interventionsForArea,
	seriesBreaks,
	targetProgress,
	type InterventionRow,
	type ObservationRow,
	type TargetProgressRow
} from './queries';
import { splitList } from '$lib/analysis/intervention-draft';

export interface DatasetMeta {
	/** Name of the gemeente(n) in the data, for the header. */
	name: string;
	fictional: boolean;
	firstYear: number;
	lastYear: number;
	observations: number;
	indicators: Indicator[];
	areas: Area[];
	/** The user's own datasets in the engine (browser only; none at build time). */
	uploads?: { name: string; years: number[] }[];
}

export interface IndicatorSeries {
	indicatorId: string;
	area: Series;
	reference: Series | null;
}

export interface AreaDashboard {
	area: Area;
	/** The area the reference line shows: the gemeente the area lies in. */
	reference: Area | null;
	parent: Area | null;
	children: Area[];
	firstYear: number;
	lastYear: number;
	series: IndicatorSeries[];
	/** The area's targets (prestatieafspraken), in the order of targets.csv. */
	targets: TargetProgress[];
	/** Where the area's series break (breaks.csv). */
	breaks: SeriesBreak[];
	/** What was done in the area and when (interventions.csv and the user's own), in time order. */
	interventions: AreaIntervention[];
}

/** An intervention as a chart shows it. */
export interface AreaIntervention {
	/** `year[-month]/n` in time order, or `~<store id>` for the user's own (the data hook). */
	key: string;
	/** The store id of one the user made (editable); null for one from a file. */
	userId: string | null;
	year: number;
	month: number | null;
	title: string;
	description: string;
	/** The indicators it is meant to affect; empty: every chart of the area. */
	indicatorIds: string[];
}

export function interventionFromRow(row: InterventionRow, index: number): AreaIntervention {
	return {
		key: row.user_id === null ? `${row.year}/${index + 1}` : `~${row.user_id}`,
		userId: row.user_id,
		year: row.year,
		month: row.month,
		title: row.title,
		description: row.description,
		indicatorIds: splitList(row.indicator_ids)
	};
}

/** Whether an intervention is drawn on the chart of this indicator. */
export const interventionApplies = (intervention: AreaIntervention, indicatorId: string) =>
	intervention.indicatorIds.length === 0 || intervention.indicatorIds.includes(indicatorId);

export interface ThemeScore {
	theme: Theme;
	better: number;
	worse: number;
	other: number;
	headline: { indicatorId: string; series: Series } | null;
}

export interface OverviewRow {
	area: Area;
	themes: ThemeScore[];
}

export interface Overview {
	windowYears: number;
	fromYear: number;
	toYear: number;
	rows: OverviewRow[];
}

/** The bundled demo data is fictional; uploaded datasets (later) are not. */
/** At most this many gemeenten are named in a dataset's name. */
const NAMED_GEMEENTEN = 4;

export async function buildDatasetMeta(engine: Engine, fictional: boolean): Promise<DatasetMeta> {
	const [summary, indicators, areas] = await Promise.all([
		datasetSummary(engine),
		listIndicators(engine),
		listAreas(engine)
	]);
	const gemeenten = areas.filter((a) => a.level === 'gemeente').map((a) => a.name);
	// A national dataset names its first gemeenten and how many more: the name heads every page.
	const shown =
		gemeenten.length > NAMED_GEMEENTEN ? gemeenten.slice(0, NAMED_GEMEENTEN - 1) : gemeenten;
	const more = gemeenten.length - shown.length;
	return {
		name: shown.join(', ') + (more > 0 ? ` +${more}` : ''),
		fictional,
		firstYear: summary.firstYear ?? 0,
		lastYear: summary.lastYear ?? 0,
		observations: summary.observations,
		indicators,
		areas
	};
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const k = key(item);
		const group = groups.get(k);
		if (group) group.push(item);
		else groups.set(k, [item]);
	}
	return groups;
}

/** The area itself, then its parent, up to the top; a cycle in the data ends the walk. */
export function lineageOf(areas: readonly Area[], code: string): Area[] {
	const byCode = new Map(areas.map((a) => [a.code, a]));
	const lineage: Area[] = [];
	for (let area = byCode.get(code); area && !lineage.includes(area);) {
		lineage.push(area);
		area = area.parent_code ? byCode.get(area.parent_code) : undefined;
	}
	return lineage;
}

/**
 * An area's dashboard. Lineage and children come from the area list already in memory;
 * one query fetches the observations of the area and its reference.
 */
export async function buildAreaDashboard(
	engine: Engine,
	meta: Pick<DatasetMeta, 'indicators' | 'areas' | 'firstYear' | 'lastYear'>,
	code: string
): Promise<AreaDashboard | null> {
	const lineage = lineageOf(meta.areas, code);
	if (lineage.length === 0) return null;
	const [area, parent = null] = lineage;
	const reference = lineage.slice(1).find((a) => a.level === 'gemeente') ?? null;
	const children = meta.areas
		.filter((a) => a.parent_code === area.code)
		.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
	const [rows, targetRows, breaks, interventionRows] = await Promise.all([
		observationsForAreas(engine, area.code, reference?.code ?? null),
		targetProgress(engine, { areaCode: area.code }),
		seriesBreaks(engine, area.code),
		interventionsForArea(engine, area.code)
	]);
	const byIndicator = groupBy(rows, (r) => r.indicator_id);
	const toSeries = (list: ObservationRow[] | undefined) =>
		fillYears(list ?? [], meta.firstYear, meta.lastYear);
	const series = meta.indicators
		.filter((indicator) => byIndicator.has(indicator.id))
		.map((indicator) => {
			const perArea = groupBy(byIndicator.get(indicator.id) ?? [], (r) => r.area_code);
			return {
				indicatorId: indicator.id,
				area: toSeries(perArea.get(area.code)),
				reference:
					reference && perArea.has(reference.code) ? toSeries(perArea.get(reference.code)) : null
			};
		});
	return {
		area,
		reference,
		parent,
		children,
		firstYear: meta.firstYear,
		lastYear: meta.lastYear,
		series,
		targets: withUniqueKeys(targetRows.map((row) => targetFromRow(row, meta.indicators))),
		breaks,
		interventions: interventionRows.map(interventionFromRow)
	};
}

/** The first indicator of each theme in catalogue order is the theme's headline. */
export function headlineIndicators(indicators: readonly Indicator[]): Map<Theme, Indicator> {
	const headlines = new Map<Theme, Indicator>();
	for (const indicator of indicators)
		if (!headlines.has(indicator.theme)) headlines.set(indicator.theme, indicator);
	return headlines;
}

export const OVERVIEW_WINDOW_YEARS = 5;

export async function buildOverview(
	engine: Engine,
	meta: Pick<DatasetMeta, 'indicators' | 'areas' | 'firstYear' | 'lastYear'>,
	windowYears = OVERVIEW_WINDOW_YEARS
): Promise<Overview> {
	const headlines = headlineIndicators(meta.indicators);
	const [windows, sparkRows] = await Promise.all([
		changeWindows(engine, 'wijk', windowYears),
		observationsForLevel(
			engine,
			'wijk',
			[...headlines.values()].map((i) => i.id)
		)
	]);
	const indicatorById = new Map(meta.indicators.map((i) => [i.id, i]));
	const windowsByArea = groupBy(windows, (w) => w.area_code);
	const sparksByArea = groupBy(sparkRows, (r) => r.area_code);

	const rows = meta.areas
		.filter((area) => area.level === 'wijk')
		.map((area) => {
			const verdicts = (windowsByArea.get(area.code) ?? []).flatMap((w) => {
				const indicator = indicatorById.get(w.indicator_id);
				if (!indicator) return [];
				const change = assessChange(
					{ year: w.first_year, value: w.first_value },
					{ year: w.last_year, value: w.last_value },
					indicator.direction,
					indicator.decimals
				);
				return [{ theme: indicator.theme, verdict: change.verdict }];
			});
			const sparks = groupBy(sparksByArea.get(area.code) ?? [], (r) => r.indicator_id);
			const themes = THEMES.map((theme): ThemeScore => {
				const inTheme = meta.indicators.filter((i) => i.theme === theme);
				const counted = verdicts.filter((v) => v.theme === theme);
				const count = (verdict: ChangeVerdict) =>
					counted.filter((v) => v.verdict === verdict).length;
				const headline = headlines.get(theme);
				return {
					theme,
					better: count('better'),
					worse: count('worse'),
					other: inTheme.length - count('better') - count('worse'),
					headline: headline
						? {
								indicatorId: headline.id,
								series: fillYears(sparks.get(headline.id) ?? [], meta.firstYear, meta.lastYear)
							}
						: null
				};
			});
			return { area, themes };
		});
	return {
		windowYears,
		fromYear: meta.lastYear - windowYears,
		toYear: meta.lastYear,
		rows
	};
}

/**
 * The build-time JSON of an area's dashboard, with each series as a plain array of values
 * from `firstYear` on: a third of the size of `{ year, value }` objects, inlined in every page.
 */
export interface CompactAreaDashboard extends Omit<AreaDashboard, 'series'> {
	series: { indicatorId: string; area: (number | null)[]; reference: (number | null)[] | null }[];
}

export function compactAreaDashboard(dashboard: AreaDashboard): CompactAreaDashboard {
	const values = (series: Series) => series.map((p) => p.value);
	return {
		...dashboard,
		series: dashboard.series.map((s) => ({
			indicatorId: s.indicatorId,
			area: values(s.area),
			reference: s.reference ? values(s.reference) : null
		}))
	};
}

export function expandAreaDashboard(compact: CompactAreaDashboard): AreaDashboard {
	const series = (values: (number | null)[]) =>
		values.map((value, i) => ({ year: compact.firstYear + i, value }));
	return {
		...compact,
		series: compact.series.map((s) => ({
			indicatorId: s.indicatorId,
			area: series(s.area),
			reference: s.reference ? series(s.reference) : null
		}))
	};
}

/** One target with where it stands: the row of targets.csv, the observed values and its status. */
export interface TargetProgress {
	/**
	 * Stable and readable: `area/indicator/baseline–target` (the data-target hook); a target the
	 * user made gets `~<its store id>` after it, as it may repeat one from a file.
	 */
	key: string;
	/** The store id of a target the user made (editable); null for one from a file. */
	userId: string | null;
	areaCode: string;
	indicatorId: string;
	baselineYear: number;
	targetYear: number;
	targetValue: number;
	agreement: string;
	parties: string[];
	baselineValue: number | null;
	latest: YearValue | null;
	fit: TrendFit | null;
	assessment: TargetAssessment;
}

/** Parties are listed in one cell, separated by semicolons. */
export const splitParties = splitList;

/** A row of `targetProgress` with the status rule applied (the only place SQL rows meet the rule). */
export function targetFromRow(
	row: TargetProgressRow,
	indicators: readonly Pick<Indicator, 'id' | 'direction' | 'decimals'>[]
): TargetProgress {
	const indicator = indicators.find((i) => i.id === row.indicator_id);
	const latest =
		row.latest_year !== null && row.latest_value !== null
			? { year: row.latest_year, value: row.latest_value }
			: null;
	const fit: TrendFit | null =
		row.n >= MIN_OBSERVATIONS &&
		row.from_year !== null &&
		row.latest_year !== null &&
		row.mean_x !== null &&
		row.mean_y !== null &&
		row.sxx !== null &&
		row.sxx > 0 &&
		row.slope !== null &&
		row.residual_sd !== null
			? {
					n: row.n,
					fromYear: row.from_year,
					toYear: row.latest_year,
					meanX: row.mean_x,
					meanY: row.mean_y,
					sxx: row.sxx,
					slope: row.slope,
					residualSd: row.residual_sd
				}
			: null;
	return {
		key:
			`${row.area_code}/${row.indicator_id}/${row.baseline_year}-${row.target_year}` +
			(row.user_id === null ? '' : `~${row.user_id}`),
		userId: row.user_id,
		areaCode: row.area_code,
		indicatorId: row.indicator_id,
		baselineYear: row.baseline_year,
		targetYear: row.target_year,
		targetValue: row.target_value,
		agreement: row.agreement,
		parties: splitParties(row.parties),
		baselineValue: row.baseline_value,
		latest,
		fit,
		assessment: assessTarget({
			baselineYear: row.baseline_year,
			targetYear: row.target_year,
			targetValue: row.target_value,
			baselineValue: row.baseline_value,
			latest,
			fit,
			// A target on an indicator outside the catalogue still gets a status from its own direction.
			indicatorDirection: indicator?.direction ?? 'none',
			decimals: indicator?.decimals ?? 2
		})
	};
}

/**
 * A file may list the same area, indicator and years twice (in one agreement or in two): the
 * second and later get `#2`, `#3` after their key, so that every target shown has a key (and a
 * `data-target`) of its own.
 */
export function withUniqueKeys(targets: TargetProgress[]): TargetProgress[] {
	const seen = new Map<string, number>();
	return targets.map((target) => {
		const count = (seen.get(target.key) ?? 0) + 1;
		seen.set(target.key, count);
		return count === 1 ? target : { ...target, key: `${target.key}#${count}` };
	});
}

export interface Agreement {
	name: string;
	/** Everyone who signed one of its targets, in order of first mention. */
	parties: string[];
	targets: TargetProgress[];
}

export interface TargetsOverview {
	firstYear: number;
	lastYear: number;
	agreements: Agreement[];
	/** Each target's series for its sparkline: values from `firstYear` on, keyed by `area|indicator`. */
	series: Record<string, (number | null)[]>;
}

export const seriesKey = (areaCode: string, indicatorId: string) => `${areaCode}|${indicatorId}`;

/** Every target, grouped by agreement in order of first appearance: two queries in all. */
export async function buildTargetsOverview(
	engine: Engine,
	meta: Pick<DatasetMeta, 'indicators' | 'firstYear' | 'lastYear'>
): Promise<TargetsOverview> {
	const [rows, observations] = await Promise.all([
		targetProgress(engine),
		observationsForTargets(engine)
	]);
	const agreements = new Map<string, Agreement>();
	for (const target of withUniqueKeys(rows.map((row) => targetFromRow(row, meta.indicators)))) {
		let agreement = agreements.get(target.agreement);
		if (!agreement) {
			agreement = { name: target.agreement, parties: [], targets: [] };
			agreements.set(target.agreement, agreement);
		}
		agreement.targets.push(target);
		for (const party of target.parties)
			if (!agreement.parties.includes(party)) agreement.parties.push(party);
	}
	return {
		firstYear: meta.firstYear,
		lastYear: meta.lastYear,
		agreements: [...agreements.values()],
		series: valuesByYear(observations, meta.firstYear, meta.lastYear)
	};
}

/**
 * Observations as one value per year from `firstYear` to `lastYear` (null where missing), keyed
 * by `seriesKey`. One pass without a key per row: the rows come sorted by area and indicator,
 * and on the national dataset /afspraken reads 13,000 of them right after the engine is ready.
 */
function valuesByYear(
	rows: readonly ObservationRow[],
	firstYear: number,
	lastYear: number
): Record<string, (number | null)[]> {
	const series: Record<string, (number | null)[]> = {};
	let area: string | null = null;
	let indicator: string | null = null;
	let values: (number | null)[] = [];
	for (const row of rows) {
		if (row.area_code !== area || row.indicator_id !== indicator) {
			area = row.area_code;
			indicator = row.indicator_id;
			values = series[seriesKey(area, indicator)] ??= new Array<number | null>(
				lastYear - firstYear + 1
			).fill(null);
		}
		if (row.year >= firstYear && row.year <= lastYear) values[row.year - firstYear] = row.value;
	}
	return series;
}

/** An agreement's name as a URL segment: `Prestatieafspraken Voorbeeldstad 2020–2030` → `prestatieafspraken-voorbeeldstad-2020-2030`. */
export function agreementSlug(name: string): string {
	return (
		name
			.normalize('NFD')
			.replace(/\p{Diacritic}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'afspraak'
	);
}

/** Better, worse and other per theme over an area's whole series, by the rule of its trend charts. */
export function dashboardThemeScores(
	dashboard: Pick<AreaDashboard, 'series'>,
	indicators: readonly Indicator[]
): Omit<ThemeScore, 'headline'>[] {
	const byId = new Map(indicators.map((i) => [i.id, i]));
	const verdicts = dashboard.series.flatMap((series) => {
		const indicator = byId.get(series.indicatorId);
		if (!indicator) return [];
		const change = seriesChange(series.area, indicator.direction, indicator.decimals);
		return [{ theme: indicator.theme, verdict: change.verdict }];
	});
	return THEMES.map((theme) => {
		const inTheme = verdicts.filter((v) => v.theme === theme);
		const better = inTheme.filter((v) => v.verdict === 'better').length;
		const worse = inTheme.filter((v) => v.verdict === 'worse').length;
		return { theme, better, worse, other: inTheme.length - better - worse };
	});
}
