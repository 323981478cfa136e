/**
 * Boundary uploads: RD New → WGS84 against published points, the code keys, winding, TopoJSON,
 * simplification and every problem the review reports; then the real files of
 * ../shared/realdata (skipped when that folder is absent).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea, geoBounds, geoContains, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaCodeOf, rewoundForD3, withUploadedShapes, type AreaShape } from '$lib/geo/boundaries';
import {
	BOUNDARY_PROBLEM_SEVERITY,
	matchBoundaries,
	readBoundaryFile,
	whereJsonFails,
	type BoundaryFile
} from '$lib/geo/boundary-file';
import { ALL_GEMEENTEN, mapAreas, scopeOf } from '$lib/geo/map-scope';
import { rdToWgs84, systemByMagnitude, systemByName } from '$lib/geo/rd-new';
import { simplifyRing } from '$lib/geo/simplify';
import { en } from '$lib/i18n/en';
import { nl } from '$lib/i18n/nl';
import type { Area } from '$lib/data/contract';

const FIXTURES = 'tests/fixtures/boundaries';
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** Metres between two WGS84 points (equirectangular; fine over metres). */
function metresBetween([lon1, lat1]: Position, [lon2, lat2]: Position): number {
	const rad = Math.PI / 180;
	const x = (lon2 - lon1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
	const y = (lat2 - lat1) * rad;
	return Math.hypot(x, y) * 6_371_000;
}

describe('RD New → WGS84 (Schreutelkamp & Strang van Hees)', () => {
	// The reference points of the paper, as published with it (RD ↔ WGS84).
	const points = [
		{
			name: 'Amersfoort, Onze Lieve Vrouwetoren',
			rd: [155000, 463000],
			wgs: [5.38720621, 52.1551744]
		},
		{
			name: 'Westertoren, Amsterdam',
			rd: [120700.723, 487525.501],
			wgs: [4.88352559, 52.37453253]
		},
		{
			name: 'Martinitoren, Groningen',
			rd: [233883.131, 582065.167],
			wgs: [6.56820053, 53.21938317]
		}
	];
	for (const point of points)
		it(`puts ${point.name} within a metre`, () => {
			const result = rdToWgs84(point.rd[0], point.rd[1]);
			expect(metresBetween(result, point.wgs)).toBeLessThan(1);
		});

	it('gives the origin exactly and to five decimals as the brief states (52.15517°N 5.38721°E)', () => {
		const [lon, lat] = rdToWgs84(155000, 463000);
		expect(lat).toBeCloseTo(52.15517, 5);
		expect(lon).toBeCloseTo(5.38721, 5);
	});

	it('tells RD New from WGS84 by magnitude and by the crs member', () => {
		expect(systemByMagnitude({ minX: 3.3, maxX: 7.2, minY: 50.7, maxY: 53.6 })).toBe('wgs84');
		expect(systemByMagnitude({ minX: 13000, maxX: 278000, minY: 306000, maxY: 619000 })).toBe(
			'rd-new'
		);
		// Web Mercator metres are neither.
		expect(systemByMagnitude({ minX: 480000, maxX: 520000, minY: 6780000, maxY: 6800000 })).toBe(
			null
		);
		expect(systemByName('urn:ogc:def:crs:EPSG::28992')).toBe('rd-new');
		expect(systemByName('EPSG:28992')).toBe('rd-new');
		expect(systemByName('http://www.opengis.net/def/crs/EPSG/0/28992')).toBe('rd-new');
		expect(systemByName('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe('wgs84');
		expect(systemByName('EPSG:4326')).toBe('wgs84');
		expect(systemByName('urn:ogc:def:crs:EPSG::3857')).toBe('other');
	});
});

describe('area codes', () => {
	it('takes code, statcode, buurtcode, wijkcode, gemeentecode in that order, in any case', () => {
		expect(areaCodeOf({ code: 'WK1', statcode: 'WK2' })).toEqual({ code: 'WK1', key: 'code' });
		expect(areaCodeOf({ STATCODE: 'BU01931000' })).toEqual({
			code: 'BU01931000',
			key: 'STATCODE'
		});
		// A CBS buurt carries its wijk and gemeente too: it is the buurt.
		expect(
			areaCodeOf({ gemeentecode: 'GM0599', wijkcode: 'WK059901', buurtcode: 'BU05990110' })
		).toEqual({ code: 'BU05990110', key: 'buurtcode' });
		expect(areaCodeOf({ GemeenteCode: ' GM0599 ' })).toEqual({
			code: 'GM0599',
			key: 'GemeenteCode'
		});
	});

	it('falls back to a property holding a CBS code, and to nothing', () => {
		expect(areaCodeOf({ cartodb_id: 1, name: 'Stadsdriehoek', id: 'BU05990110' })).toEqual({
			code: 'BU05990110',
			key: 'id'
		});
		expect(areaCodeOf({ BU_CODE: 'bu05990110' })?.code).toBe('BU05990110');
		expect(areaCodeOf({ name: 'Centrum', id: 7 })).toBeNull();
		expect(areaCodeOf({ code: '  ' })).toBeNull();
		expect(areaCodeOf(null)).toBeNull();
	});
});

describe('winding for d3-geo', () => {
	const square: Position[] = [
		[4, 52],
		[4.1, 52],
		[4.1, 52.1],
		[4, 52.1],
		[4, 52]
	];
	const hole: Position[] = [
		[4.03, 52.03],
		[4.06, 52.03],
		[4.06, 52.06],
		[4.03, 52.06],
		[4.03, 52.03]
	];
	const reverse = (ring: Position[]) => ring.slice().reverse();
	const small = (geometry: Polygon) => geoArea(geometry) < 1e-4;

	it('an RFC 7946 ring (counter-clockwise) is the whole globe minus the area until rewound', () => {
		const rfc: Polygon = { type: 'Polygon', coordinates: [square] };
		expect(geoArea(rfc)).toBeGreaterThan(2 * Math.PI);
		expect(small(rewoundForD3(rfc) as Polygon)).toBe(true);
		const d3Order: Polygon = { type: 'Polygon', coordinates: [reverse(square)] };
		expect(rewoundForD3(d3Order)).toEqual(d3Order);
	});

	it('every combination of exterior and hole winding gives the square minus the hole', () => {
		const expected = geoArea({ type: 'Polygon', coordinates: [reverse(square), hole] });
		for (const outer of [square, reverse(square)])
			for (const inner of [hole, reverse(hole)]) {
				const fixed = rewoundForD3({ type: 'Polygon', coordinates: [outer, inner] }) as Polygon;
				expect(geoArea(fixed)).toBeCloseTo(expected, 12);
				expect(geoContains(fixed, [4.01, 52.01])).toBe(true);
				expect(geoContains(fixed, [4.045, 52.045])).toBe(false);
			}
	});
});

describe('simplification', () => {
	it('keeps a ring within the tolerance, closed, and never below four points', () => {
		// A wobbly circle of 2,000 points, 1 km across, near 52°N.
		const ring: Position[] = Array.from({ length: 2000 }, (_, i) => {
			const a = (i / 2000) * 2 * Math.PI;
			const r = 0.005 * (1 + 0.00001 * Math.sin(i * 7));
			return [5 + r * Math.cos(a) * 1.6, 52 + r * Math.sin(a)];
		});
		ring.push(ring[0]);
		const xScale = Math.cos((52 * Math.PI) / 180);
		const simplified = simplifyRing(ring, 4 / 111_320, xScale);
		expect(simplified.length).toBeLessThan(ring.length / 5);
		expect(simplified.length).toBeGreaterThanOrEqual(4);
		expect(simplified[0]).toEqual(simplified.at(-1));
		const triangle = ring.filter((_, i) => i % 700 === 0);
		triangle.push(triangle[0]);
		expect(simplifyRing(triangle, 1, xScale)).toEqual(triangle);
	});
});

const known = new Set(`GM9998 WK999801 WK999802 BU99980101 BU99980102 BU99980201`.split(' '));
const codes = (file: BoundaryFile) => file.shapes.map((s) => s.properties.code);
const problemsOf = (file: BoundaryFile) =>
	file.problems.map((p) => [p.code, p.feature, p.detail ?? null]);

describe('an RD New GeoJSON file (fixture proefdorp-rd.geojson)', () => {
	const file = readBoundaryFile(fixture('proefdorp-rd.geojson'));

	it('is read as RD New from its crs member, every usable feature keyed by its own code', () => {
		expect(file.refused).toBe(false);
		expect(file.format).toBe('geojson');
		expect(file.system).toBe('rd-new');
		expect(file.systemFrom).toBe('crs');
		expect(file.features).toBe(9);
		expect(codes(file)).toEqual([
			'GM9998',
			'WK999801',
			'WK999802',
			'BU99980101',
			'BU99980102',
			'BU99980201',
			'BU99989999'
		]);
		expect(file.codeKeys).toEqual([
			'gemeentecode',
			'WIJKCODE',
			'statcode',
			'buurtcode',
			'code',
			'BUURTCODE'
		]);
	});

	it('reports the feature without geometry and the point by number, and the reprojection', () => {
		expect(problemsOf(file)).toEqual([
			['geometry_missing', 8, 'BU99980299'],
			['geometry_unsupported', 9, 'BU99980298|Point'],
			['reprojected', null, 'urn:ogc:def:crs:EPSG::28992']
		]);
	});

	it('reprojects every corner as rdToWgs84 does, and rewinds the RFC 7946 rings', () => {
		const gemeente = file.shapes[0];
		const [[west, south], [east, north]] = geoBounds(gemeente);
		const [swLon, swLat] = rdToWgs84(40000, 600000);
		const [neLon, neLat] = rdToWgs84(46000, 606000);
		expect(west).toBeCloseTo(Math.min(swLon, rdToWgs84(40000, 606000)[0]), 5);
		expect(south).toBeCloseTo(Math.min(swLat, rdToWgs84(46000, 600000)[1]), 5);
		expect(east).toBeCloseTo(Math.max(neLon, rdToWgs84(46000, 600000)[0]), 5);
		expect(north).toBeCloseTo(Math.max(neLat, rdToWgs84(40000, 606000)[1]), 5);
		// 6 × 6 km (RD is conformal, its scale near 1 there): about 36 km², not the globe.
		for (const shape of file.shapes) expect(geoArea(shape)).toBeLessThan(2 * Math.PI);
		const km2 = geoArea(gemeente) * 6371 ** 2;
		expect(km2).toBeGreaterThan(35);
		expect(km2).toBeLessThan(37.5);
	});

	it('says which codes are known to the data, each unknown one with its feature number', () => {
		const match = matchBoundaries(file, known);
		expect(match.matched).toHaveLength(6);
		expect(match.unknown).toEqual([{ code: 'code_unknown', feature: 7, detail: 'BU99989999' }]);
	});

	it('is the same file without its crs member (recognised by magnitude)', () => {
		const json = JSON.parse(fixture('proefdorp-rd.geojson'));
		delete json.crs;
		const bare = readBoundaryFile(JSON.stringify(json));
		expect(bare.system).toBe('rd-new');
		expect(bare.systemFrom).toBe('magnitude');
		expect(bare.shapes).toEqual(file.shapes);
	});
});

describe('a TopoJSON file (fixture proefdorp.topojson)', () => {
	const file = readBoundaryFile(fixture('proefdorp.topojson'));

	it('decodes shared, delta-encoded, quantised arcs into the two wijken', () => {
		expect(file.format).toBe('topojson');
		expect(file.system).toBe('wgs84');
		expect(file.features).toBe(4);
		expect(codes(file)).toEqual(['WK999801', 'WK999802']);
		const [west, east] = file.shapes;
		// Corners in the order d3 wants (clockwise): the arcs' counter-clockwise rings, reversed.
		const ring = (shape: AreaShape) =>
			(shape.geometry as Polygon).coordinates[0].map(([x, y]) => [+x.toFixed(9), +y.toFixed(9)]);
		expect(ring(west)).toEqual([
			[3.75, 53.41],
			[3.75, 53.35],
			[3.7, 53.35],
			[3.7, 53.41],
			[3.75, 53.41]
		]);
		expect(ring(east)).toEqual([
			[3.75, 53.35],
			[3.75, 53.41],
			[3.8, 53.41],
			[3.8, 53.35],
			[3.75, 53.35]
		]);
		// The arcs wind counter-clockwise: rewound, each is a small area.
		for (const shape of file.shapes) expect(geoArea(shape)).toBeLessThan(1e-5);
		expect(geoContains(west, [3.72, 53.38])).toBe(true);
		expect(geoContains(east, [3.72, 53.38])).toBe(false);
	});

	it('reports the geometry-less feature and the point with their numbers', () => {
		expect(problemsOf(file)).toEqual([
			['geometry_missing', 3, 'WK999803'],
			['geometry_unsupported', 4, 'BU99980101|Point']
		]);
	});
});

describe('files that are refused', () => {
	const cases: [string, string, string][] = [
		['an empty file', '  \n', 'file_empty'],
		['a broken JSON file', fixture('kapot.geojson'), 'not_json'],
		['JSON that is not GeoJSON', fixture('geen-geo.json'), 'not_geo'],
		['a CSV file', 'code,name\nGM9998,Proefdorp\n', 'not_json'],
		['a collection without features', '{"type":"FeatureCollection","features":[]}', 'no_features'],
		['a bare geometry', '{"type":"Polygon","coordinates":[]}', 'not_geo'],
		[
			'a topology without arcs',
			'{"type":"Topology","objects":{"a":{"type":"GeometryCollection","geometries":[]}}}',
			'topology_invalid'
		]
	];
	for (const [what, text, code] of cases)
		it(`${what}: ${code}`, () => {
			const file = readBoundaryFile(text);
			expect(file.refused).toBe(true);
			expect(file.shapes).toEqual([]);
			expect(file.problems.at(-1)?.code).toBe(code);
		});

	it('says where a JSON file breaks, in the message of its language', () => {
		expect(readBoundaryFile(fixture('kapot.geojson')).problems[0].detail).toBe('end');
		// Engines word it differently: V8 in Node gives a position, Chromium also line and column.
		const text = '{\n  "a": ,\n}';
		expect(whereJsonFails(text, new SyntaxError('Unexpected token in JSON at position 9'))).toBe(
			'2:8'
		);
		expect(whereJsonFails('{}', new SyntaxError('x at position 1 (line 1 column 2)'))).toBe('1:2');
		expect(nl.data.boundaries.problems.not_json('2:15')).toContain('regel 2, kolom 15');
		expect(en.data.boundaries.problems.not_json('end')).toContain('stops in the middle');
		expect(nl.data.boundaries.problems.not_json('')).toBe(
			'Dit is geen JSON, dus geen GeoJSON of TopoJSON. Kies een .geojson-, .json- of .topojson-bestand.'
		);
	});

	const collection = (crs: string | null, ring: Position[], properties: object = { code: 'X' }) =>
		JSON.stringify({
			type: 'FeatureCollection',
			...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}),
			features: [
				{ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } }
			]
		});
	const mercator: Position[] = [
		[500000, 6780000],
		[501000, 6780000],
		[501000, 6781000],
		[500000, 6780000]
	];
	const degrees: Position[] = [
		[5, 52],
		[5.1, 52],
		[5.1, 52.1],
		[5, 52]
	];

	it('a coordinate system it cannot read, named or not, and a crs that contradicts the numbers', () => {
		const named = readBoundaryFile(collection('urn:ogc:def:crs:EPSG::3857', mercator));
		expect(problemsOf(named)).toEqual([['crs_unsupported', null, 'urn:ogc:def:crs:EPSG::3857']]);
		const unnamed = readBoundaryFile(collection(null, mercator));
		expect(unnamed.problems.map((p) => p.code)).toEqual(['coordinates_unknown']);
		const wrong = readBoundaryFile(collection('EPSG:28992', degrees));
		expect(wrong.problems.map((p) => p.code)).toEqual(['crs_mismatch']);
	});

	it('features without a code or with broken coordinates: nothing usable', () => {
		const noCode = readBoundaryFile(collection(null, degrees, { naam: 'Centrum' }));
		expect(problemsOf(noCode)).toEqual([
			['code_missing', 1, 'naam'],
			['no_usable_features', null, null]
		]);
		const broken = readBoundaryFile(collection(null, degrees.slice(0, 2)));
		expect(problemsOf(broken)[0]).toEqual(['geometry_invalid', 1, 'X']);
	});

	it('joins two features of one code into one shape, with a note', () => {
		const json = JSON.parse(
			collection(null, [
				[5, 52],
				[5.1, 52],
				[5.1, 52.1],
				[5, 52]
			])
		);
		json.features.push({
			...json.features[0],
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[6, 52],
						[6.1, 52],
						[6.1, 52.1],
						[6, 52]
					]
				]
			}
		});
		const file = readBoundaryFile(JSON.stringify(json));
		expect(file.shapes).toHaveLength(1);
		expect(file.shapes[0].geometry.type).toBe('MultiPolygon');
		expect(problemsOf(file)).toEqual([['code_duplicate', 2, 'X']]);
		expect(file.problems[0].other).toBe(1);
	});
});

