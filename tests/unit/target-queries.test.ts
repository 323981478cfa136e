/**
 * targetProgress (one SQL statement) on the Node engine: against hand-computed fixtures, and
 * against an independent papaparse reading of the bundled CSVs put through the unit-tested rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import {
	assessTargetFromSeries,
	fitLeastSquares,
	projectionWindow,
	type TargetStatus
} from '$lib/analysis/targets';
import { openNodeEngineWithDataset } from '$lib/data/bundled-node';
import type { Direction } from '$lib/data/contract';
import type { Engine } from '$lib/data/engine';
import {
	buildAreaDashboard,
	buildDatasetMeta,
	buildTargetsOverview,
	targetFromRow,
	type DatasetMeta
} from '$lib/data/model';
import { prepareTargetQueries, targetProgress } from '$lib/data/queries';
import { readCsv } from './csv';

const observations = readCsv('observations.csv');
const indicators = readCsv('indicators.csv');
const targets = readCsv('targets.csv');

/** The observed points of one series, straight from the CSV rows (empty cells are null). */
function csvSeries(rows: Record<string, string>[], area: string, indicator: string) {
	return rows
		.filter((r) => r.area_code === area && r.indicator_id === indicator)
		.map((r) => ({ year: Number(r.year), value: r.value === '' ? null : Number(r.value) }))
		.sort((a, b) => a.year - b.year);
}

function csvIndicator(id: string) {
	const row = indicators.find((i) => i.id === id)!;
	return { direction: row.direction as Direction, decimals: Number(row.decimals) };
}

describe('targetProgress on hand-computed fixtures (tests/fixtures/targets-small)', () => {
	let engine: Engine;
	let meta: DatasetMeta;
	beforeAll(async () => {
		engine = await openNodeEngineWithDataset('tests/fixtures/targets-small');
		meta = await buildDatasetMeta(engine, false);
	});
	afterAll(() => engine.close());

	it('returns every target in file order, with the fit of the last five observed values', async () => {
		const rows = await targetProgress(engine);
		expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		// Rising 10 12 13 15 16: x̄ 2021, ȳ 13.2, Sxx 10, slope 1.5, s = √0.1 (targets.test.ts).
		const rising = rows[0];
		expect(rising).toMatchObject({
			area_code: 'WK999701',
			indicator_id: 'up_share',
			baseline_value: 10,
			latest_year: 2023,
			latest_value: 16,
			n: 5,
			from_year: 2019,
			mean_x: 2021
		});
		expect(rising.mean_y).toBeCloseTo(13.2, 10);
		expect(rising.sxx).toBeCloseTo(10, 10);
		expect(rising.slope).toBeCloseTo(1.5, 10);
		expect(rising.residual_sd).toBeCloseTo(Math.sqrt(0.1), 10);
	});

	it('skips empty cells and absent rows: the gappy series fits 2016, 2018, 2020, 2022, 2023', async () => {
		const row = (await targetProgress(engine))[5];
		expect(row).toMatchObject({ indicator_id: 'plain_share', n: 5, from_year: 2016 });
		expect(row.mean_x).toBeCloseTo(2019.8, 10);
		expect(row.sxx).toBeCloseTo(32.8, 10);
		expect(row.slope).toBeCloseTo(27.2 / 32.8, 10);
		expect(row.residual_sd).toBeCloseTo(0.285133, 6);
	});

	it('gives the statuses computed by hand', async () => {
		const statuses = (await targetProgress(engine)).map((row) => {
			const { status, reason } = targetFromRow(row, meta.indicators).assessment;
			return `${status}/${reason}`;
		});
		expect(statuses).toEqual([
			'on-track/projection-reaches', // 26.7 ≥ 25
			'at-risk/band-reaches', // 26.7 < 27.5 ≤ 27.94
			'off-track/projection-misses', // 27.94 < 28, 16 behind the path (16.55)
			'achieved/reached', // 16 ≥ 15
			'at-risk/band-reaches', // falling, lower is better: 23.3 > 22.5 ≥ 22.06
			'at-risk/band-reaches', // gappy: 17.66 < 18.2 ≤ 18.42
			'no-data/too-few-observations', // two observations
			'no-data/no-baseline', // no row for 2018
			'no-data/no-baseline' // an empty cell in 2017
		]);
	});

	it('filters by area with a bound value', async () => {
		expect((await targetProgress(engine, { areaCode: 'GM9997' })).map((r) => r.position)).toEqual([
			7
		]);
		expect(await targetProgress(engine, { areaCode: "' OR 1=1 --" })).toEqual([]);
	});

	it('groups the overview by agreement with the parties of all its targets', async () => {
		const overview = await buildTargetsOverview(engine, meta);
		expect(overview.agreements.map((a) => [a.name, a.targets.length, a.parties])).toEqual([
			['Proefakkoord', 5, ['Gemeente', 'Corporatie', 'Huurders']],
			['Wijkdeal', 4, ['Gemeente']]
		]);
		expect(overview.series['WK999701|plain_share']).toEqual([5, 6, null, 8, null, 9, null, 11, 12]);
	});
});

