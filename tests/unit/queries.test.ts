import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessChange } from '$lib/analysis/change';
import { openNodeEngineWithDataset } from '$lib/data/bundled-node';
import type { Engine } from '$lib/data/engine';
import {
	buildAreaDashboard,
	buildDatasetMeta,
	buildOverview,
	lineageOf,
	type DatasetMeta
} from '$lib/data/model';
import { changeWindows, datasetSummary, listAreas } from '$lib/data/queries';
import { observationValue, readCsv } from './csv';

let engine: Engine;
let meta: DatasetMeta;
const observations = readCsv('observations.csv');
const indicators = readCsv('indicators.csv');
const areas = readCsv('areas.csv');

beforeAll(async () => {
	engine = await openNodeEngineWithDataset('data');
	meta = await buildDatasetMeta(engine, true);
});
afterAll(() => engine.close());

describe('loading the bundled data', () => {
	it('loads every row of the contract files', async () => {
		const summary = await datasetSummary(engine);
		expect(summary.observations).toBe(observations.length);
		expect(summary.areas).toBe(areas.length);
		expect(summary.indicators).toBe(indicators.length);
		expect(summary.firstYear).toBe(Math.min(...observations.map((r) => Number(r.year))));
		expect(summary.lastYear).toBe(Math.max(...observations.map((r) => Number(r.year))));
	});

	it('keeps the catalogue and area order of the files', async () => {
		expect(meta.indicators.map((i) => i.id)).toEqual(indicators.map((r) => r.id));
		expect((await listAreas(engine)).map((a) => a.code)).toEqual(areas.map((r) => r.code));
	});
});

describe('buildAreaDashboard', () => {
	it('returns the wijk and gemeente series with the values of the CSV, gaps as null', async () => {
		const wijk = areas.find((a) => a.level === 'wijk')!;
		const dashboard = (await buildAreaDashboard(engine, meta, wijk.code))!;
		expect(dashboard.area.code).toBe(wijk.code);
		expect(dashboard.reference?.code).toBe(wijk.parent_code);
		expect(dashboard.series).toHaveLength(indicators.length);
		for (const series of dashboard.series) {
			for (const point of series.area) {
				const expected = observationValue(observations, wijk.code, series.indicatorId, point.year);
				expect(point.value).toBe(expected ?? null);
			}
			for (const point of series.reference ?? []) {
				const expected = observationValue(
					observations,
					wijk.parent_code,
					series.indicatorId,
					point.year
				);
				expect(point.value).toBe(expected ?? null);
			}
		}
	});

	it('has a missing value in the demo data, and keeps it missing (not zero)', async () => {
		const missing = observations.find((r) => r.value === '' && r.area_code.startsWith('WK'))!;
		expect(missing).toBeDefined();
		const dashboard = (await buildAreaDashboard(engine, meta, missing.area_code))!;
		const series = dashboard.series.find((s) => s.indicatorId === missing.indicator_id)!;
		expect(series.area.find((p) => p.year === Number(missing.year))?.value).toBeNull();
	});

	it('uses the gemeente as reference for a buurt, two levels up', async () => {
		const buurt = areas.find((a) => a.level === 'buurt')!;
		const dashboard = (await buildAreaDashboard(engine, meta, buurt.code))!;
		expect(dashboard.parent?.code).toBe(buurt.parent_code);
		expect(dashboard.reference?.level).toBe('gemeente');
		expect(lineageOf(meta.areas, buurt.code).map((a) => a.level)).toEqual([
			'buurt',
			'wijk',
			'gemeente'
		]);
	});

	it('lists the buurten of a wijk', async () => {
		const wijk = areas.find((a) => a.level === 'wijk')!;
		const dashboard = (await buildAreaDashboard(engine, meta, wijk.code))!;
		const expected = areas.filter((a) => a.parent_code === wijk.code).map((a) => a.code);
		expect(dashboard.children.map((c) => c.code).sort()).toEqual(expected.sort());
	});

	it('returns null for an unknown area, and treats hostile input as a plain value', async () => {
		expect(await buildAreaDashboard(engine, meta, 'WK000000')).toBeNull();
		expect(await buildAreaDashboard(engine, meta, "'); DROP TABLE observations; --")).toBeNull();
		expect((await datasetSummary(engine)).observations).toBe(observations.length);
	});
});

