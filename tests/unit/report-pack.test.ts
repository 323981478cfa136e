/**
 * The pure part of the council report's pack (data/export/report-pack.ts, zip.ts) on the bundled
 * dataset through the Node engine: file names, the README, the two CSVs and the ZIP itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { openNodeEngineWithDataset } from '$lib/data/bundled-node';
import type { Engine } from '$lib/data/engine';
import {
	packDataRows,
	packFileNames,
	packReadme,
	reportSources,
	targetsTableCsv,
	type PackChart
} from '$lib/data/export/report-pack';
import { toCsv } from '$lib/data/export/csv';
import { zipFiles } from '$lib/data/export/zip';
import { ingestFile } from '$lib/data/ingest/ingest-file';
import { makeCatalogue } from '$lib/data/ingest/fields';
import {
	agreementSlug,
	buildAreaDashboard,
	buildDatasetMeta,
	buildTargetsOverview,
	type Agreement,
	type DatasetMeta
} from '$lib/data/model';
import Papa from 'papaparse';
import { readCsv } from './csv';

const observations = readCsv('observations.csv');

let engine: Engine;
let meta: DatasetMeta;
let agreement: Agreement;
let charts: PackChart[];
const indicators = () => new Map(meta.indicators.map((i) => [i.id, i]));
const areas = () => new Map(meta.areas.map((a) => [a.code, a]));

beforeAll(async () => {
	engine = await openNodeEngineWithDataset('data');
	meta = await buildDatasetMeta(engine, true);
	agreement = (await buildTargetsOverview(engine, meta)).agreements[0];
	charts = [];
	for (const target of agreement.targets) {
		const dashboard = (await buildAreaDashboard(engine, meta, target.areaCode))!;
		const series = dashboard.series.find((s) => s.indicatorId === target.indicatorId)!;
		if (
			charts.some((c) => c.area.code === target.areaCode && c.indicator.id === target.indicatorId)
		)
			continue;
		charts.push({
			target,
			indicator: indicators().get(target.indicatorId)!,
			area: dashboard.area,
			reference: dashboard.reference,
			series: series.area,
			referenceSeries: series.reference,
			firstYear: dashboard.firstYear,
			lastYear: dashboard.lastYear
		});
	}
});
afterAll(() => engine.close());

describe('packFileNames', () => {
	it('names charts as their own downloads and the rest after the agreement, per language', () => {
		const chart = { area: { code: 'WK999901' }, indicator: { id: 'gas_use_home' } } as PackChart;
		const nl = packFileNames('prestatieafspraken-voorbeeldstad-2020-2030', [chart], 'nl');
		expect(nl).toEqual({
			zip: 'wijkwaarde-prestatieafspraken-voorbeeldstad-2020-2030-raadsstuk.zip',
			readme: 'README.md',
			targets: 'wijkwaarde-prestatieafspraken-voorbeeldstad-2020-2030-afspraken.csv',
			data: 'wijkwaarde-prestatieafspraken-voorbeeldstad-2020-2030-cijfers.csv',
			charts: [
				{ svg: 'wijkwaarde-WK999901-gas_use_home.svg', png: 'wijkwaarde-WK999901-gas_use_home.png' }
			]
		});
		const en = packFileNames('x', [chart], 'en');
		expect([en.zip, en.targets, en.data]).toEqual([
			'wijkwaarde-x-council-pack.zip',
			'wijkwaarde-x-targets.csv',
			'wijkwaarde-x-data.csv'
		]);
	});

	it('gives every chart of an agreement a file of its own', () => {
		const names = packFileNames('a', charts, 'nl');
		const all = [
			names.readme,
			names.targets,
			names.data,
			...names.charts.flatMap((c) => [c.svg, c.png])
		];
		expect(new Set(all).size).toBe(all.length);
		expect(names.charts).toHaveLength(charts.length);
	});

	it('keeps characters out of names that a file system or ZIP tool may refuse', () => {
		const chart = { area: { code: 'WK 1/2' }, indicator: { id: 'x:y' } } as PackChart;
		expect(packFileNames('a', [chart], 'nl').charts[0].svg).toBe('wijkwaarde-WK_1_2-x_y.svg');
	});
});

describe('packReadme', () => {
	const permalink = 'https://example.org/wijkwaarde/en/afspraken/slug/rapport/';
	const readme = (locale: 'nl' | 'en') =>
		packReadme({
			agreement,
			meta,
			indicators: meta.indicators.filter((i) =>
				agreement.targets.some((t) => t.indicatorId === i.id)
			),
			sources: reportSources(
				agreement.targets,
				indicators(),
				(t) =>
					charts.find((c) => c.area.code === t.areaCode && c.indicator.id === t.indicatorId)
						?.series,
				locale
			),
			charts,
			files: packFileNames(agreementSlug(agreement.name), charts, locale),
			permalink,
			generated: locale === 'nl' ? '23 november 2026' : '23 November 2026',
			locale
		});

	it('names the agreement, the date, the permalink and every file, in Dutch', () => {
		const text = readme('nl');
		expect(text.split('\n')[0]).toBe(`# Rapportage ${agreement.name}`);
		expect(text).toContain('- Gemaakt op: 23 november 2026');
		expect(text).toContain(`- Rapport online: ${permalink}`);
		expect(text).toContain(`- Partijen: ${agreement.parties.join(', ')}`);
		for (const name of packFileNames(agreementSlug(agreement.name), charts, 'nl').charts)
			expect(text).toContain(`\`${name.svg}\`, \`${name.png}\``);
		expect(text).toContain('Dit zijn verzonnen demonstratiegegevens');
	});

	it('gives every indicator of the agreement its definition, unit, direction and source', () => {
		const text = readme('nl');
		const ids = new Set(agreement.targets.map((t) => t.indicatorId));
		expect(ids.size).toBeGreaterThan(1);
		for (const id of ids) {
			const indicator = indicators().get(id)!;
			const section = text.slice(text.indexOf(`### ${indicator.label_nl} (\`${id}\`)`));
			expect(section, id).toContain(indicator.description_nl);
			expect(section).toContain(`- Bron: ${indicator.source}`);
			expect(section).toMatch(/- Richting: (hoger is beter|lager is beter|geen richting)/);
			expect(section).toMatch(/- Eenheid: \S/);
		}
		// Indicators the agreement does not use are not described.
		const unused = meta.indicators.find((i) => !ids.has(i.id))!;
		expect(text).not.toContain(`(\`${unused.id}\`)`);
	});

	it('states the status rule in words, with its numbered steps, and the sources with their years', () => {
		const text = readme('nl');
		expect(text).toContain('## Zo bepalen we de status');
		expect(text).toContain('De eerste regel die past, bepaalt de status.');
		expect(text).toMatch(/\n1\. Geen gegevens: er is geen waarde in het jaar van de nulmeting\./);
		expect(text).toMatch(/\n7\. Uit koers: in alle andere gevallen\./);
		expect(text).toContain('1,28 ×');
		expect(text).toMatch(/- CBS[^\n]*\(gegevens \d{4}–\d{4}\)/);
	});

	it('is written in English for English readers', () => {
		const text = readme('en');
		expect(text).toContain(`- Report online: ${permalink}`);
		expect(text).toContain('## Indicators: definition, unit, direction and source');
		expect(text).toContain('1.28 ×');
		const first = indicators().get(agreement.targets[0].indicatorId)!;
		expect(text).toContain(first.description_en);
		expect(text).not.toContain('Gemaakt op');
	});
});

describe('the CSVs of the pack', () => {
	it('has the figures behind the charts, each area, indicator and year once', () => {
		const rows = packDataRows(charts, 'nl');
		const keys = rows.map((r) => `${r.area_code}|${r.indicator_id}|${r.year}`);
		expect(new Set(keys).size).toBe(keys.length);
		const chart = charts[0];
		for (const o of observations.filter(
			(o) => o.area_code === chart.area.code && o.indicator_id === chart.indicator.id
		)) {
			const row = rows.find(
				(r) =>
					r.area_code === o.area_code &&
					r.indicator_id === o.indicator_id &&
					r.year === Number(o.year)
			);
			expect(row?.value, `${o.area_code} ${o.year}`).toBe(o.value === '' ? null : Number(o.value));
		}
	});

	it('lists the targets with unrounded values, status and rule, headers in the language', () => {
		const nl = targetsTableCsv(agreement.targets, indicators(), areas(), 'nl');
		expect(nl.startsWith('\ufeffgebiedscode,gebied,indicator_id,')).toBe(true);
		const en = targetsTableCsv(agreement.targets, indicators(), areas(), 'en');
		expect(
			en.startsWith(
				'\ufeffarea_code,area,indicator_id,indicator,unit,baseline_year,baseline_value,'
			)
		).toBe(true);
		const parsed = Papa.parse<Record<string, string>>(en.slice(1), {
			header: true,
			skipEmptyLines: true
		});
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toHaveLength(agreement.targets.length);
		const target = agreement.targets[0];
		const cell = (name: string) => parsed.data[0][name];
		expect(cell('area_code')).toBe(target.areaCode);
		expect(cell('indicator')).toBe(indicators().get(target.indicatorId)!.label_en);
		expect(cell('target_value')).toBe(String(target.targetValue));
		expect(cell('baseline_value')).toBe(String(target.baselineValue ?? ''));
		expect(cell('status_code')).toBe(target.assessment.status);
	});

	it('neutralises an agreement name that a spreadsheet would run as a formula', () => {
		const hostile = { ...agreement.targets[0], agreement: '=HYPERLINK("x")', parties: ['@a'] };
		const text = targetsTableCsv([hostile], indicators(), areas(), 'nl');
		expect(text).toContain(`"'=HYPERLINK(""x"")"`);
		expect(text).toContain(`'@a`);
	});

	it('writes figures that the ingest core reads back as the same observations', () => {
		const rows = packDataRows(charts, 'nl');
		const csv = new TextEncoder().encode(toCsv(rows, { locale: 'nl' }));
		const catalogue = makeCatalogue(
			[...new Set(rows.map((r) => r.area_code))],
			meta.indicators.map((i) => i.id)
		);
		const result = ingestFile(csv, catalogue);
		const value = (code: string, id: string, year: number) =>
			result.accepted.find((o) => o.area_code === code && o.indicator_id === id && o.year === year)
				?.value ?? null;
		expect(rows.length).toBeGreaterThan(50);
		for (const row of rows)
			expect(value(row.area_code, row.indicator_id, row.year), JSON.stringify(row)).toBe(row.value);
	});
});

describe('zipFiles', () => {
	it('packs text as UTF-8 and bytes as they are, readable by any unzip', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
		const zip = zipFiles(
			[
				{ name: 'README.md', data: '# Één € test' },
				{ name: 'a.png', data: png, stored: true }
			],
			new Date('2026-11-23T12:00:00Z')
		);
		expect([...zip.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
		const files = unzipSync(zip);
		expect(Object.keys(files)).toEqual(['README.md', 'a.png']);
		expect(strFromU8(files['README.md'])).toBe('# Één € test');
		expect(files['a.png']).toEqual(png);
	});

	it('refuses two files of the same name', () => {
		expect(() =>
			zipFiles([
				{ name: 'a', data: '1' },
				{ name: 'a', data: '2' }
			])
		).toThrow(/two files named a/);
	});
});
