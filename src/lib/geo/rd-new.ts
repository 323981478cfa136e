/**
 * RD New (Rijksdriehoeksmeting, EPSG:28992) to WGS84, by the approximation of F.H. Schreutelkamp
 * and G.L. Strang van Hees ("Benaderingsformules voor de transformatie tussen RD- en
 * WGS84-kaartcoördinaten", 2001): a polynomial in the distance from Amersfoort, accurate to
 * under a metre within the Netherlands; no projection library needed. (RDNAPTRANS™ is the exact
 * transformation; a choropleth does not need its centimetres.)
 */

const X0 = 155000;
const Y0 = 463000;
const PHI0 = 52.1551744;
const LAMBDA0 = 5.38720621;

/** [p, q, K_pq]: the latitude's terms, in arc seconds, of dX^p · dY^q. */
const K: readonly (readonly [number, number, number])[] = [
	[0, 1, 3235.65389],
	[2, 0, -32.58297],
	[0, 2, -0.2475],
	[2, 1, -0.84978],
	[0, 3, -0.0655],
	[2, 2, -0.01709],
	[1, 0, -0.00738],
	[4, 0, 0.0053],
	[2, 3, -0.00039],
	[4, 1, 0.00033],
	[1, 1, -0.00012]
];

/** [p, q, L_pq]: the longitude's terms, in arc seconds. */
const L: readonly (readonly [number, number, number])[] = [
	[1, 0, 5260.52916],
	[1, 1, 105.94684],
	[1, 2, 2.45656],
	[3, 0, -0.81885],
	[1, 3, 0.05594],
	[3, 1, -0.05607],
	[0, 1, 0.01199],
	[3, 2, -0.00256],
	[1, 4, 0.00128],
	[0, 2, 0.00022],
	[2, 0, -0.00022],
	[5, 0, 0.00026]
];

/** RD New (x, y) in metres → [longitude, latitude] in degrees (GeoJSON's order). */
export function rdToWgs84(x: number, y: number): [number, number] {
	const dX = (x - X0) * 1e-5;
	const dY = (y - Y0) * 1e-5;
	let phi = 0;
	let lambda = 0;
	for (const [p, q, k] of K) phi += k * dX ** p * dY ** q;
	for (const [p, q, l] of L) lambda += l * dX ** p * dY ** q;
	return [LAMBDA0 + lambda / 3600, PHI0 + phi / 3600];
}

/**
 * The RD grid's valid range (EPSG:28992's area of use, with a margin): x and y in metres, always
 * positive and y always above x, so RD coordinates cannot be mistaken for degrees.
 */
export const RD_BOUNDS = { minX: -7000, maxX: 300000, minY: 289000, maxY: 629000 } as const;

export interface Extent {
	minX: number;
	maxX: number;
	minY: number;
	maxY: number;
}

export type CoordinateSystem = 'wgs84' | 'rd-new';

/** Which system coordinates spanning `extent` are in, judged by their magnitude; null: neither. */
export function systemByMagnitude(extent: Extent): CoordinateSystem | null {
	const { minX, maxX, minY, maxY } = extent;
	if (minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90) return 'wgs84';
	if (
		minX >= RD_BOUNDS.minX &&
		maxX <= RD_BOUNDS.maxX &&
		minY >= RD_BOUNDS.minY &&
		maxY <= RD_BOUNDS.maxY
	)
		return 'rd-new';
	return null;
}

/**
 * The system a GeoJSON `crs` member names (GeoJSON 2008; RFC 7946 dropped it, but CBS and PDOK
 * exports still write it); 'other' for one we cannot read.
 */
export function systemByName(name: string): CoordinateSystem | 'other' {
	const compact = name.trim().toUpperCase();
	const epsg = (/EPSG:{1,2}(?:[\d.]*:)?(\d+)$/.exec(compact) ??
		/\/EPSG\/[\d.]+\/(\d+)$/.exec(compact))?.[1];
	if (epsg === '28992') return 'rd-new';
	if (epsg === '4326' || /CRS:?84$/.test(compact) || /^WGS ?84$/.test(compact)) return 'wgs84';
	return 'other';
}