describe('targetProgress on the bundled data, against papaparse and the same rule', () => {
	let engine: Engine;
	let meta: DatasetMeta;
	beforeAll(async () => {
		engine = await openNodeEngineWithDataset('data');
		meta = await buildDatasetMeta(engine, true);
	});
	afterAll(() => engine.close());

	it('has one row per line of targets.csv with baseline, latest value and fit as in the CSV', async () => {
		const rows = await targetProgress(engine);
		expect(rows).toHaveLength(targets.length);
		rows.forEach((row, i) => {
			const csv = targets[i];
			expect([row.area_code, row.indicator_id, row.target_value]).toEqual([
				csv.area_code,
				csv.indicator_id,
				Number(csv.target_value)
			]);
			const points = csvSeries(observations, csv.area_code, csv.indicator_id);
			const window = projectionWindow(points);
			const fit = fitLeastSquares(window)!;
			expect(row.baseline_value).toBe(
				points.find((p) => p.year === Number(csv.baseline_year))?.value ?? null
			);
			expect([row.latest_year, row.latest_value]).toEqual([
				window[window.length - 1].year,
				window[window.length - 1].value
			]);
			expect(row.n).toBe(fit.n);
			expect(row.mean_x).toBeCloseTo(fit.meanX, 9);
			expect(row.mean_y!).toBeCloseTo(fit.meanY, 9);
			expect(row.sxx!).toBeCloseTo(fit.sxx, 9);
			expect(row.slope!).toBeCloseTo(fit.slope, 9);
			expect(row.residual_sd!).toBeCloseTo(fit.residualSd, 9);
		});
	});

	it('gives every target the status the rule gives on the CSV series', async () => {
		const rows = await targetProgress(engine);
		for (const [i, row] of rows.entries()) {
			const csv = targets[i];
			const expected = assessTargetFromSeries(
				{
					baselineYear: Number(csv.baseline_year),
					targetYear: Number(csv.target_year),
					targetValue: Number(csv.target_value)
				},
				csvSeries(observations, csv.area_code, csv.indicator_id),
				csvIndicator(csv.indicator_id)
			);
			const actual = targetFromRow(row, meta.indicators).assessment;
			expect({ key: i, status: actual.status, reason: actual.reason }).toEqual({
				key: i,
				status: expected.status,
				reason: expected.reason
			});
			expect(actual.projection?.value ?? null).toBeCloseTo(expected.projection?.value ?? 0, 9);
		}
	});

	it('agrees with three targets checked by hand', async () => {
		const status = async (area: string, indicator: string) => {
			const row = (await targetProgress(engine, { areaCode: area })).find(
				(r) => r.indicator_id === indicator
			)!;
			return targetFromRow(row, meta.indicators).assessment;
		};
		// Vacancy in Havenkwartier: target 4.5 (down from 6.2 in 2018); 3.6 in 2025 is below it.
		expect(await status('WK999901', 'vacancy_share')).toMatchObject({ status: 'achieved' });
		// Label A in Oud-West, 2021–2025 = 29.9 34.0 38.8 44.5 48.2: ȳ 39.08 at 2023, slope 47.1/10 = 4.71,
		// 2030: 39.08 + 7 · 4.71 = 72.05 ≥ 50, while 48.2 has not reached 50 yet.
		const labelA = await status('WK999906', 'energy_label_a_share');
		expect(labelA).toMatchObject({ status: 'on-track', reason: 'projection-reaches' });
		expect(labelA.projection!.value).toBeCloseTo(72.05, 9);
		// Social rent in Molenwijk (no direction; target 50, down from 62.2 in 2019), 2021–2025 =
		// 62.8 62.7 62.2 61.4 61.3: ȳ 62.08, slope −4.3/10 = −0.43, 2030: 62.08 − 3.01 = 59.07.
		// Residuals −0.14 0.19 0.12 −0.25 0.08, SSE 0.139, s = √(0.139/3) = 0.2153; band ± 1.2816 · 0.2153 ·
		// √(1 + 1/5 + 49/10) = ± 0.68, so it stops at 58.39 > 50. Path in 2025: 62.2 − 12.2 · 6/11 = 55.55; 61.3 is behind.
		const rent = await status('WK999902', 'social_rent_share');
		expect(rent).toMatchObject({ status: 'off-track', reason: 'projection-misses', direction: -1 });
		expect(rent.projection!.value).toBeCloseTo(59.07, 9);
		expect(rent.projection!.low).toBeCloseTo(58.39, 2);
		expect(rent.pathAtLatest!).toBeCloseTo(55.545455, 5);
	});

	it('puts an area’s targets on its dashboard', async () => {
		const dashboard = (await buildAreaDashboard(engine, meta, 'WK999905'))!;
		expect(dashboard.targets.map((t) => t.indicatorId)).toEqual(
			targets.filter((t) => t.area_code === 'WK999905').map((t) => t.indicator_id)
		);
		const none = (await buildAreaDashboard(engine, meta, 'WK999900'))!;
		expect(none.targets).toEqual([]);
	});
});