describe('messages', () => {
	it('every problem has a message in Dutch and English that names its detail', () => {
		for (const code of Object.keys(
			BOUNDARY_PROBLEM_SEVERITY
		) as (keyof typeof BOUNDARY_PROBLEM_SEVERITY)[]) {
			for (const dictionary of [nl, en]) {
				const text = (
					dictionary.data.boundaries.problems[code] as (d: string, o: string) => string
				)('WK999801|Point', '3');
				expect(text.length).toBeGreaterThan(10);
			}
		}
		expect(nl.data.boundaries.problems.geometry_unsupported('BU1|LineString')).toContain(
			'LineString'
		);
		expect(en.data.boundaries.problems.code_duplicate('BU1', '2')).toContain('shape 2');
	});
});

describe('which areas a map draws', () => {
	const areas: Area[] = [
		{ code: 'GM9999', name: 'Voorbeeldstad', level: 'gemeente', parent_code: null },
		{ code: 'WK999901', name: 'A', level: 'wijk', parent_code: 'GM9999' },
		{ code: 'GM9998', name: 'Proefdorp', level: 'gemeente', parent_code: null },
		{ code: 'WK999801', name: 'Oud', level: 'wijk', parent_code: 'GM9998' },
		{ code: 'BU99980101', name: 'Kern', level: 'buurt', parent_code: 'WK999801' },
		// A buurt uploaded without its wijk and gemeente: the gemeente its code names.
		{ code: 'BU05990110', name: 'Stadsdriehoek', level: 'buurt', parent_code: 'WK059901' }
	];
	const shape = (code: string): AreaShape => ({
		type: 'Feature',
		properties: { code },
		geometry: { type: 'Polygon', coordinates: [] }
	});

	it('one gemeente (the top of the chain of parents) at a time', () => {
		const byCode = new Map(areas.map((a) => [a.code, a]));
		expect(scopeOf('BU99980101', byCode)).toBe('GM9998');
		expect(scopeOf('GM9998', byCode)).toBe('GM9998');
		expect(scopeOf('BU05990110', byCode)).toBe('GM0599');
		const shapes = new Map(
			['WK999901', 'WK999801', 'BU99980101', 'BU05990110'].map((c) => [c, shape(c)])
		);
		const drawn = mapAreas(areas, shapes);
		expect(drawn.scopes).toEqual([
			{ code: 'GM9999', name: 'Voorbeeldstad' },
			{ code: 'GM9998', name: 'Proefdorp' },
			{ code: 'GM0599', name: 'GM0599' }
		]);
		expect(drawn.levels('GM9998')).toEqual(['wijk', 'buurt']);
		expect(drawn.levels('GM0599')).toEqual(['buurt']);
		expect(drawn.areas('GM9998', 'wijk').map((a) => a.code)).toEqual(['WK999801']);
	});

	it('all gemeenten at the gemeente level once two or more have shapes of their own', () => {
		const shapes = new Map(['GM9999', 'WK999801'].map((c) => [c, shape(c)]));
		expect(mapAreas(areas, shapes).scopes.map((s) => s.code)).toEqual(['GM9998']);
		shapes.set('GM9998', shape('GM9998'));
		const drawn = mapAreas(areas, shapes);
		expect(drawn.scopes.map((s) => s.code)).toEqual(['GM9998', ALL_GEMEENTEN]);
		expect(drawn.levels(ALL_GEMEENTEN)).toEqual(['gemeente']);
		expect(drawn.areas(ALL_GEMEENTEN, 'gemeente').map((a) => a.code)).toEqual(['GM9999', 'GM9998']);
		expect(drawn.areas(ALL_GEMEENTEN, 'wijk')).toEqual([]);
		expect(drawn.levels('GM9999')).toEqual([]);
	});

	it('an upload’s shape replaces the bundled one of the same code; later uploads win', () => {
		const bundled = new Map([['WK999901', shape('WK999901')]]);
		const first = { ...shape('WK999901'), id: 1 } as AreaShape;
		const second = { ...shape('WK999901'), id: 2 } as AreaShape;
		const merged = withUploadedShapes(bundled, [{ shapes: [first] }, { shapes: [second] }]);
		expect(merged.get('WK999901')).toBe(second);
		expect(bundled.get('WK999901')).not.toBe(second);
	});
});

