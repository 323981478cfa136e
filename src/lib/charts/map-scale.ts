/**
 * The colour classes of a choropleth: quantile bins over every value of the indicator at that
 * level in every year (so a colour means the same while the year slider moves), edges rounded
 * to the indicator's decimals, and a colour-blind-safe palette oriented by the indicator's
 * direction: the darkest blue is always the best class; an indicator without a direction gets
 * a purple scale of its own, so it is never read as better or worse.
 */
import { quantileSorted } from 'd3-array';
import { schemePurples, schemeYlGnBu } from 'd3-scale-chromatic';
import type { Direction } from '$lib/data/contract';

export const MAX_CLASSES = 5;
export const NO_DATA = 'no-data';

export interface MapBin {
	/** Inclusive lower edge; the last bin includes its upper edge. */
	min: number;
	max: number;
	colour: string;
}

export interface MapScale {
	bins: MapBin[];
	direction: Direction;
}

function palette(direction: Direction, classes: number): string[] {
	const scheme = direction === 'none' ? schemePurples : schemeYlGnBu;
	const colours = [...scheme[Math.max(3, classes)]].slice(0, Math.max(1, classes));
	// The last colour (dark blue) is the best class: the highest values for `up`, the lowest for `down`.
	return direction === 'down' ? colours.reverse() : colours;
}

export function mapScale(
	values: readonly (number | null)[],
	direction: Direction,
	decimals: number,
	classes = MAX_CLASSES
): MapScale {
	const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v));
	sorted.sort((a, b) => a - b);
	if (sorted.length === 0) return { bins: [], direction };
	const factor = 10 ** decimals;
	const round = (v: number) => Math.round(v * factor) / factor;
	const low = Math.floor(sorted[0] * factor) / factor;
	const high = Math.ceil(sorted[sorted.length - 1] * factor) / factor;
	const inner = Array.from({ length: classes - 1 }, (_, i) =>
		round(quantileSorted(sorted, (i + 1) / classes)!)
	);
	const edges = [...new Set([low, ...inner, high])].filter((e) => e >= low && e <= high);
	if (edges.length === 1) edges.push(edges[0]);
	const colours = palette(direction, edges.length - 1);
	return {
		direction,
		bins: edges.slice(0, -1).map((min, i) => ({ min, max: edges[i + 1], colour: colours[i] }))
	};
}

/** The index of the bin a value falls in, or -1 for a missing value. */
export function binIndex(scale: MapScale, value: number | null): number {
	if (value === null || scale.bins.length === 0) return -1;
	for (let i = scale.bins.length - 1; i > 0; i--) if (value >= scale.bins[i].min) return i;
	return 0;
}
