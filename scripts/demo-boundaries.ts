/**
 * Fictional boundaries for the demo municipality: a convex city outline, wijken as a Voronoi
 * partition of it, and each wijk's buurten as a Voronoi partition of that wijk, so buurten nest
 * exactly in their wijk. Coordinates are WGS84 (RFC 7946: longitude, latitude; exterior rings
 * counter-clockwise), placed in the North Sea so that nobody mistakes the shapes for a real place.
 */
import { Delaunay } from 'd3-delaunay';
import { polygonCentroid, polygonContains, polygonHull } from 'd3-polygon';

type Point = [number, number];
type Ring = Point[];

export interface BoundaryWijk {
	code: string;
	/** 0 = outskirts, 1 = city centre: how close to the middle the wijk lies. */
	centrality: number;
	buurtCodes: readonly string[];
}

export interface Random {
	uniform: (min?: number, max?: number) => number;
}

const CITY_RADIUS_KM = 3.2;
const ORIGIN = { lon: 3.42, lat: 53.31 };
const KM_PER_DEGREE_LAT = 110.57;
const KM_PER_DEGREE_LON = 111.32 * Math.cos((ORIGIN.lat * Math.PI) / 180);
const DECIMALS = 5;

/** The part of `subject` inside the convex polygon `clip` (Sutherland–Hodgman). */
function clipToConvex(subject: Ring, clip: Ring): Ring {
	const ccw = signedArea(clip) > 0;
	const inside = ([x, y]: Point, [ax, ay]: Point, [bx, by]: Point) => {
		const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
		return ccw ? cross >= 0 : cross <= 0;
	};
	const intersect = ([px, py]: Point, [qx, qy]: Point, [ax, ay]: Point, [bx, by]: Point): Point => {
		const d = (px - qx) * (ay - by) - (py - qy) * (ax - bx);
		const t = ((px - ax) * (ay - by) - (py - ay) * (ax - bx)) / d;
		return [px + t * (qx - px), py + t * (qy - py)];
	};
	let output = open(subject);
	const edges = open(clip);
	for (let i = 0; i < edges.length && output.length > 0; i++) {
		const a = edges[i];
		const b = edges[(i + 1) % edges.length];
		const input = output;
		output = [];
		for (let j = 0; j < input.length; j++) {
			const current = input[j];
			const previous = input[(j + input.length - 1) % input.length];
			if (inside(current, a, b)) {
				if (!inside(previous, a, b)) output.push(intersect(previous, current, a, b));
				output.push(current);
			} else if (inside(previous, a, b)) output.push(intersect(previous, current, a, b));
		}
	}
	return output;
}

/** A ring without its closing point. */
function open(ring: Ring): Ring {
	const [first, last] = [ring[0], ring[ring.length - 1]];
	return first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring.slice();
}

function signedArea(ring: Ring): number {
	let sum = 0;
	for (let i = 0, n = ring.length; i < n; i++) {
		const [x0, y0] = ring[i];
		const [x1, y1] = ring[(i + 1) % n];
		sum += x0 * y1 - x1 * y0;
	}
	return sum / 2;
}

function bounds(ring: Ring): [number, number, number, number] {
	const xs = ring.map((p) => p[0]);
	const ys = ring.map((p) => p[1]);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Voronoi cells of `seeds` inside the convex polygon `within`, relaxed to avoid slivers. */
function partition(seeds: Point[], within: Ring, relaxations: number): Ring[] {
	let points = seeds;
	let cells: Ring[] = [];
	for (let round = 0; round <= relaxations; round++) {
		const voronoi = Delaunay.from(points).voronoi(bounds(within));
		cells = points.map((_, i) => clipToConvex(voronoi.cellPolygon(i) as Ring, within));
		points = cells.map((cell) => polygonCentroid(cell));
	}
	return cells;
}

function randomPointIn(ring: Ring, random: Random): Point {
	const [x0, y0, x1, y1] = bounds(ring);
	for (;;) {
		const point: Point = [random.uniform(x0, x1), random.uniform(y0, y1)];
		if (polygonContains(ring, point)) return point;
	}
}

/** Kilometres from the origin → a closed, counter-clockwise WGS84 ring. */
function toWgs84(ring: Ring): Ring {
	const round = (v: number) => Number(v.toFixed(DECIMALS));
	const points = ring.map(([x, y]): Point => [
		round(ORIGIN.lon + x / KM_PER_DEGREE_LON),
		round(ORIGIN.lat + y / KM_PER_DEGREE_LAT)
	]);
	if (signedArea(points) < 0) points.reverse();
	return [...points, points[0]];
}

export function buildBoundaries(
	gemeenteCode: string,
	wijken: readonly BoundaryWijk[],
	randomFor: (...key: string[]) => Random
) {
	const random = randomFor('boundaries', 'outline');
	const corners = 16;
	const outline = polygonHull(
		Array.from({ length: corners }, (_, i): Point => {
			const angle = (2 * Math.PI * i) / corners;
			const r = CITY_RADIUS_KM * random.uniform(0.8, 1.1);
			return [1.25 * r * Math.cos(angle), r * Math.sin(angle)];
		})
	) as Ring;

	const wijkSeeds = wijken.map((wijk, i): Point => {
		const jitter = randomFor('boundaries', wijk.code);
		const distance = (1 - wijk.centrality) * CITY_RADIUS_KM * 0.75 + jitter.uniform(0, 0.3);
		const angle = (2 * Math.PI * i) / wijken.length + jitter.uniform(-0.3, 0.3);
		return [1.25 * distance * Math.cos(angle), distance * Math.sin(angle)];
	});
	const wijkCells = partition(wijkSeeds, outline, 2);

	const features: { code: string; level: 'gemeente' | 'wijk' | 'buurt'; ring: Ring }[] = [
		{ code: gemeenteCode, level: 'gemeente', ring: outline }
	];
	wijken.forEach((wijk, i) => {
		features.push({ code: wijk.code, level: 'wijk', ring: wijkCells[i] });
		const buurtRandom = randomFor('boundaries', wijk.code, 'buurten');
		const seeds = wijk.buurtCodes.map(() => randomPointIn(wijkCells[i], buurtRandom));
		partition(seeds, wijkCells[i], 3).forEach((ring, j) =>
			features.push({ code: wijk.buurtCodes[j], level: 'buurt', ring })
		);
	});

	return {
		type: 'FeatureCollection',
		features: features.map(({ code, level, ring }) => ({
			type: 'Feature',
			properties: { code, level },
			geometry: { type: 'Polygon', coordinates: [toWgs84(ring)] }
		}))
	};
}
