/**
 * A fictional national dataset in the data contract, for benchmarks at the scale of the whole
 * country: by default 350 gemeenten with 3,500 wijken and 14,000 buurten, every indicator of the
 * bundled catalogue, 2013–2025 (about 6 million observations). Written to data/national/ (not
 * committed). Every value is invented: each area's series is the bundled demo gemeente's series
 * times a seeded area factor, with seeded noise and about 2% missing values.
 *
 * targets.csv holds 1,000 fictional prestatieafspraken (the /afspraken benchmark's load): 50
 * agreements of 20 targets each, on the first 50 gemeenten and their wijken, drawn from a
 * generator of their own so that the observations stay the same whatever the targets are.
 *
 *   npm run data:national [-- --gemeenten 350 --targets 1000 --out data/national]
 *
 * observations.parquet holds the same observations for a site that serves the national data
 * (`WIJKWAARDE_DATA=data/national npm run build`): sorted by gemeente, then area, indicator and
 * year, with the gemeente of each row in a column of its own, in row groups of about 16,000 rows
 * (one gemeente's worth), so that a browser can fetch one gemeente's rows by HTTP range requests
 * after reading the footer's row-group statistics (src/lib/data/partitions.ts).
 * boundaries.geojson gives every area a fictional rectangle: gemeenten in a grid over the
 * Netherlands' bounding box, their wijken and buurten as strips within them.
 */
