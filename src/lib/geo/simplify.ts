/**
 * Fewer points for the map: Douglas–Peucker per ring, in degrees with longitude scaled by the
 * cosine of the latitude (locally equal-area enough for one gemeente), with one tolerance in
 * metres for every feature, so that neighbours' shared borders are simplified alike. A map of
 * even a small gemeente (5 km over 600 units: 8 m a unit) cannot show a detail of a few metres,
 * so the picture stays the same while the points drop to a fraction. Rings that would collapse
 * keep their points; no ring is ever dropped.
 */
import type { Position } from 'geojson';

/** The largest distance, in metres, by which a simplified border may leave the original. */
export const SIMPLIFY_METRES = 4;

/** Douglas–Peucker of a closed ring (first = last), iteratively; keeps at least 4 points. */
export function simplifyRing(ring: Position[], tolerance: number, xScale: number): Position[] {
	if (ring.length <= 4 || tolerance <= 0) return ring;
	const keep = new Uint8Array(ring.length);
	keep[0] = keep[ring.length - 1] = 1;
	// A closed ring's ends coincide: split it at the point farthest from its start.
	let far = 0;
	let farDistance = -1;
	for (let i = 1; i < ring.length - 1; i++) {
		const dx = (ring[i][0] - ring[0][0]) * xScale;
		const dy = ring[i][1] - ring[0][1];
		const d = dx * dx + dy * dy;
		if (d > farDistance) [far, farDistance] = [i, d];
	}
	keep[far] = 1;
	const stack: [number, number][] = [
		[0, far],
		[far, ring.length - 1]
	];
	const squared = tolerance * tolerance;
	while (stack.length > 0) {
		const [first, last] = stack.pop()!;
		const ax = ring[first][0] * xScale;
		const ay = ring[first][1];
		const bx = ring[last][0] * xScale - ax;
		const by = ring[last][1] - ay;
		const length = bx * bx + by * by;
		let index = -1;
		let max = squared;
		for (let i = first + 1; i < last; i++) {
			const px = ring[i][0] * xScale - ax;
			const py = ring[i][1] - ay;
			let d: number;
			if (length === 0) d = px * px + py * py;
			else {
				const t = Math.max(0, Math.min(1, (px * bx + py * by) / length));
				const ex = px - t * bx;
				const ey = py - t * by;
				d = ex * ex + ey * ey;
			}
			if (d > max) [index, max] = [i, d];
		}
		if (index >= 0) {
			keep[index] = 1;
			stack.push([first, index], [index, last]);
		}
	}
	const kept = ring.filter((_, i) => keep[i] === 1);
	return kept.length >= 4 ? kept : ring;
}

/** Metres per degree of latitude. */
const METRES_PER_DEGREE = 111_320;

/** The rings of (multi)polygons near latitude `latitude`, each simplified to `metres`. */
export function simplifyPolygons(
	polygons: Position[][][],
	latitude: number,
	metres = SIMPLIFY_METRES
): Position[][][] {
	const xScale = Math.cos((latitude * Math.PI) / 180);
	const tolerance = metres / METRES_PER_DEGREE;
	return polygons.map((rings) => rings.map((ring) => simplifyRing(ring, tolerance, xScale)));
}