describe('targetProgress at scale', () => {
	it('computes the inputs of 1,000 targets in one statement, matching the rule on the CSV', async () => {
		// 1,000 targets over the bundled areas and indicators, in a copy of the dataset.
		const dir = mkdtempSync(join(tmpdir(), 'wijkwaarde-targets-'));
		for (const file of ['areas.csv', 'indicators.csv', 'observations.csv'])
			copyFileSync(join('data', file), join(dir, file));
		const areas = readCsv('areas.csv');
		const generated: Record<string, string | number>[] = [];
		for (let i = 0; generated.length < 1000; i++) {
			const area = areas[i % areas.length];
			const indicator = indicators[Math.floor(i / areas.length) % indicators.length];
			const baseline = csvSeries(observations, area.code, indicator.id).find(
				(p) => p.year === 2019
			);
			const factor = [0.7, 0.95, 1.05, 1.3][i % 4];
			generated.push({
				area_code: area.code,
				indicator_id: indicator.id,
				baseline_year: 2019,
				target_year: 2028 + (i % 3),
				target_value: baseline?.value != null ? +(baseline.value * factor).toFixed(2) : 1,
				agreement: `Afspraak ${i % 7}`,
				parties: 'Gemeente'
			});
		}
		writeFileSync(join(dir, 'targets.csv'), Papa.unparse(generated));
		const dataset = await openNodeEngineWithDataset(dir);
		let statements = 0;
		const counting: Engine = {
			...dataset,
			query: (sql, params) => {
				statements++;
				return dataset.query(sql, params);
			}
		};
		const meta = await buildDatasetMeta(dataset, false);
		// Gathering the targets' observations happens once when data is loaded or changed.
		await prepareTargetQueries(counting);
		statements = 0;
		const started = performance.now();
		const rows = await targetProgress(counting);
		const elapsed = performance.now() - started;
		expect(statements).toBe(1);
		expect(rows).toHaveLength(1000);
		expect(elapsed).toBeLessThan(2000);

		const seen = new Set<TargetStatus>();
		for (const [i, row] of rows.entries()) {
			const target = generated[i];
			const expected = assessTargetFromSeries(
				{
					baselineYear: 2019,
					targetYear: Number(target.target_year),
					targetValue: Number(target.target_value)
				},
				csvSeries(observations, String(target.area_code), String(target.indicator_id)),
				csvIndicator(String(target.indicator_id))
			);
			const actual = targetFromRow(row, meta.indicators).assessment;
			expect(`${i}: ${actual.status}/${actual.reason}`).toBe(
				`${i}: ${expected.status}/${expected.reason}`
			);
			seen.add(actual.status);
		}
		// The generated targets exercise every status.
		expect([...seen].sort()).toEqual(['achieved', 'at-risk', 'no-data', 'off-track', 'on-track']);
		await dataset.close();
	});
});