import { copyFileSync, createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import {
	GEMEENTE_LEVEL_COPIES_KEY,
	GEMEENTE_LEVEL_PARTITION
} from '../src/lib/data/partition-protocol';
import { mulberry32 } from './seeded-random';

function argument(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const GEMEENTEN = Number(argument('gemeenten', '350'));
const TARGETS = Number(argument('targets', '1000'));
const TARGETS_PER_AGREEMENT = 20;
const OUT_DIR = argument('out', join('data', 'national'));
const FIRST_YEAR = 2013;
const LAST_YEAR = 2025;
const MISSING_RATE = 0.02;

const random = mulberry32(20260101);
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

const readCsv = (file: string) =>
	Papa.parse<Record<string, string>>(readFileSync(join('data', file), 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;

const indicators = readCsv('indicators.csv');
const demo = readCsv('observations.csv');
const demoGemeente = readCsv('areas.csv').find((a) => a.level === 'gemeente')!.code;

/** The demo gemeente's series per indicator, the pattern every national series varies on. */
const pattern = new Map<string, number[]>();
for (const indicator of indicators) {
	const byYear = new Map(
		demo
			.filter((o) => o.area_code === demoGemeente && o.indicator_id === indicator.id && o.value)
			.map((o) => [Number(o.year), Number(o.value)])
	);
	let last = [...byYear.values()][0] ?? 1;
	const values: number[] = [];
	for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
		last = byYear.get(year) ?? last;
		values.push(last);
	}
	pattern.set(indicator.id, values);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface Area {
	code: string;
	name: string;
	level: 'gemeente' | 'wijk' | 'buurt';
	parent: string;
	factor: number;
}

function buildAreas(): Area[] {
	const areas: Area[] = [];
	for (let g = 1; g <= GEMEENTEN; g++) {
		const gm = pad(g, 4);
		const gemeente = { code: `GM${gm}`, name: `Gemeente ${gm}`, level: 'gemeente' as const };
		areas.push({ ...gemeente, parent: '', factor: 1 + 0.1 * normal() });
		const wijken = 6 + Math.floor(random() * 9); // 6–14, about 10 on average
		for (let w = 0; w < wijken; w++) {
			const wk = `${gm}${pad(w, 2)}`;
			const wijkFactor = 1 + 0.18 * normal();
			areas.push({
				code: `WK${wk}`,
				name: `Wijk ${w + 1} (${gemeente.name})`,
				level: 'wijk',
				parent: gemeente.code,
				factor: wijkFactor
			});
			for (let b = 0; b < 4; b++)
				areas.push({
					code: `BU${wk}${pad(b, 2)}`,
					name: `Buurt ${w + 1}.${b + 1} (${gemeente.name})`,
					level: 'buurt',
					parent: `WK${wk}`,
					factor: wijkFactor * (1 + 0.12 * normal())
				});
		}
	}
	return areas;
}

const csvField = (value: string) =>
	/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

async function writeObservations(areas: Area[], file: string): Promise<number> {
	const stream = createWriteStream(file, 'utf8');
	const write = (text: string) =>
		new Promise<void>((resolve) =>
			stream.write(text) ? resolve() : stream.once('drain', resolve)
		);
	await write('area_code,indicator_id,year,value\n');
	let rows = 0;
	for (const area of areas) {
		const lines: string[] = [];
		for (const indicator of indicators) {
			const decimals = Number(indicator.decimals);
			const isShare = indicator.unit === '%';
			const values = pattern.get(indicator.id)!;
			for (let i = 0; i < values.length; i++) {
				const missing = area.level !== 'gemeente' && random() < MISSING_RATE;
				let value = values[i] * area.factor * (1 + 0.03 * normal());
				if (isShare) value = Math.min(100, value);
				value = Math.max(0, value);
				lines.push(
					`${area.code},${indicator.id},${FIRST_YEAR + i},${missing ? '' : value.toFixed(decimals)}`
				);
			}
		}
		rows += lines.length;
		await write(lines.join('\n') + '\n');
	}
	await new Promise((resolve) => stream.end(resolve));
	return rows;
}

/**
 * Targets spread over agreements of TARGETS_PER_AGREEMENT each, one gemeente per agreement,
 * on that gemeente or one of its wijken: from the area's 2019 pattern value, an improvement of
 * 5–30% in the indicator's direction (a change either way where it has none) by 2027–2032, so
 * that some are on track and some are not.
 */
function targetsCsv(areas: Area[]): string {
	const pick = mulberry32(20260505);
	const choose = <T>(list: readonly T[]) => list[Math.floor(pick() * list.length)];
	const gemeenten = areas.filter((a) => a.level === 'gemeente');
	const lines = ['area_code,indicator_id,baseline_year,target_year,target_value,agreement,parties'];
	for (let i = 0; i < TARGETS; i++) {
		const gemeente = gemeenten[Math.floor(i / TARGETS_PER_AGREEMENT) % gemeenten.length];
		const candidates = areas.filter((a) => a.code === gemeente.code || a.parent === gemeente.code);
		const area = choose(candidates);
		const indicator = choose(indicators);
		const baselineYear = 2019;
		const baseline = pattern.get(indicator.id)![baselineYear - FIRST_YEAR] * area.factor;
		const sign =
			indicator.direction === 'up'
				? 1
				: indicator.direction === 'down'
					? -1
					: pick() < 0.5
						? 1
						: -1;
		let value = baseline * (1 + sign * (0.05 + 0.25 * pick()));
		if (indicator.unit === '%') value = Math.min(100, value);
		const agreement = `Prestatieafspraken ${gemeente.name} 2019–2030`;
		const parties = `${gemeente.name}; Woningcorporatie ${gemeente.code.slice(2)}; Huurdersraad ${gemeente.code.slice(2)}`;
		lines.push(
			[
				area.code,
				indicator.id,
				baselineYear,
				2027 + Math.floor(pick() * 6),
				Math.max(0, value).toFixed(Number(indicator.decimals)),
				agreement,
				parties
			]
				.map((cell) => csvField(String(cell)))
				.join(',')
		);
	}
	return lines.join('\n') + '\n';
}

/** Rows per Parquet row group: about one gemeente (10 wijken × 5 areas × 25 indicators × 13 years). */
const ROW_GROUP_ROWS = 16_384;

/**
 * observations.csv as sorted, zstd-compressed Parquet with a gemeente_code column. In front, a
 * copy of every gemeente's own rows under the partition key GEMEENTE_LEVEL_PARTITION: a map of
 * all gemeenten then reads a few row groups instead of the whole country. The footer says how
 * many rows that copy holds, so that the dataset's summary counts each observation once.
 */
async function writeParquet(dir: string): Promise<void> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	const path = (file: string) => `'${resolve(dir, file).replaceAll("'", "''")}'`;
	await connection.run(`
		CREATE TEMP TABLE partitioned AS
		WITH areas AS (SELECT * FROM read_csv(${path('areas.csv')}, all_varchar = true)),
		gemeente_of AS (
			SELECT a.code,
				CASE a.level WHEN 'gemeente' THEN a.code WHEN 'wijk' THEN a.parent_code ELSE p.parent_code END
					AS gemeente_code
			FROM areas a LEFT JOIN areas p ON p.code = a.parent_code
		)
		SELECT g.gemeente_code, o.area_code, o.indicator_id, o.year, o.value
		FROM read_csv(${path('observations.csv')}, header = true,
			columns = {'area_code': 'VARCHAR', 'indicator_id': 'VARCHAR', 'year': 'INTEGER', 'value': 'DOUBLE'}) o
		JOIN gemeente_of g ON g.code = o.area_code`);
	const gemeenteLevel = `SELECT '${GEMEENTE_LEVEL_PARTITION}' AS gemeente_code, area_code, indicator_id, year, value
		FROM partitioned WHERE area_code = gemeente_code`;
	const counted = await connection.runAndReadAll(
		`SELECT count(*)::INTEGER FROM (${gemeenteLevel})`
	);
	const copies = Number(counted.getRows()[0][0]);
	await connection.run(`
		COPY (
			SELECT * FROM (${gemeenteLevel} UNION ALL SELECT * FROM partitioned)
			ORDER BY gemeente_code, area_code, indicator_id, year
		) TO ${path('observations.parquet')}
		(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_ROWS},
			KV_METADATA {${GEMEENTE_LEVEL_COPIES_KEY}: '${copies}'})`);
	connection.closeSync();
	instance.closeSync();
}

/** The Netherlands' bounding box in WGS84, roughly: where the fictional rectangles lie. */
const BOX = { west: 3.4, east: 7.2, south: 50.8, north: 53.5 };

/**
 * A rectangle per area: gemeenten in a grid, each gemeente's wijken as vertical strips and each
 * wijk's buurten as horizontal strips within it. Rings are written clockwise (d3-geo's winding).
 */
function boundariesGeojson(areas: Area[]): string {
	const gemeenten = areas.filter((a) => a.level === 'gemeente');
	const columns = Math.ceil(Math.sqrt(gemeenten.length));
	const rows = Math.ceil(gemeenten.length / columns);
	const width = (BOX.east - BOX.west) / columns;
	const height = (BOX.north - BOX.south) / rows;
	const round = (n: number) => Math.round(n * 1e5) / 1e5;
	const feature = (code: string, w: number, s: number, e: number, n: number) =>
		JSON.stringify({
			type: 'Feature',
			properties: { code },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[w, s],
						[w, n],
						[e, n],
						[e, s],
						[w, s]
					].map(([x, y]) => [round(x), round(y)])
				]
			}
		});
	const features: string[] = [];
	gemeenten.forEach((gemeente, i) => {
		const west = BOX.west + (i % columns) * width;
		const north = BOX.north - Math.floor(i / columns) * height;
		features.push(feature(gemeente.code, west, north - height, west + width, north));
		const wijken = areas.filter((a) => a.parent === gemeente.code);
		wijken.forEach((wijk, w) => {
			const left = west + (w * width) / wijken.length;
			const right = west + ((w + 1) * width) / wijken.length;
			features.push(feature(wijk.code, left, north - height, right, north));
			const buurten = areas.filter((a) => a.parent === wijk.code);
			buurten.forEach((buurt, b) => {
				const top = north - (b * height) / buurten.length;
				const bottom = north - ((b + 1) * height) / buurten.length;
				features.push(feature(buurt.code, left, bottom, right, top));
			});
		});
	});
	return `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`;
}

