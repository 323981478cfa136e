/**
 * A boundary file a user drops on /data, read into map shapes with a report of what was found:
 * GeoJSON (a FeatureCollection or one Feature) or TopoJSON (every object of the topology), in
 * WGS84 or RD New (EPSG:28992, reprojected here; see rd-new.ts), features keyed by their area
 * code (boundaries.ts: `code`, `statcode`, `buurtcode`, `wijkcode`, `gemeentecode`, any case).
 * Pure: text in, shapes and problems out; the page decides what to keep. Problems name the
 * feature by its number in the file (the first is 1), like the CSV review names lines.
 */
import type { Feature, FeatureCollection, GeoJsonObject, Position } from 'geojson';
import { feature as topologyFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { areaCodeOf, rewoundForD3, type AreaShape } from './boundaries';
import {
	rdToWgs84,
	systemByMagnitude,
	systemByName,
	type CoordinateSystem,
	type Extent
} from './rd-new';
import { simplifyPolygons, SIMPLIFY_METRES } from './simplify';

export const BOUNDARY_PROBLEM_SEVERITY = {
	// The file as a whole: nothing is added.
	file_empty: 'fatal',
	not_json: 'fatal',
	not_geo: 'fatal',
	topology_invalid: 'fatal',
	no_features: 'fatal',
	crs_unsupported: 'fatal',
	crs_mismatch: 'fatal',
	coordinates_unknown: 'fatal',
	no_usable_features: 'fatal',
	// One feature: it is left out.
	feature_invalid: 'error',
	code_missing: 'error',
	geometry_missing: 'error',
	geometry_unsupported: 'error',
	geometry_invalid: 'error',
	// Nothing left out, worth knowing.
	code_duplicate: 'note',
	code_unknown: 'note',
	reprojected: 'note',
	simplified: 'note'
} as const;

export type BoundaryProblemCode = keyof typeof BOUNDARY_PROBLEM_SEVERITY;

export interface BoundaryProblem {
	code: BoundaryProblemCode;
	/** The feature's number in the file (1 = the first), or null for the file as a whole. */
	feature: number | null;
	/** What the message needs: the area code, a geometry type, a CRS name, a parse error. */
	detail?: string;
	/** A second number: the earlier feature of a duplicate, the points after simplifying. */
	other?: number;
}

export interface BoundaryFile {
	format: 'geojson' | 'topojson' | null;
	system: CoordinateSystem | null;
	/** How the coordinate system was known: the file's `crs` member or the coordinates' size. */
	systemFrom: 'crs' | 'magnitude' | null;
	/** Features in the file (TopoJSON: over all its objects). */
	features: number;
	/** The usable shapes, in WGS84, rewound for d3, simplified; one per code. */
	shapes: AreaShape[];
	/** The feature number of each shape's first feature, by code. */
	featureOf: Record<string, number>;
	/** The property names the codes came from. */
	codeKeys: string[];
	points: { before: number; after: number };
	problems: BoundaryProblem[];
	/** Nothing of the file can be used. */
	refused: boolean;
}

const severityOf = (p: BoundaryProblem) => BOUNDARY_PROBLEM_SEVERITY[p.code];

function refuse(
	problems: BoundaryProblem[],
	problem: BoundaryProblem,
	partial: Partial<BoundaryFile> = {}
): BoundaryFile {
	return {
		format: null,
		system: null,
		systemFrom: null,
		features: 0,
		shapes: [],
		featureOf: {},
		codeKeys: [],
		points: { before: 0, after: 0 },
		...partial,
		problems: [...problems, problem],
		refused: true
	};
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const isPosition = (value: unknown): value is Position =>
	Array.isArray(value) &&
	value.length >= 2 &&
	Number.isFinite(value[0]) &&
	Number.isFinite(value[1]);

/** A polygon's rings, if every ring is closed-able (at least 4 positions) and numeric. */
function polygonRings(value: unknown): Position[][] | null {
	if (!Array.isArray(value) || value.length === 0) return null;
	const rings: Position[][] = [];
	for (const ring of value) {
		if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition)) return null;
		rings.push(ring.map((p: Position) => [p[0], p[1]]));
	}
	return rings;
}

