/**
 * Area boundaries for maps: GeoJSON features in WGS84 whose properties carry the area code
 * (`code`, or CBS's `statcode` / `buurtcode` / `wijkcode` / `gemeentecode`, in any case), rings
 * rewound for d3-geo. The bundled ones come from data/boundaries.geojson; a user's uploads
 * (boundary-file.ts) are laid over them.
 */
import { geoArea } from 'd3-geo';
import { loadBoundariesText } from 'virtual:wijkwaarde-dataset';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export type AreaShape = Feature<Polygon | MultiPolygon, { code: string }>;

/**
 * The properties that name the area, most specific first: a CBS buurt feature carries its
 * buurtcode, wijkcode and gemeentecode, and is the buurt.
 */
export const CODE_KEYS = ['code', 'statcode', 'buurtcode', 'wijkcode', 'gemeentecode'] as const;

/** A CBS area code (GM0599, WK059901, BU05990101), the form other properties are tried for. */
const CBS_CODE = /^(GM\d{4}|WK\d{6}|BU\d{8})$/;

export interface AreaCode {
	code: string;
	/** The property it came from, as the file spells it. */
	key: string;
}

const codeText = (value: unknown) =>
	typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * The area code of a feature: the first of CODE_KEYS it has (any case), else the first property
 * whose value is a CBS code (Carto and mapshaper exports keep it in `id` or `BU_CODE`).
 */
export function areaCodeOf(
	properties: Record<string, unknown> | null | undefined
): AreaCode | null {
	if (!properties) return null;
	const keys = Object.keys(properties);
	for (const wanted of CODE_KEYS) {
		const key = keys.find((k) => k.toLowerCase() === wanted);
		const code = key === undefined ? null : codeText(properties[key]);
		if (key !== undefined && code) return { code, key };
	}
	for (const key of keys) {
		const code = codeText(properties[key])?.toUpperCase();
		if (code && CBS_CODE.test(code)) return { code, key };
	}
	return null;
}

const ringArea = (ring: Position[]) => geoArea({ type: 'Polygon', coordinates: [ring] });

/**
 * d3-geo reads rings on the sphere: an exterior ring wound the RFC 7946 way (counter-clockwise)
 * is the whole globe minus the area. Each ring is judged alone: an exterior ring that covers more
 * than a hemisphere is reversed, and a hole that covers less (d3 winds holes the other way), so
 * that either winding, and a file that mixes them, works.
 */
export function rewoundForD3(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
	const fix = (rings: Position[][]) =>
		rings.map((ring, i) => {
			const whole = ringArea(ring) > 2 * Math.PI;
			return whole === (i === 0) ? ring.slice().reverse() : ring;
		});
	return geometry.type === 'Polygon'
		? { type: 'Polygon', coordinates: fix(geometry.coordinates) }
		: { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) };
}

/** The features with a code and a (multi)polygon, keyed by code; anything else is skipped. */
export function parseBoundaries(collection: FeatureCollection): Map<string, AreaShape> {
	const shapes = new Map<string, AreaShape>();
	for (const feature of collection.features) {
		const code = areaCodeOf(feature.properties)?.code;
		const geometry = feature.geometry;
		if (!code || !geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon'))
			continue;
		shapes.set(code, { type: 'Feature', properties: { code }, geometry: rewoundForD3(geometry) });
	}
	return shapes;
}

let bundled: Promise<Map<string, AreaShape>> | undefined;

/** The bundled boundaries: a separate chunk, fetched only by pages that draw a map. */
export function loadBundledBoundaries(): Promise<Map<string, AreaShape>> {
	bundled ??= loadBoundariesText().then((text) =>
		parseBoundaries(JSON.parse(text) as FeatureCollection)
	);
	return bundled;
}

/** The bundled shapes with each upload's laid over them, later uploads winning. */
export function withUploadedShapes(
	bundledShapes: ReadonlyMap<string, AreaShape>,
	uploads: readonly { shapes: readonly AreaShape[] }[]
): Map<string, AreaShape> {
	const shapes = new Map(bundledShapes);
	for (const upload of uploads)
		for (const shape of upload.shapes) shapes.set(shape.properties.code, shape);
	return shapes;
}