async function main() {
	mkdirSync(OUT_DIR, { recursive: true });
	const started = performance.now();
	const areas = buildAreas();
	copyFileSync(join('data', 'indicators.csv'), join(OUT_DIR, 'indicators.csv'));
	writeFileSync(
		join(OUT_DIR, 'areas.csv'),
		'code,name,level,parent_code\n' +
			areas.map((a) => [a.code, a.name, a.level, a.parent].map(csvField).join(',')).join('\n') +
			'\n'
	);
	writeFileSync(join(OUT_DIR, 'targets.csv'), targetsCsv(areas));
	writeFileSync(join(OUT_DIR, 'boundaries.geojson'), boundariesGeojson(areas));
	const rows = await writeObservations(areas, join(OUT_DIR, 'observations.csv'));
	await writeParquet(OUT_DIR);
	const count = (level: Area['level']) => areas.filter((a) => a.level === level).length;
	console.log(
		`Fictional national data in ${OUT_DIR}: ${count('gemeente')} gemeenten, ${count('wijk')} wijken, ` +
			`${count('buurt')} buurten, ${indicators.length} indicators × ${LAST_YEAR - FIRST_YEAR + 1} years = ` +
			`${rows} observations, ${TARGETS} targets (${Math.round(performance.now() - started)} ms)`
	);
}

await main();