/** The features of a parsed file, or why there are none. */
function featuresOf(
	json: unknown
):
	| { format: 'geojson' | 'topojson'; features: unknown[]; crsName: string | null }
	| BoundaryProblem {
	if (!isObject(json))
		return { code: 'not_geo', feature: null, detail: Array.isArray(json) ? '[…]' : typeof json };
	const crs = json.crs;
	const crsName =
		isObject(crs) && isObject(crs.properties) && typeof crs.properties.name === 'string'
			? crs.properties.name
			: null;
	if (json.type === 'Topology') {
		if (!isObject(json.objects) || !Array.isArray(json.arcs))
			return { code: 'topology_invalid', feature: null, detail: 'objects/arcs' };
		const features: unknown[] = [];
		try {
			for (const object of Object.values(json.objects)) {
				const converted = topologyFeature(json as unknown as Topology, object as never) as
					Feature | FeatureCollection;
				if (converted.type === 'FeatureCollection') features.push(...converted.features);
				else features.push(converted);
			}
		} catch (error) {
			return {
				code: 'topology_invalid',
				feature: null,
				detail: error instanceof Error ? error.message : String(error)
			};
		}
		return { format: 'topojson', features, crsName };
	}
	if (json.type === 'FeatureCollection' && Array.isArray(json.features))
		return { format: 'geojson', features: json.features, crsName };
	if (json.type === 'Feature') return { format: 'geojson', features: [json], crsName };
	return {
		code: 'not_geo',
		feature: null,
		detail: typeof json.type === 'string' ? json.type : Object.keys(json).slice(0, 5).join(', ')
	};
}

interface Candidate {
	number: number;
	code: string;
	polygons: Position[][][];
}

