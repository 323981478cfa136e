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
 * A start: Parquet output (sorted, partitioned, for range requests) is still to come.
 */
import { copyFileSync, createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
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
	const rows = await writeObservations(areas, join(OUT_DIR, 'observations.csv'));
	const count = (level: Area['level']) => areas.filter((a) => a.level === level).length;
	console.log(
		`Fictional national data in ${OUT_DIR}: ${count('gemeente')} gemeenten, ${count('wijk')} wijken, ` +
			`${count('buurt')} buurten, ${indicators.length} indicators × ${LAST_YEAR - FIRST_YEAR + 1} years = ` +
			`${rows} observations, ${TARGETS} targets (${Math.round(performance.now() - started)} ms)`
	);
}

await main();