/** A map of `shapes` as Choropleth.svelte draws it: every path inside the 600 × 420 frame. */
function drawnInFrame(shapes: AreaShape[]): boolean {
	const projection = geoMercator().fitExtent(
		[
			[4, 4],
			[596, 416]
		],
		{ type: 'FeatureCollection', features: shapes }
	);
	const path = geoPath(projection);
	return shapes.every((shape) => {
		const [[x0, y0], [x1, y1]] = path.bounds(shape);
		return x0 >= 3 && y0 >= 3 && x1 <= 597 && y1 <= 417 && x1 - x0 > 0.5 && y1 - y0 > 0.5;
	});
}

const REALDATA = '../shared/realdata';
const real = (path: string) => join(REALDATA, path);
const haveRealdata = existsSync(REALDATA);
if (!haveRealdata)
	console.warn(
		`Skipping the real boundary files: ${REALDATA} is absent (see tests/unit/boundary-file.test.ts).`
	);

describe.skipIf(!haveRealdata)('real boundary files from ../shared/realdata', () => {
	it('Rotterdam buurten (Carto export: codes in `id`, WGS84): 92 buurten, simplified, drawable', () => {
		const file = readBoundaryFile(
			readFileSync(real('rotterdam-ikgeo/rotterdam_buurten.geojson'), 'utf8')
		);
		expect(file.refused).toBe(false);
		expect(file.system).toBe('wgs84');
		expect(file.features).toBe(92);
		expect(file.shapes).toHaveLength(92);
		expect(file.codeKeys).toEqual(['id']);
		expect(codes(file)).toContain('BU05990110');
		for (const code of ['BU05990320', 'BU05990329']) expect(codes(file)).toContain(code);
		// 37,363 points in the file; a map needs far fewer.
		expect(file.points.before).toBe(37363);
		expect(file.points.after).toBeLessThan(file.points.before / 4);
		for (const shape of file.shapes) expect(geoArea(shape)).toBeLessThan(1e-5);
		// Stadsdriehoek (BU05990110) holds the Laurenskerk (4.4856°E, 51.9213°N).
		const centre = file.shapes.find((s) => s.properties.code === 'BU05990110')!;
		expect(geoContains(centre, [4.4856, 51.9213])).toBe(true);
		expect(drawnInFrame(file.shapes)).toBe(true);
	});

	it('Zwolle buurten 2014 (STATCODE, WGS84 although a CBS file): 78 buurten', () => {
		const file = readBoundaryFile(
			readFileSync(real('zwolle-hackathon-buurten-2014/bu_2014.json'), 'utf8')
		);
		expect(file.system).toBe('wgs84');
		expect(file.systemFrom).toBe('magnitude');
		expect(file.shapes).toHaveLength(78);
		expect(file.codeKeys).toEqual(['STATCODE']);
		expect(codes(file)).toContain('BU01931130');
		expect(file.problems.filter((p) => BOUNDARY_PROBLEM_SEVERITY[p.code] !== 'note')).toEqual([]);
		expect(drawnInFrame(file.shapes)).toBe(true);
	});

	it('PDOK gemeenten 2023 (gemeentecode, RFC 7946 winding): 343 gemeenten, every one rewound', () => {
		const text = readFileSync(real('pdok-gemeenten-2023/gemeenten.json'), 'utf8');
		const raw = JSON.parse(text) as FeatureCollection;
		// As published, d3 would read every polygon as the globe minus the gemeente.
		expect(raw.features.every((f) => geoArea(f as Feature) > 2 * Math.PI)).toBe(true);
		const file = readBoundaryFile(text);
		expect(file.shapes).toHaveLength(343);
		expect(file.codeKeys).toEqual(['gemeentecode']);
		for (const shape of file.shapes) expect(geoArea(shape)).toBeLessThan(1e-3);
		const rotterdam = file.shapes.find((s) => s.properties.code === 'GM0599')!;
		const zwolle = file.shapes.find((s) => s.properties.code === 'GM0193')!;
		expect(geoContains(rotterdam, [4.4856, 51.9213])).toBe(true);
		expect(geoContains(zwolle, [6.0944, 52.5125])).toBe(true);
		expect(geoContains(zwolle, [4.4856, 51.9213])).toBe(false);
		expect(drawnInFrame(file.shapes)).toBe(true);
	});
});
