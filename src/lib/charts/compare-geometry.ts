import { area as d3area, line, scaleLinear } from 'd3';
import type { SpreadPoint } from '$lib/analysis/compare';
import type { Series } from '$lib/analysis/series';
import { placeLabels } from './label-layout';

export const COMPARE_SIZE = {
	width: 480,
	height: 270,
	margin: { top: 12, right: 118, bottom: 26, left: 56 }
};

/** Line colours, each at least 3:1 against white; lines are told apart by their end labels too. */
export const LINE_COLOURS = [
	'#0b52a0',
	'#c2410c',
	'#047857',
	'#a21caf',
	'#854d0e',
	'#0e7490',
	'#1b1f24',
	'#be123c'
];

export interface CompareLine {
	code: string;
	name: string;
	series: Series;
}

const LABEL_GAP = 14;

/**
 * Scales and paths of a comparison chart: the spread band (interquartile) and median of all
 * areas of a level behind the chosen areas' lines, with labels at the line ends placed apart.
 */
export function compareGeometry(
	lines: readonly CompareLine[],
	spread: readonly SpreadPoint[],
	from: number,
	to: number,
	size = COMPARE_SIZE
) {
	const { width, height, margin } = size;
	const inPeriod = (year: number) => year >= from && year <= to;
	const x = scaleLinear()
		.domain([from, to])
		.range([margin.left, width - margin.right]);
	const values = [
		...lines.flatMap((l) => l.series.filter((p) => inPeriod(p.year)).map((p) => p.value)),
		...spread.filter((s) => inPeriod(s.year)).flatMap((s) => [s.q1, s.q3])
	].filter((v): v is number => v !== null);
	const min = Math.min(...values);
	const max = Math.max(...values);
	const y = scaleLinear().range([height - margin.bottom, margin.top]);
	if (values.length === 0) y.domain([0, 1]);
	else if (min === max) y.domain([min - 1, max + 1]).nice(5);
	else {
		const pad = (max - min) * 0.06;
		y.domain([min >= 0 ? Math.max(0, min - pad) : min - pad, max + pad]).nice(5);
	}
	const round = (v: number) => Math.round(v * 10) / 10;
	const linePath = line<{ year: number; value: number | null }>()
		.defined((p) => p.value !== null)
		.x((p) => round(x(p.year)))
		.y((p) => round(y(p.value!)));
	const band = d3area<SpreadPoint>()
		.defined((s) => s.q1 !== null && s.q3 !== null)
		.x((s) => round(x(s.year)))
		.y0((s) => round(y(s.q1!)))
		.y1((s) => round(y(s.q3!)));
	const median = line<SpreadPoint>()
		.defined((s) => s.median !== null)
		.x((s) => round(x(s.year)))
		.y((s) => round(y(s.median!)));
	const periodSpread = spread.filter((s) => inPeriod(s.year));

	const drawn = lines.map((l) => {
		const points = l.series.filter((p) => inPeriod(p.year));
		const observed = points.filter((p) => p.value !== null);
		// A point with no neighbour would be invisible as a line: it is drawn as a dot.
		const isolated = points.filter(
			(p, i) => p.value !== null && points[i - 1]?.value == null && points[i + 1]?.value == null
		);
		const end = observed[observed.length - 1];
		return {
			...l,
			d: linePath(points) ?? '',
			dots: isolated.map((p) => ({ cx: round(x(p.year)), cy: round(y(p.value!)) })),
			end: end ? { x: round(x(end.year)), y: round(y(end.value!)) } : null
		};
	});
	const ends = drawn.filter((l) => l.end);
	const labelYs = placeLabels(
		ends.map((l) => l.end!.y),
		LABEL_GAP,
		margin.top + 4,
		height - margin.bottom
	);
	const labels = ends.map((l, i) => ({ code: l.code, y: round(labelYs[i]), endY: l.end!.y }));

	return {
		x,
		y,
		xTicks: x.ticks(Math.min(6, to - from)).filter(Number.isInteger),
		yTicks: y.ticks(5),
		band: band(periodSpread) ?? '',
		median: median(periodSpread) ?? '',
		lines: drawn,
		labels,
		labelX: width - margin.right + 8
	};
}
