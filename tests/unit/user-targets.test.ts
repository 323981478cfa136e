/**
 * The user's own targets in the engine: kept apart from the files' targets, listed after them,
 * assessed by the same statement, and replaced as a whole (a refused set changes nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeEngineWithDataset } from '$lib/data/bundled-node';
import type { Engine } from '$lib/data/engine';
import { buildDatasetMeta, buildTargetsOverview, type DatasetMeta } from '$lib/data/model';
import { targetProgress, type UserTarget } from '$lib/data/queries';
import { setUserTargets } from '$lib/data/user-data';
import { readCsv } from './csv';

const bundledTargets = readCsv('targets.csv');
const observations = readCsv('observations.csv');

let engine: Engine;
let meta: DatasetMeta;
beforeAll(async () => {
	engine = await openNodeEngineWithDataset();
	meta = await buildDatasetMeta(engine, true);
});
afterAll(() => engine.close());

const own = (id: string, overrides: Partial<UserTarget> = {}): UserTarget => ({
	id,
	area_code: 'WK999902',
	indicator_id: 'solar_panels_share',
	baseline_year: 2019,
	target_year: 2030,
	target_value: 60,
	agreement: 'Eigen afspraak; met "quotes" en <b>tags</b>',
	parties: 'Gemeente; Huurdersraad',
	...overrides
});

describe('user targets', () => {
	it('are listed after the files’ targets, with their id, assessed like any target', async () => {
		await setUserTargets(engine, [own('a'), own('b', { area_code: 'WK999905' })]);
		const rows = await targetProgress(engine);
		expect(rows).toHaveLength(bundledTargets.length + 2);
		expect(rows.slice(0, bundledTargets.length).every((r) => r.user_id === null)).toBe(true);
		const [a, b] = rows.slice(bundledTargets.length);
		expect([a.user_id, b.user_id]).toEqual(['a', 'b']);
		expect(a.agreement).toBe('Eigen afspraak; met "quotes" en <b>tags</b>');
		// The baseline value is read from the observations, as for a target from a file.
		const baseline = observations.find(
			(o) =>
				o.area_code === 'WK999902' && o.indicator_id === 'solar_panels_share' && o.year === '2019'
		);
		expect(a.baseline_value).toBe(Number(baseline!.value));
		expect(b.position).toBeGreaterThan(a.position);
	});

	it('show in the overview as their own agreement, with a key that names the id', async () => {
		await setUserTargets(engine, [own('x', { agreement: 'Nieuwe afspraak 2026' })]);
		const overview = await buildTargetsOverview(engine, meta);
		const agreement = overview.agreements.find((a) => a.name === 'Nieuwe afspraak 2026');
		expect(agreement?.targets.map((t) => [t.key, t.userId])).toEqual([
			['WK999902/solar_panels_share/2019-2030~x', 'x']
		]);
		expect(agreement?.parties).toEqual(['Gemeente', 'Huurdersraad']);
	});

	it('are replaced as a whole; a refused set leaves the previous one', async () => {
		await setUserTargets(engine, [own('keep')]);
		await expect(
			setUserTargets(engine, [own('new'), own('bad', { baseline_year: 2030, target_year: 2020 })])
		).rejects.toThrow();
		const ids = (await targetProgress(engine)).map((r) => r.user_id).filter((id) => id !== null);
		expect(ids).toEqual(['keep']);
		await setUserTargets(engine, []);
		expect((await targetProgress(engine)).length).toBe(bundledTargets.length);
	});

	it('take user text as bound values only', async () => {
		const hostile = "'); DROP TABLE observations; --";
		await setUserTargets(engine, [own(hostile, { agreement: hostile, parties: hostile })]);
		const rows = await targetProgress(engine);
		expect(rows.at(-1)?.agreement).toBe(hostile);
		const [{ n }] = await engine.query<{ n: number }>(
			'SELECT count(*)::INTEGER AS n FROM observations'
		);
		expect(n).toBe(observations.length);
		await setUserTargets(engine, []);
	});
});
