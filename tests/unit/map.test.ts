import { readFileSync } from 'node:fs';
import { geoArea, geoContains } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { binIndex, mapScale } from '$lib/charts/map-scale';
import { parseBoundaries } from '$lib/geo/boundaries';
import { readCsv } from './csv';

const collection = JSON.parse(readFileSync('data/boundaries.geojson', 'utf8')) as FeatureCollection;
const shapes = parseBoundaries(collection);
const areas = readCsv('areas.csv');

describe('bundled boundaries', () => {
	it('have one shape per area of areas.csv, in WGS84', () => {
		expect([...shapes.keys()].sort()).toEqual(areas.map((a) => a.code).sort());
		for (const feature of collection.features)
			for (const [lon, lat] of (feature.geometry as { coordinates: number[][][] }).coordinates[0]) {
				expect(lon).toBeGreaterThan(-180);
				expect(lon).toBeLessThan(180);
				expect(lat).toBeGreaterThan(-90);
				expect(lat).toBeLessThan(90);
			}
	});

	it('nest: the buurten of a wijk cover exactly the wijk, and the wijken the gemeente', () => {
		const area = (code: string) => geoArea(shapes.get(code)!);
		for (const parent of areas.filter((a) => a.level !== 'buurt')) {
			const children = areas.filter((a) => a.parent_code === parent.code);
			const sum = children.reduce((total, child) => total + area(child.code), 0);
			expect(sum / area(parent.code)).toBeCloseTo(1, 3);
			for (const child of children) {
				// A point well inside the child lies in the parent.
				const ring = (shapes.get(child.code)!.geometry.coordinates as number[][][])[0];
				const inner = ring
					.slice(0, -1)
					.reduce(
						([x, y], [px, py]) => [x + px / (ring.length - 1), y + py / (ring.length - 1)],
						[0, 0]
					);
				expect(geoContains(shapes.get(parent.code)!, inner as [number, number])).toBe(true);
			}
		}
	});

	it('are rewound for d3 whichever way the file winds its rings', () => {
		const feature = collection.features[1];
		const reversed: FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				{
					...feature,
					properties: { wijkcode: 'WK1' },
					geometry: {
						type: 'Polygon',
						coordinates: (feature.geometry as { coordinates: number[][][] }).coordinates.map(
							(ring) => ring.slice().reverse()
						)
					}
				}
			]
		};
		const [a, b] = [
			shapes.get(String(feature.properties!.code))!,
			parseBoundaries(reversed).get('WK1')!
		];
		expect(geoArea(a)).toBeLessThan(1e-4);
		expect(geoArea(b)).toBeCloseTo(geoArea(a), 12);
	});
});

describe('map colour classes', () => {
	const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null];

	it('split the values in quantile bins with edges in the displayed decimals', () => {
		const scale = mapScale(values, 'up', 0, 5);
		expect(scale.bins.map((b) => [b.min, b.max])).toEqual([
			[1, 3],
			[3, 5],
			[5, 6],
			[6, 8],
			[8, 10]
		]);
		expect(binIndex(scale, 1)).toBe(0);
		expect(binIndex(scale, 2.99)).toBe(0);
		expect(binIndex(scale, 3)).toBe(1);
		expect(binIndex(scale, 10)).toBe(4);
		expect(binIndex(scale, null)).toBe(-1);
	});

	it('put the dark blue (better) end on high values for up and low values for down', () => {
		const up = mapScale(values, 'up', 0);
		const down = mapScale(values, 'down', 0);
		expect(up.bins.at(-1)!.colour).toBe('#253494');
		expect(down.bins[0].colour).toBe('#253494');
		expect(up.bins.map((b) => b.colour)).toEqual(down.bins.map((b) => b.colour).reverse());
		expect(mapScale(values, 'none', 0).bins.map((b) => b.colour)).not.toContain('#253494');
	});

	it('survive a single value and no values', () => {
		expect(mapScale([4.2, 4.2], 'up', 1).bins).toHaveLength(1);
		expect(mapScale([null], 'up', 1).bins).toEqual([]);
	});
});