describe('buildOverview', () => {
	it('counts better and worse per theme as computed by hand from the CSV', async () => {
		const overview = await buildOverview(engine, meta, 5);
		const wijken = areas.filter((a) => a.level === 'wijk');
		expect(overview.rows.map((r) => r.area.code)).toEqual(wijken.map((w) => w.code));
		const lastYear = Math.max(...observations.map((r) => Number(r.year)));
		for (const wijk of wijken.slice(0, 3)) {
			for (const theme of ['people', 'planet', 'profit'] as const) {
				let better = 0;
				let worse = 0;
				for (const indicator of indicators.filter((i) => i.theme === theme)) {
					const points = observations
						.filter(
							(r) =>
								r.area_code === wijk.code &&
								r.indicator_id === indicator.id &&
								r.value !== '' &&
								Number(r.year) >= lastYear - 5
						)
						.map((r) => ({ year: Number(r.year), value: Number(r.value) }))
						.sort((a, b) => a.year - b.year);
					const verdict = assessChange(
						points[0],
						points[points.length - 1],
						indicator.direction as 'up' | 'down' | 'none',
						Number(indicator.decimals)
					).verdict;
					if (verdict === 'better') better++;
					if (verdict === 'worse') worse++;
				}
				const score = overview.rows
					.find((r) => r.area.code === wijk.code)!
					.themes.find((t) => t.theme === theme)!;
				expect({ wijk: wijk.code, theme, better: score.better, worse: score.worse }).toEqual({
					wijk: wijk.code,
					theme,
					better,
					worse
				});
			}
		}
	});

	it('uses the first indicator of each theme as its headline', async () => {
		const overview = await buildOverview(engine, meta, 5);
		const headline = overview.rows[0].themes.find((t) => t.theme === 'profit')!.headline!;
		expect(headline.indicatorId).toBe(indicators.find((i) => i.theme === 'profit')!.id);
		expect(headline.series).toHaveLength(meta.lastYear - meta.firstYear + 1);
	});

	it('finds windows only at the requested level', async () => {
		const windows = await changeWindows(engine, 'buurt', 5);
		expect(windows.every((w) => w.area_code.startsWith('BU'))).toBe(true);
	});
});

describe('engine lockdown', () => {
	it('refuses to change settings once locked', async () => {
		await expect(engine.query('SET autoinstall_known_extensions = true')).rejects.toThrow(
			/lock|configuration/i
		);
	});
});

describe('compact build-time JSON', () => {
	it('expands to exactly the dashboard it was made from', async () => {
		const { compactAreaDashboard, expandAreaDashboard } = await import('$lib/data/model');
		const dashboard = (await buildAreaDashboard(engine, meta, 'WK999902'))!;
		const roundTrip = expandAreaDashboard(
			JSON.parse(JSON.stringify(compactAreaDashboard(dashboard)))
		);
		expect(roundTrip).toEqual(dashboard);
	});
});

describe('lineageOf', () => {
	it('stops at a cycle in parent codes instead of looping', () => {
		const cyclic = [
			{ code: 'A', name: 'A', level: 'wijk' as const, parent_code: 'B' },
			{ code: 'B', name: 'B', level: 'gemeente' as const, parent_code: 'A' }
		];
		expect(lineageOf(cyclic, 'A').map((a) => a.code)).toEqual(['A', 'B']);
		expect(lineageOf(cyclic, 'X')).toEqual([]);
	});
});
