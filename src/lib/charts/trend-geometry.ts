import { area as d3area, extent, line, scaleLinear } from 'd3';
import { isProvisional, type Series } from '$lib/analysis/series';
import { projectAt, type TrendFit } from '$lib/analysis/targets';

export interface PlotSize {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
}

const round1 = (v: number) => Math.round(v * 10) / 10;

export const TREND_SIZE: PlotSize = {
	width: 320,
	height: 180,
	margin: { top: 10, right: 14, bottom: 24, left: 52 }
};

/** The years from which a series is not comparable with the years before. */
export interface SeriesBreakYears {
	area: readonly number[];
	reference: readonly number[];
}

const NO_BREAKS: SeriesBreakYears = { area: [], reference: [] };

/** A gap half a year before each break, so the line stops there and starts anew. */
function brokenAt(series: Series, years: readonly number[]): Series {
	if (years.length === 0) return series;
	return series.flatMap((p) =>
		years.includes(p.year) ? [{ year: p.year - 0.5, value: null }, p] : [p]
	);
}

/** A target drawn on a trend: its point, the straight path to it and the projection. */
export interface TargetOverlay {
	baseline: { year: number; value: number } | null;
	target: { year: number; value: number };
	/** The line through the last observations; its band is drawn from its last year on. */
	fit: TrendFit | null;
}

/**
 * Scales and paths of a trend chart: pure maths from series and size, nothing drawn.
 * Missing years break the line (d3's `defined`), they are never bridged or zeroed.
 * With a target the x axis runs on to the target year; the band is not part of the y domain
 * (a wide band would flatten the data), the plot clips it.
 */
export function trendGeometry(
	area: Series,
	reference: Series | null,
	firstYear: number,
	lastYear: number,
	size: PlotSize = TREND_SIZE,
	overlay: TargetOverlay | null = null,
	breaks: SeriesBreakYears = NO_BREAKS
) {
	const { width, height, margin } = size;
	const endYear = overlay ? Math.max(lastYear, overlay.target.year) : lastYear;
	const x = scaleLinear()
		.domain([firstYear, endYear])
		.range([margin.left, width - margin.right]);
	const projected = overlay?.fit ? projectAt(overlay.fit, overlay.target.year).value : null;
	const values = [...area, ...(reference ?? [])]
		.map((p) => p.value)
		.concat(overlay ? [overlay.target.value, overlay.baseline?.value ?? null, projected] : [])
		.filter((v): v is number => v !== null);
	const [min, max] = extent(values) as [number, number] | [undefined, undefined];
	const y = scaleLinear().range([height - margin.bottom, margin.top]);
	if (min === undefined || max === undefined) y.domain([0, 1]);
	else if (min === max)
		y.domain([min - Math.abs(min) * 0.1 - 1, max + Math.abs(max) * 0.1 + 1]).nice(4);
	else {
		const pad = (max - min) * 0.08;
		// Shares and counts cannot fall below zero; do not let padding suggest they could.
		y.domain([min >= 0 ? Math.max(0, min - pad) : min - pad, max + pad]).nice(4);
	}
	// One decimal of a 320-unit viewBox is finer than a pixel and keeps prerendered HTML small.
	const path = line<{ year: number; value: number | null }>()
		.digits(1)
		.defined((p) => p.value !== null)
		.x((p) => x(p.year))
		.y((p) => y(p.value ?? 0));
	const span = endYear - firstYear;
	const step = span > 10 ? 4 : span > 5 ? 2 : 1;
	const xTicks: number[] = [];
	for (let year = lastYear; year >= firstYear; year -= step) xTicks.unshift(year);
	// The target year gets a tick of its own when it is not crowded by the last data year.
	if (endYear > lastYear && endYear - lastYear >= Math.max(2, step * 0.75)) xTicks.push(endYear);
	const areaDots = area
		.filter((p) => p.value !== null)
		.map((p) => ({
			year: p.year,
			cx: round1(x(p.year)),
			cy: round1(y(p.value!)),
			provisional: isProvisional(p)
		}));
	return {
		x,
		y,
		areaPath: path(brokenAt(area, breaks.area)) ?? '',
		referencePath: reference ? (path(brokenAt(reference, breaks.reference)) ?? '') : '',
		/** Where a series breaks: between the year before and the break year. */
		breakXs: breaks.area
			.filter((year) => year > firstYear && year <= lastYear)
			.map((year) => ({ year, x: round1(x(year - 0.5)) })),
		xTicks,
		yTicks: y.ticks(4),
		/**
		 * Observed points drawn as dots, so that a year between two gaps is still visible; a
		 * provisional value is an open dot (its shape, not only a colour, says so).
		 */
		areaDots,
		/** The definitive dots as one path (one element to update instead of one per year). */
		dotsPath: dotsPath(areaDots.filter((d) => !d.provisional)),
		/** The reference line's provisional values, open dots as well. */
		referenceProvisional: (reference ?? [])
			.filter((p) => p.value !== null && isProvisional(p))
			.map((p) => ({ year: p.year, cx: round1(x(p.year)), cy: round1(y(p.value!)) })),
		target: overlay ? targetGeometry(overlay, lastYear, x, y) : null,
		yearAt(svgX: number): number {
			const year = Math.round(x.invert(svgX));
			return Math.min(lastYear, Math.max(firstYear, year));
		}
	};
}

/** The radius of an observed point's dot. */
export const DOT_RADIUS = 2.4;

/** Circles as one path: from each centre's left edge, two half-circle arcs. */
export function dotsPath(dots: readonly { cx: number; cy: number }[], r = DOT_RADIUS): string {
	const d = round1(2 * r);
	return dots
		.map(({ cx, cy }) => `M${round1(cx - r)},${cy}a${r},${r} 0 1,0 ${d},0a${r},${r} 0 1,0 -${d},0`)
		.join('');
}

type Scale = ReturnType<typeof scaleLinear<number, number>>;

function targetGeometry(overlay: TargetOverlay, lastYear: number, x: Scale, y: Scale) {
	const { baseline, target, fit } = overlay;
	const straight = line<{ year: number; value: number }>()
		.digits(1)
		.x((p) => x(p.year))
		.y((p) => y(p.value));
	let projection = '';
	let band = '';
	if (fit && target.year > fit.fromYear) {
		const years: number[] = [];
		for (let year = fit.toYear; year < target.year; year++) years.push(year);
		years.push(target.year);
		projection =
			straight([
				{ year: fit.fromYear, value: projectAt(fit, fit.fromYear).value },
				{ year: target.year, value: projectAt(fit, target.year).value }
			]) ?? '';
		band =
			d3area<number>()
				.digits(1)
				.x((year) => x(year))
				.y0((year) => y(projectAt(fit, year).low))
				.y1((year) => y(projectAt(fit, year).high))(years) ?? '';
	}
	return {
		cx: round1(x(target.year)),
		cy: round1(y(target.value)),
		path: baseline ? (straight([baseline, target]) ?? '') : '',
		projection,
		band,
		/** Where the observed years end and the years up to the target begin. */
		futureX: round1(x(lastYear))
	};
}
