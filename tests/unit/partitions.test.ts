import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AsyncBuffer } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeEngineWithDataset } from '../../src/lib/data/bundled-node';
import { GEMEENTE_LEVEL_PARTITION } from '../../src/lib/data/partition-protocol';
import { openPartitions, partitionCsv, rangesFor } from '../../src/lib/data/partitions';
import { observationsForAreas } from '../../src/lib/data/queries';

/**
 * A partitioned observations file as scripts/generate-national-data.ts writes one, small:
 * 3 gemeenten of 3,000 rows each in row groups of 2,048 rows (DuckDB's smallest), so that
 * groups straddle gemeenten as they do in the national file.
 */
let file: string;
let bytes: Uint8Array;
const requested: [number, number][] = [];

const buffer = (): AsyncBuffer => ({
	byteLength: bytes.length,
	slice(start, end = bytes.length) {
		requested.push([start, end]);
		return bytes.slice(start, end).buffer;
	}
});

beforeAll(async () => {
	file = join(mkdtempSync(join(tmpdir(), 'partitions-')), 'observations.parquet');
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	await connection.run(`COPY (
		SELECT 'GM000' || (1 + i // 3000) AS gemeente_code,
			'WK000' || (1 + i // 3000) || lpad(CAST((i % 3000) // 300 AS VARCHAR), 2, '0') AS area_code,
			'ind_' || ((i % 300) // 12) AS indicator_id,
			2013 + i % 12 AS year,
			CASE WHEN i % 97 = 0 THEN NULL ELSE i * 0.25 END AS value
		FROM range(9000) t(i) ORDER BY gemeente_code, area_code, indicator_id, year
	) TO '${file}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 2048)`);
	connection.closeSync();
	instance.closeSync();
	bytes = new Uint8Array(readFileSync(file));
});

describe('partitioned observations', () => {
	it('finds each row group’s gemeenten and the years from the footer', async () => {
		const index = await openPartitions(buffer());
		expect(index.rows).toBe(9000);
		expect([index.firstYear, index.lastYear]).toEqual([2013, 2024]);
		expect(index.groups.map((g) => [g.min, g.max])).toEqual([
			['GM0001', 'GM0001'],
			['GM0001', 'GM0002'],
			['GM0002', 'GM0003'],
			['GM0003', 'GM0003'],
			['GM0003', 'GM0003']
		]);
	});

	it('reads only the row groups that can hold a gemeente, as one range when they touch', async () => {
		const { groups } = await openPartitions(buffer());
		expect(rangesFor(groups, ['GM0001'])).toEqual([{ rowStart: 0, rowEnd: 4096 }]);
		expect(rangesFor(groups, ['GM0003'])).toEqual([{ rowStart: 4096, rowEnd: 9000 }]);
		expect(rangesFor(groups.slice(0, 1).concat(groups.slice(3)), ['GM0001', 'GM0003'])).toEqual([
			{ rowStart: 0, rowEnd: 2048 },
			{ rowStart: 6144, rowEnd: 9000 }
		]);
		expect(rangesFor(groups, ['GM0009'])).toEqual([]);
	});

	it('gives exactly the gemeente’s rows, missing values empty, without reading the rest', async () => {
		const index = await openPartitions(buffer());
		requested.length = 0;
		const { csv, rows } = await partitionCsv(index, ['GM0003']);
		const lines = csv.trimEnd().split('\n');
		expect(lines[0]).toBe('area_code,indicator_id,year,value');
		expect(rows).toBe(3000);
		expect(lines).toHaveLength(3001);
		expect(lines.every((l, i) => i === 0 || l.startsWith('WK0003'))).toBe(true);
		// Row 6000 is the first of GM0003: area WK000300, ind_0, 2013, value 6000 × 0.25.
		expect(lines[1]).toBe('WK000300,ind_0,2013,1500');
		// Row 6014 (i % 97 = 0) has no value.
		expect(lines).toContain('WK000300,ind_1,2015,');
		const read = requested.reduce((n, [start, end]) => n + end - start, 0);
		expect(read).toBeLessThan(bytes.length * 0.6);
	});

	it('loads on Node as the same observations a CSV would give', async () => {
		const dir = join(file, '..');
		const { writeFileSync } = await import('node:fs');
		writeFileSync(
			join(dir, 'indicators.csv'),
			'id,theme,label_nl,label_en,unit,direction,decimals,source,description_nl,description_en\n' +
				Array.from({ length: 25 }, (_, i) => `ind_${i},people,I${i},I${i},%,up,1,test,,`).join(
					'\n'
				) +
				'\n'
		);
		writeFileSync(
			join(dir, 'areas.csv'),
			'code,name,level,parent_code\nGM0001,G1,gemeente,\nWK000100,W,wijk,GM0001\n'
		);
		writeFileSync(
			join(dir, 'targets.csv'),
			'area_code,indicator_id,baseline_year,target_year,target_value,agreement,parties\n'
		);
		const engine = await openNodeEngineWithDataset(dir);
		const rows = (await observationsForAreas(engine, 'WK000100', null)).filter(
			(r) => r.indicator_id === 'ind_0'
		);
		expect(rows.map((r) => [r.year, r.value])).toEqual(
			Array.from({ length: 12 }, (_, i) => [2013 + i, i === 0 ? null : i * 0.25])
		);
		await engine.close();
	});
});

