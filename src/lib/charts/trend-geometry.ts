import { extent, line, scaleLinear } from 'd3';
import type { Series } from '$lib/analysis/series';

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

/**
 * Scales and paths of a trend chart: pure maths from series and size, nothing drawn.
 * Missing years break the line (d3's `defined`), they are never bridged or zeroed.
 */
export function trendGeometry(
	area: Series,
	reference: Series | null,
	firstYear: number,
	lastYear: number,
	size: PlotSize = TREND_SIZE
) {
	const { width, height, margin } = size;
	const x = scaleLinear()
		.domain([firstYear, lastYear])
		.range([margin.left, width - margin.right]);
	const values = [...area, ...(reference ?? [])]
		.map((p) => p.value)
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
	const span = lastYear - firstYear;
	const step = span > 10 ? 4 : span > 5 ? 2 : 1;
	const xTicks: number[] = [];
	for (let year = lastYear; year >= firstYear; year -= step) xTicks.unshift(year);
	return {
		x,
		y,
		areaPath: path(area) ?? '',
		referencePath: reference ? (path(reference) ?? '') : '',
		xTicks,
		yTicks: y.ticks(4),
		/** Observed points drawn as dots, so that a year between two gaps is still visible. */
		areaDots: area
			.filter((p) => p.value !== null)
			.map((p) => ({ year: p.year, cx: round1(x(p.year)), cy: round1(y(p.value!)) })),
		yearAt(svgX: number): number {
			const year = Math.round(x.invert(svgX));
			return Math.min(lastYear, Math.max(firstYear, year));
		}
	};
}