function extentOf(candidates: readonly Candidate[]): Extent {
	const extent = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
	for (const { polygons } of candidates)
		for (const rings of polygons)
			for (const ring of rings)
				for (const [x, y] of ring) {
					if (x < extent.minX) extent.minX = x;
					if (x > extent.maxX) extent.maxX = x;
					if (y < extent.minY) extent.minY = y;
					if (y > extent.maxY) extent.maxY = y;
				}
	return extent;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
const countPoints = (polygons: Position[][][]) =>
	polygons.reduce((sum, rings) => sum + rings.reduce((s, ring) => s + ring.length, 0), 0);

/**
 * Where JSON.parse gave up, as `line:column` (1-based), `end` when the text stopped early, or ''
 * (the engine's own message is English only, and says little more).
 */
export function whereJsonFails(text: string, error: unknown): string {
	const message = error instanceof Error ? error.message : '';
	const lines = text.split('\n');
	const lineColumn = /line (\d+) column (\d+)/.exec(message);
	const position = /position (\d+)/.exec(message);
	let offset: number | null = null;
	if (lineColumn) {
		const [line, column] = [Number(lineColumn[1]), Number(lineColumn[2])];
		offset = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
	} else if (position) offset = Number(position[1]);
	if (offset === null) return /end of (JSON )?input|unterminated/i.test(message) ? 'end' : '';
	if (offset >= text.trimEnd().length) return 'end';
	const before = text.slice(0, offset).split('\n');
	return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** Reads a boundary file's text (a UTF-8 BOM is allowed). */
export function readBoundaryFile(text: string): BoundaryFile {
	const problems: BoundaryProblem[] = [];
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '') return refuse(problems, { code: 'file_empty', feature: null });
	let json: unknown;
	try {
		json = JSON.parse(body);
	} catch (error) {
		return refuse(problems, {
			code: 'not_json',
			feature: null,
			detail: whereJsonFails(body, error)
		});
	}
	const found = featuresOf(json);
	if ('code' in found) return refuse(problems, found);
	const { format, features, crsName } = found;
	if (features.length === 0)
		return refuse(problems, { code: 'no_features', feature: null }, { format });

	const candidates: Candidate[] = [];
	const codeKeys = new Set<string>();
	features.forEach((value, i) => {
		const number = i + 1;
		if (!isObject(value) || value.type !== 'Feature') {
			problems.push({ code: 'feature_invalid', feature: number });
			return;
		}
		const properties = isObject(value.properties) ? value.properties : null;
		const found =
			areaCodeOf(properties) ??
			(typeof value.id === 'string' ? areaCodeOf({ id: value.id }) : null);
		const geometry = value.geometry as GeoJsonObject | null | undefined;
		if (!found) {
			problems.push({
				code: 'code_missing',
				feature: number,
				detail: properties ? Object.keys(properties).slice(0, 8).join(', ') : ''
			});
			return;
		}
		if (!isObject(geometry)) {
			problems.push({ code: 'geometry_missing', feature: number, detail: found.code });
			return;
		}
		const coordinates = (geometry as { coordinates?: unknown }).coordinates;
		if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
			problems.push({
				code: 'geometry_unsupported',
				feature: number,
				detail: `${found.code}|${String(geometry.type)}`
			});
			return;
		}
		const parts = geometry.type === 'Polygon' ? [coordinates] : coordinates;
		const rings = Array.isArray(parts) && parts.length > 0 ? parts.map(polygonRings) : [null];
		const polygons = rings.every((r) => r !== null) ? rings : null;
		if (!polygons) {
			problems.push({ code: 'geometry_invalid', feature: number, detail: found.code });
			return;
		}
		codeKeys.add(found.key);
		candidates.push({ number, code: found.code, polygons });
	});
	const partial = { format, features: features.length, codeKeys: [...codeKeys] };
	if (candidates.length === 0)
		return refuse(problems, { code: 'no_usable_features', feature: null }, partial);

	const extent = extentOf(candidates);
	const byMagnitude = systemByMagnitude(extent);
	const named = crsName === null ? null : systemByName(crsName);
	if (named === 'other')
		return refuse(problems, { code: 'crs_unsupported', feature: null, detail: crsName! }, partial);
	if (named && byMagnitude && named !== byMagnitude)
		return refuse(problems, { code: 'crs_mismatch', feature: null, detail: crsName! }, partial);
	const system = named ?? byMagnitude;
	if (!system) {
		const box = [extent.minX, extent.minY, extent.maxX, extent.maxY].map((v) => Math.round(v));
		return refuse(
			problems,
			{ code: 'coordinates_unknown', feature: null, detail: box.join(', ') },
			partial
		);
	}
	if (system === 'rd-new')
		problems.push({ code: 'reprojected', feature: null, detail: crsName ?? '' });

	const project = system === 'rd-new' ? rdToWgs84 : (x: number, y: number) => [x, y];
	let before = 0;
	let after = 0;
	const latitude = system === 'rd-new' ? 52.2 : (extent.minY + extent.maxY) / 2;
	const byCode = new Map<string, { number: number; polygons: Position[][][] }>();
	for (const candidate of candidates) {
		before += countPoints(candidate.polygons);
		const projected = candidate.polygons.map((rings) =>
			rings.map((ring) => ring.map(([x, y]) => project(x, y).map(round6)))
		);
		const simplified = simplifyPolygons(projected, latitude);
		after += countPoints(simplified);
		const earlier = byCode.get(candidate.code);
		if (earlier) {
			// A CBS area in two parts is sometimes two features: one shape.
			problems.push({
				code: 'code_duplicate',
				feature: candidate.number,
				detail: candidate.code,
				other: earlier.number
			});
			earlier.polygons.push(...simplified);
		} else byCode.set(candidate.code, { number: candidate.number, polygons: simplified });
	}
	if (after < before)
		problems.push({ code: 'simplified', feature: null, detail: String(before), other: after });

	const shapes: AreaShape[] = [];
	const featureOf: Record<string, number> = {};
	for (const [code, { number, polygons }] of byCode) {
		featureOf[code] = number;
		shapes.push({
			type: 'Feature',
			properties: { code },
			geometry: rewoundForD3(
				polygons.length === 1
					? { type: 'Polygon', coordinates: polygons[0] }
					: { type: 'MultiPolygon', coordinates: polygons }
			)
		});
	}
	return {
		...partial,
		system,
		systemFrom: named ? 'crs' : 'magnitude',
		shapes,
		featureOf,
		points: { before, after },
		problems,
		refused: false
	};
}

export interface BoundaryMatch {
	/** Codes of shapes that name an area of the loaded data. */
	matched: string[];
	/** The others, with the feature they came from (kept, and drawn once data for them exists). */
	unknown: BoundaryProblem[];
}

/** Which of a file's shapes belong to areas the dashboard knows. */
export function matchBoundaries(
	file: BoundaryFile,
	knownCodes: ReadonlySet<string>
): BoundaryMatch {
	const matched: string[] = [];
	const unknown: BoundaryProblem[] = [];
	for (const shape of file.shapes) {
		const code = shape.properties.code;
		if (knownCodes.has(code)) matched.push(code);
		else
			unknown.push({ code: 'code_unknown', feature: file.featureOf[code] ?? null, detail: code });
	}
	return { matched, unknown };
}

export const boundarySeverity = severityOf;
export { SIMPLIFY_METRES };