describe('the copy of the gemeente level at the front of a partitioned file', () => {
	let copyBytes: Uint8Array;
	const copyBuffer = (): AsyncBuffer => ({
		byteLength: copyBytes.length,
		slice: (start, end = copyBytes.length) => copyBytes.slice(start, end).buffer
	});

	beforeAll(async () => {
		const path = join(mkdtempSync(join(tmpdir(), 'partitions-')), 'observations.parquet');
		const instance = await DuckDBInstance.create(':memory:');
		const connection = await instance.connect();
		// 3 gemeenten, each with its own rows (GM000n) and 2,000 of its wijk; the gemeenten' rows
		// copied to the front under the key '' as scripts/generate-national-data.ts does.
		await connection.run(`CREATE TABLE rows AS
			SELECT 'GM000' || (1 + i // 2500) AS gemeente_code,
				CASE WHEN i % 2500 < 500 THEN 'GM000' || (1 + i // 2500) ELSE 'WK000' || (1 + i // 2500) || '01' END AS area_code,
				'ind_' || ((i % 2500) // 20) AS indicator_id, 2000 + i % 20 AS year, i AS value
			FROM range(7500) t(i)`);
		await connection.run(`COPY (
			SELECT * FROM (SELECT '' AS gemeente_code, area_code, indicator_id, year, value FROM rows
				WHERE area_code = gemeente_code UNION ALL SELECT * FROM rows)
			ORDER BY gemeente_code, area_code, indicator_id, year
		) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 2048, KV_METADATA {gemeente_level_copies: '1500'})`);
		connection.closeSync();
		instance.closeSync();
		copyBytes = new Uint8Array(readFileSync(path));
	});

	it('counts each observation once', async () => {
		expect((await openPartitions(copyBuffer())).rows).toBe(7500);
	});

	it('gives every gemeente’s own rows, and only those, from the front of the file', async () => {
		const index = await openPartitions(copyBuffer());
		expect(rangesFor(index.groups, [GEMEENTE_LEVEL_PARTITION])).toEqual([
			{ rowStart: 0, rowEnd: 2048 }
		]);
		const { csv, rows } = await partitionCsv(index, [GEMEENTE_LEVEL_PARTITION]);
		expect(rows).toBe(1500);
		const areas = new Set(
			csv
				.trimEnd()
				.split('\n')
				.slice(1)
				.map((line) => line.split(',')[0])
		);
		expect([...areas].sort()).toEqual(['GM0001', 'GM0002', 'GM0003']);
	});
});
