/**
 * Which areas one map draws. With uploads, the data can hold several gemeenten, each with its
 * own boundaries (the demo's in the North Sea, Rotterdam's from a file): a map fitted to all of
 * them would show specks. A map therefore draws one **scope**, the top of an area's chain of
 * parents (its gemeente), at the wijk or buurt level; or, when two or more gemeenten have shapes
 * of their own (PDOK's gemeenten, say), every gemeente at the gemeente level (ALL_GEMEENTEN).
 */
import type { Area, AreaLevel } from '$lib/data/contract';
import type { AreaShape } from './boundaries';

/** The levels a gemeente's map draws. */
export const MAP_LEVELS = ['wijk', 'buurt'] as const satisfies readonly AreaLevel[];
export type MapLevel = (typeof MAP_LEVELS)[number] | 'gemeente';

/** The scope of a map of all gemeenten with shapes (no CBS code looks like it). */
export const ALL_GEMEENTEN = 'gemeenten';

export interface MapScope {
	code: string;
	name: string;
}

/**
 * The scope of an area: its topmost known ancestor; when that is a CBS wijk or buurt whose
 * gemeente is not in the data, the gemeente its code names (BU05990110 → GM0599), so that its
 * siblings share the scope.
 */
export function scopeOf(code: string, byCode: ReadonlyMap<string, Area>): string {
	let current = code;
	const seen = new Set<string>();
	for (;;) {
		seen.add(current);
		const parent = byCode.get(current)?.parent_code;
		if (!parent || seen.has(parent)) break;
		if (!byCode.has(parent)) {
			current = parent;
			break;
		}
		current = parent;
	}
	const cbs = /^(?:WK|BU)(\d{4})\d*$/.exec(current);
	return cbs ? `GM${cbs[1]}` : current;
}

export interface MapAreas {
	/** The scopes that have shapes at a map level, in the order of the data's areas. */
	scopes: MapScope[];
	/** The levels with shapes in a scope. */
	levels(scope: string): MapLevel[];
	/** The areas of a scope and level that have a shape, in the data's order. */
	areas(scope: string, level: AreaLevel): Area[];
	scopeOf(code: string): string;
}

export function mapAreas(areas: readonly Area[], shapes: ReadonlyMap<string, AreaShape>): MapAreas {
	const byCode = new Map(areas.map((a) => [a.code, a]));
	const scopeCache = new Map<string, string>();
	const scope = (code: string) => {
		let found = scopeCache.get(code);
		if (found === undefined) scopeCache.set(code, (found = scopeOf(code, byCode)));
		return found;
	};
	const drawn = areas.filter(
		(a) => (MAP_LEVELS as readonly AreaLevel[]).includes(a.level) && shapes.has(a.code)
	);
	const scopes: MapScope[] = [];
	for (const area of drawn) {
		const code = scope(area.code);
		if (!scopes.some((s) => s.code === code))
			scopes.push({ code, name: byCode.get(code)?.name ?? code });
	}
	const gemeenten = areas.filter((a) => a.level === 'gemeente' && shapes.has(a.code));
	// Named by the page (the text is per language).
	if (gemeenten.length >= 2) scopes.push({ code: ALL_GEMEENTEN, name: '' });
	return {
		scopes,
		levels: (code) =>
			code === ALL_GEMEENTEN
				? gemeenten.length >= 2
					? ['gemeente']
					: []
				: MAP_LEVELS.filter((l) => drawn.some((a) => a.level === l && scope(a.code) === code)),
		areas: (code, level) =>
			code === ALL_GEMEENTEN
				? level === 'gemeente'
					? gemeenten
					: []
				: drawn.filter((a) => a.level === level && scope(a.code) === code),
		scopeOf: scope
	};
}
