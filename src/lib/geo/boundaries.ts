/**
 * Area boundaries for maps: a GeoJSON FeatureCollection in WGS84 whose features carry the area
 * code (`properties.code`, or CBS's `statcode` / `wijkcode` / `buurtcode`).
 */
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type AreaShape = Feature<Polygon | MultiPolygon, { code: string }>;

const CODE_KEYS = ['code', 'statcode', 'wijkcode', 'buurtcode'] as const;

function codeOf(properties: Record<string, unknown> | null): string | null {
	for (const key of CODE_KEYS) {
		const value = properties?.[key];
		if (typeof value === 'string' && value.trim() !== '') return value.trim();
	}
	return null;
}

/**
 * d3-geo reads rings on the sphere: an exterior ring wound the RFC 7946 way (counter-clockwise)
 * is the whole globe minus the area. Reverse every ring whose polygon covers more than a
 * hemisphere, so that both windings work.
 */
function rewound(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
	const fix = (rings: Polygon['coordinates']) =>
		geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
			? rings.map((ring) => ring.slice().reverse())
			: rings;
	return geometry.type === 'Polygon'
		? { type: 'Polygon', coordinates: fix(geometry.coordinates) }
		: { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) };
}

/** The features with a code and a (multi)polygon, keyed by code; anything else is skipped. */
export function parseBoundaries(collection: FeatureCollection): Map<string, AreaShape> {
	const shapes = new Map<string, AreaShape>();
	for (const feature of collection.features) {
		const code = codeOf(feature.properties);
		const geometry = feature.geometry;
		if (!code || !geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon'))
			continue;
		shapes.set(code, { type: 'Feature', properties: { code }, geometry: rewound(geometry) });
	}
	return shapes;
}

let bundled: Promise<Map<string, AreaShape>> | undefined;

/** The bundled boundaries: a separate chunk, fetched only by pages that draw a map. */
export function loadBundledBoundaries(): Promise<Map<string, AreaShape>> {
	bundled ??= import('../../../data/boundaries.geojson?raw').then((module) =>
		parseBoundaries(JSON.parse(module.default) as FeatureCollection)
	);
	return bundled;
}
