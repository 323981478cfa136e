/**
 * The theme index of an area: how its indicators of one theme stand against the city in a
 * baseline year, in one number where 100 = the city's level in that year.
 *
 * Method (shown in words on /over):
 * - per indicator with a direction: r = area value in the year / city value in the baseline year;
 *   the indicator's index is 100 · r when higher is better and 100 · (2 − r) when lower is better
 *   (10% below the city on a lower-is-better indicator scores 110), limited to 0–200 so that one
 *   indicator with a small city value (a share of a few per cent) cannot outweigh the others;
 * - the theme index is the unweighted mean of the indicator indices that exist;
 * - indicators without a direction are left out; so is an indicator whose city value in the
 *   baseline year is missing or zero, or whose area value is missing;
 * - with fewer than half of the theme's directional indicators available there is no index.
 */
import type { Indicator, Theme } from '$lib/data/contract';

/** The most one indicator can score (and 0 the least). */
export const INDEX_CAP = 200;

export interface ThemeIndex {
	theme: Theme;
	value: number | null;
	/** How many indicators went into the mean, out of the theme's directional indicators. */
	used: number;
	of: number;
}

export function indicatorIndex(
	value: number | null,
	cityBaseline: number | null,
	direction: Indicator['direction']
): number | null {
	if (value === null || cityBaseline === null || cityBaseline === 0 || direction === 'none')
		return null;
	const ratio = value / cityBaseline;
	const index = direction === 'up' ? 100 * ratio : 100 * (2 - ratio);
	return Math.min(INDEX_CAP, Math.max(0, index));
}

export function themeIndex(
	theme: Theme,
	indicators: readonly Pick<Indicator, 'id' | 'theme' | 'direction'>[],
	valueOf: (indicatorId: string) => number | null,
	cityBaselineOf: (indicatorId: string) => number | null
): ThemeIndex {
	const directional = indicators.filter((i) => i.theme === theme && i.direction !== 'none');
	const indices = directional
		.map((i) => indicatorIndex(valueOf(i.id), cityBaselineOf(i.id), i.direction))
		.filter((v): v is number => v !== null);
	const enough = indices.length > 0 && indices.length * 2 >= directional.length;
	return {
		theme,
		value: enough ? indices.reduce((s, v) => s + v, 0) / indices.length : null,
		used: indices.length,
		of: directional.length
	};
}
