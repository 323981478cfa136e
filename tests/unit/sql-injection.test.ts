/**
 * User text never reaches SQL except as a bound parameter: hostile strings go through every
 * public function of queries.ts and model.ts that takes text (area codes, levels, indicator
 * ids) and through the data itself (names, labels, agreements). Nothing throws, the text comes
 * back literally, and every table still holds what it held.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openNodeEngineWithDataset } from '$lib/data/bundled-node';
import type { Area } from '$lib/data/contract';
import type { Engine } from '$lib/data/engine';
import {
	buildAreaDashboard,
	buildDatasetMeta,
	buildOverview,
	buildTargetsOverview,
	type DatasetMeta
} from '$lib/data/model';
import {
	changeWindows,
	datasetSummary,
	listAreas,
	listIndicators,
	observationsForAreas,
	observationsForLevel,
	targetProgress
} from '$lib/data/queries';
import { readCsv } from './csv';

const PAYLOADS = [
	"'); DROP TABLE observations; --",
	"WK999902'; DELETE FROM areas; --",
	"' OR '1'='1",
	'" OR ""="',
	"x'); CREATE TABLE pwned (x INTEGER); --",
	"'; ATTACH 'evil.db' AS evil; --",
	"'; INSTALL httpfs; LOAD httpfs; --",
	"\\'; DROP TABLE targets; --",
	'WK999902\u0000; DROP TABLE areas',
	"'; SET lock_configuration = false; --"
];

const TABLES = ['areas', 'indicators', 'observations', 'targets'];

/** Row counts of the contract tables and the names of every table there is. */
async function snapshotOf(engine: Engine) {
	const counts: Record<string, number> = {};
	for (const table of TABLES) {
		const [row] = await engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`);
		counts[table] = row.n;
	}
	const tables = await engine.query<{ name: string }>(
		'SELECT table_name AS name FROM information_schema.tables ORDER BY name'
	);
	return { counts, tables: tables.map((t) => t.name), summary: await datasetSummary(engine) };
}

describe('hostile text as arguments', () => {
	let engine: Engine;
	let meta: DatasetMeta;
	let before: Awaited<ReturnType<typeof snapshotOf>>;

	beforeAll(async () => {
		engine = await openNodeEngineWithDataset('data');
		meta = await buildDatasetMeta(engine, true);
		before = await snapshotOf(engine);
	});
	afterAll(() => engine.close());

	it('the bundled tables are the CSV files before anything runs', () => {
		expect(before.counts.observations).toBe(readCsv('observations.csv').length);
		expect(before.counts.areas).toBe(readCsv('areas.csv').length);
		expect(before.tables).toEqual(expect.arrayContaining(TABLES));
	});

	for (const payload of PAYLOADS) {
		it(`${JSON.stringify(payload)} matches nothing and changes nothing`, async () => {
			expect(await observationsForAreas(engine, payload, payload)).toEqual([]);
			// A real area next to the hostile reference still gets exactly its own rows.
			const own = await observationsForAreas(engine, 'WK999902', payload);
			expect(own.length).toBeGreaterThan(0);
			expect(new Set(own.map((r) => r.area_code))).toEqual(new Set(['WK999902']));

			expect(await targetProgress(engine, { areaCode: payload })).toEqual([]);
			expect(await changeWindows(engine, payload as Area['level'], 5)).toEqual([]);
			expect(await observationsForLevel(engine, 'wijk', [payload])).toEqual([]);
			expect(await observationsForLevel(engine, payload as Area['level'], ['woz_value'])).toEqual(
				[]
			);
			// An indicator list with the payload next to a real id returns that id's rows only.
			const mixed = await observationsForLevel(engine, 'wijk', [payload, 'woz_value']);
			expect(new Set(mixed.map((r) => r.indicator_id))).toEqual(new Set(['woz_value']));

			// An unknown code is no area; a code the area list knows (as after an upload) is queried.
			expect(await buildAreaDashboard(engine, meta, payload)).toBeNull();
			const hostileArea: Area = {
				code: payload,
				name: payload,
				level: 'wijk',
				parent_code: 'GM9999'
			};
			const dashboard = await buildAreaDashboard(
				engine,
				{ ...meta, areas: [...meta.areas, hostileArea] },
				payload
			);
			expect(dashboard?.area).toEqual(hostileArea);
			// Only the gemeente's reference lines: the hostile code itself has no observation.
			expect(dashboard?.series.length).toBeGreaterThan(0);
			expect(dashboard?.series.flatMap((s) => s.area).filter((p) => p.value !== null)).toEqual([]);
			expect(dashboard?.targets).toEqual([]);

			expect(await snapshotOf(engine)).toEqual(before);
		});
	}
});

/** A CSV cell quoted the way the contract's reader expects (RFC 4180). */
const cell = (text: string) => `"${text.replaceAll('"', '""')}"`;

describe('hostile text inside the data', () => {
	let engine: Engine;
	const code = PAYLOADS[0];
	const name = PAYLOADS[1];
	const indicatorId = PAYLOADS[4];
	const label = PAYLOADS[2];
	const agreement = PAYLOADS[3];
	// Parties are split on ';' by design, so this one carries none.
	const party = "Robert'), ('x') DROP TABLE targets --";

	beforeAll(async () => {
		const dir = mkdtempSync(join(tmpdir(), 'wijkwaarde-injection-'));
		for (const file of ['areas.csv', 'indicators.csv', 'observations.csv', 'targets.csv'])
			copyFileSync(resolve('data', file), join(dir, file));
		appendFileSync(join(dir, 'areas.csv'), `${cell(code)},${cell(name)},wijk,GM9999\n`);
		appendFileSync(
			join(dir, 'indicators.csv'),
			`${cell(indicatorId)},people,${cell(label)},${cell(label)},%,up,1,${cell(label)},${cell(label)},\n`
		);
		appendFileSync(
			join(dir, 'observations.csv'),
			[2019, 2020, 2021, 2022]
				.map((year, i) => `${cell(code)},${cell(indicatorId)},${year},${10 + i}\n`)
				.join('')
		);
		appendFileSync(
			join(dir, 'targets.csv'),
			`${cell(code)},${cell(indicatorId)},2019,2030,20,${cell(agreement)},${cell(`${party}; Gemeente`)}\n`
		);
		engine = await openNodeEngineWithDataset(dir);
	});
	afterAll(() => engine.close());

	it('names, labels and agreements come back literally and the tables stay whole', async () => {
		const meta = await buildDatasetMeta(engine, true);
		expect((await listAreas(engine)).find((a) => a.code === code)?.name).toBe(name);
		expect((await listIndicators(engine)).find((i) => i.id === indicatorId)?.label_nl).toBe(label);

		const dashboard = await buildAreaDashboard(engine, meta, code);
		expect(dashboard?.area.name).toBe(name);
		const own = dashboard?.series.find((s) => s.indicatorId === indicatorId);
		expect(own?.area.filter((p) => p.value !== null).map((p) => p.value)).toEqual([10, 11, 12, 13]);
		expect(dashboard?.targets.map((t) => [t.agreement, t.parties])).toEqual([
			[agreement, [party, 'Gemeente']]
		]);

		const overview = await buildOverview(engine, meta);
		expect(overview.rows.some((row) => row.area.code === code)).toBe(true);
		const targets = await buildTargetsOverview(engine, meta);
		expect(targets.agreements.map((a) => a.name)).toContain(agreement);

		const snapshot = await snapshotOf(engine);
		expect(snapshot.tables).toEqual(expect.arrayContaining(TABLES));
		expect(snapshot.tables).not.toContain('pwned');
		expect(snapshot.counts.observations).toBe(readCsv('observations.csv').length + 4);
		expect(snapshot.counts.areas).toBe(readCsv('areas.csv').length + 1);
		expect(snapshot.counts.targets).toBe(readCsv('targets.csv').length + 1);
	});
});
