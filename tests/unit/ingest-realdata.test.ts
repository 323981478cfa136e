/**
 * Real CBS exports from ../shared/realdata (see its README and SOURCE.md files; never copied into
 * the project). The expected values were looked up by hand in the raw files (grep on the code);
 * the line numbers are the lines an editor shows them on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '$lib/data/ingest/decode';
import { detectDialect } from '$lib/data/ingest/dialect';
import { makeCatalogue } from '$lib/data/ingest/fields';
import { ingestFile } from '$lib/data/ingest/ingest-file';
import { parseNumberColumn } from '$lib/data/ingest/numbers';
import { readTable } from '$lib/data/ingest/table';
import { readCsv } from './csv';

const REALDATA = resolve('../shared/realdata');
const KWB_2024 = `${REALDATA}/cbs-kwb-2024-national-statline/Kerncijfers_wijken_en_buurten_2024_geslachten.csv`;
const KWB_2024_NO_CODES = `${REALDATA}/cbs-kwb-2024-national-statline/Kerncijfers_wijken_en_buurten_2024_11122025_141648.csv`;
const AMSTERDAM = `${REALDATA}/cbs-kwb-amsterdam-2015-2017-2019/Kerncijfers_wijken_en_buurten`;
const SES_WOA = `${REALDATA}/cbs-ses-woa-nabijheid-amsterdam/SES_WOA_scores_per_wijk_en_buurt_25042023_160857.csv`;

const describeRealData = existsSync(REALDATA) ? describe : describe.skip;
if (!existsSync(REALDATA)) {
	console.warn(
		`Real-data ingest tests skipped: ${REALDATA} (the shared realdata folder) is absent.`
	);
}

describeRealData('CBS KWB 2024, national StatLine CSV (85984NED)', () => {
	const bytes = () => new Uint8Array(readFileSync(KWB_2024));
	const CODE = 'Regioaanduiding/Codering (code)';
	const INHABITANTS = 'Bevolking/Aantal inwoners (aantal)';
	const MEN = 'Bevolking/Geslacht/Mannen (aantal)';

	it('decodes, detects its dialect and reads its table without a single problem', () => {
		const { decoded, problems: decodeProblems } = decodeBytes(bytes());
		expect(decodeProblems).toEqual([]);
		expect(decoded).toMatchObject({ encoding: 'utf-8', bom: true });
		const { dialect, problems: dialectProblems } = detectDialect(decoded!.text);
		expect(dialectProblems).toEqual([]);
		expect(dialect).toEqual({
			delimiter: ';',
			decimal: 'comma',
			hasHeader: true,
			lineEnding: 'crlf'
		});

		const { table, problems } = readTable(decoded!.text, dialect!);
		expect(problems).toEqual([]);
		expect(table!.header).toHaveLength(13);
		expect(table!.records).toHaveLength(18_310); // 1 land, 342 gemeenten, 3,393 wijken, 14,574 buurten

		// Every numeric column reads without a refused cell; the one `.` is NL's Indelingswijziging.
		let secret = 0;
		for (let c = 4; c < table!.header.length; c++) {
			const cells = parseNumberColumn(
				table!.records.map((r) => r.fields[c]),
				dialect!.decimal
			);
			expect(cells.filter((cell) => cell.kind === 'invalid')).toEqual([]);
			secret += cells.filter((cell) => cell.kind === 'secret').length;
		}
		expect(secret).toBe(1);
	});

	it('reads as a wide table with the five values looked up by hand, on their lines', () => {
		const { table } = readTable(
			decodeBytes(bytes()).decoded!.text,
			detectDialect(decodeBytes(bytes()).decoded!.text).dialect!
		);
		const codes = table!.records.map((r) => r.fields[3].trim());
		const catalogue = makeCatalogue(codes, ['population', 'men']);
		const result = ingestFile(bytes(), catalogue, {
			layout: 'wide',
			year: 2024,
			areaColumn: CODE,
			columns: { [INHABITANTS]: 'population', [MEN]: 'men' }
		});
		expect(result.layout).toBe('wide');
		expect(result.counts).toEqual({ read: 36_620, accepted: 36_620, rejected: 0, duplicates: 0 });
		expect(result.problems.filter((p) => p.code !== 'indicator_column_unknown')).toEqual([
			// Land, gemeente and wijk codes are padded to ten characters; buurt codes are ten long.
			{ row: null, column: null, code: 'codes_trimmed', params: { count: 1 + 342 + 3_393 } }
		]);

		const value = (area: string, indicator: string) =>
			result.accepted.find((o) => o.area_code === area && o.indicator_id === indicator)?.value;
		expect(value('NL00', 'population')).toBe(17_942_942); // line 2
		expect(value('GM1680', 'population')).toBe(25_845); // line 3, Aa en Hunze
		expect(value('WK059903', 'population')).toBe(77_250); // line 13329, Delfshaven
		expect(value('WK059903', 'men')).toBe(39_060);
		expect(value('GM0193', 'population')).toBe(133_141); // line 18217, Zwolle
		expect(value('WK019311', 'population')).toBe(10_970); // line 18222, Diezerpoort

		// The line numbers are an editor's: Delfshaven is on line 13329 of the raw file.
		const delfshaven = table!.records.find((r) => r.fields[3].trim() === 'WK059903');
		expect(delfshaven?.line).toBe(13_329);
	});
});

describeRealData('CBS SES-WOA 2019, Amsterdam (85163NED, "CSV met statistische symbolen")', () => {
	it('is a semicolon file with decimal points, padded and quoted, and reads without refusals', () => {
		const { decoded } = decodeBytes(new Uint8Array(readFileSync(SES_WOA)));
		const { dialect, problems } = detectDialect(decoded!.text);
		expect(dialect).toMatchObject({ delimiter: ';', decimal: 'point', hasHeader: true });
		expect(problems.map((p) => p.code)).toEqual(['decimal_point_detected']);

		const { table } = readTable(decoded!.text, dialect!);
		expect(table!.records).toHaveLength(579);
		const column = (c: number) =>
			parseNumberColumn(
				table!.records.map((r) => r.fields[c]),
				'point'
			);
		let secret = 0;
		for (let c = 3; c < 9; c++) {
			expect(column(c).filter((cell) => cell.kind === 'invalid')).toEqual([]);
			secret += column(c).filter((cell) => cell.kind === 'secret').length;
		}
		expect(secret).toBe(450);
		// Line 2: "2019";"Amsterdam";"GM0363    ";"  457400";…;"  -0.100";"   1.010"
		expect(column(3)[0]).toEqual({ kind: 'number', value: 457_400, provisional: false });
		expect(column(7)[0]).toEqual({ kind: 'number', value: -0.1, provisional: false });
		expect(column(8)[0]).toEqual({ kind: 'number', value: 1.01, provisional: false });
		// Line 3: WK036300 has 2900 households.
		expect(column(3)[1]).toEqual({ kind: 'number', value: 2900, provisional: false });
	});
});

/**
 * The same files through the CBS layout, detected from the header: the mapping, units, areas and
 * the year from the file name. Expected values were read off the raw lines named in the comments.
 */
describeRealData('CBS KWB files through the CBS layout', () => {
	const INDICATORS = [...readCsv('indicators.csv').map((r) => r.id), 'population'];
	// No areas known in advance: a CBS file brings its own.
	const catalogue = makeCatalogue([], INDICATORS);
	const ingest = (file: string) =>
		ingestFile(new Uint8Array(readFileSync(file)), catalogue, { fileName: file });
	const valueOf = (result: ReturnType<typeof ingest>, area: string, indicator: string) =>
		result.accepted.find((o) => o.area_code === area && o.indicator_id === indicator);

	it('KWB 2024 (national): population of five areas, 18,309 areas with parents, NL skipped', () => {
		const r = ingest(KWB_2024);
		expect(r.layout).toBe('cbs');
		expect(r.accepted.every((o) => o.year === 2024 && o.indicator_id === 'population')).toBe(true);
		expect(valueOf(r, 'GM1680', 'population')?.value).toBe(25_845); // line 3, Aa en Hunze
		expect(valueOf(r, 'BU16800000', 'population')?.value).toBe(3_455); // line 5, Annen
		expect(valueOf(r, 'WK059903', 'population')?.value).toBe(77_250); // line 13329, Delfshaven
		expect(valueOf(r, 'GM0193', 'population')?.value).toBe(133_141); // line 18217, Zwolle
		expect(valueOf(r, 'WK019311', 'population')?.value).toBe(10_970); // line 18222, Diezerpoort
		expect(r.counts).toMatchObject({ read: 18_309, accepted: 18_309, rejected: 0 });
		expect(r.problems.filter((p) => p.row === null)).toEqual([
			{
				row: null,
				column: null,
				code: 'cbs_year_from_file_name',
				params: { year: 2024, fileName: 'Kerncijfers_wijken_en_buurten_2024_geslachten.csv' }
			},
			{ row: null, column: null, code: 'cbs_region_skipped', params: { kind: 'Land', count: 1 } },
			{ row: null, column: null, code: 'codes_trimmed', params: { count: 342 + 3_393 } }
		]);
		// Unmapped columns are reported once each, on the header line.
		expect(r.problems.filter((p) => p.code === 'cbs_column_unmapped')).toHaveLength(8);
		expect(r.areas).toHaveLength(342 + 3_393 + 14_574);
		const area = (code: string) => r.areas!.find((a) => a.code === code);
		expect(area('WK059903')).toEqual({
			code: 'WK059903',
			name: 'Delfshaven',
			level: 'wijk',
			parent_code: 'GM0599'
		});
		expect(area('BU16800000')).toEqual({
			code: 'BU16800000',
			name: 'Annen',
			level: 'buurt',
			parent_code: 'WK168000'
		});
		expect(area('GM0193')?.name).toBe('Zwolle');
	});

	it('KWB 2024 without a code column is not taken for a CBS file and is refused, saying why', () => {
		const r = ingest(KWB_2024_NO_CODES);
		expect(r.layout).toBe('wide');
		expect(r.accepted).toEqual([]);
		expect(r.problems.map((p) => p.code)).toContain('area_column_missing');
	});

	it('KWB 2017 Amsterdam (re-saved by R): WOZ in euros, shares, energy, income, a trend with 2019', () => {
		const r17 = ingest(`${AMSTERDAM}_2017.csv`);
		expect(r17.layout).toBe('cbs');
		expect(r17.dialect).toMatchObject({ delimiter: ',', decimal: 'point' });
		// Line 3: Amsterdam GM0363; line 4: Burgwallen-Oude Zijde WK036300; line 270: BU03634700.
		expect(valueOf(r17, 'GM0363', 'woz_value')).toEqual({
			area_code: 'GM0363',
			indicator_id: 'woz_value',
			year: 2017,
			value: 290_000
		});
		expect(valueOf(r17, 'WK036300', 'woz_value')?.value).toBe(341_000);
		expect(valueOf(r17, 'WK036300', 'owner_occupied_share')?.value).toBe(19);
		expect(valueOf(r17, 'WK036300', 'social_rent_share')?.value).toBe(12);
		expect(valueOf(r17, 'GM0363', 'gas_use_home')?.value).toBe(850);
		expect(valueOf(r17, 'GM0363', 'electricity_use_home')?.value).toBe(2_160);
		expect(valueOf(r17, 'BU03634700', 'income_per_resident')?.value).toBe(66_300);
		expect(valueOf(r17, 'BU03634700', 'low_income_households')?.value).toBe(5.7);
		expect(r17.areas).toHaveLength(1 + 99 + 479);

		const r19 = ingest(`${AMSTERDAM}_2019.csv`);
		expect(r19.layout).toBe('cbs');
		expect(valueOf(r19, 'GM0363', 'woz_value')?.value).toBe(375_000); // line 3
		expect(valueOf(r19, 'BU03634700', 'woz_value')?.value).toBe(1_000_000); // line 270
		expect(valueOf(r19, 'WK036300', 'net_labour_participation')?.value).toBe(76); // line 4
		// R wrote some decimals as quoted comma strings into a comma-separated file: refused per
		// cell, with line and column, never read as another number.
		expect(valueOf(r19, 'GM0363', 'income_per_resident')).toBeUndefined();
		expect(r19.problems).toContainEqual({
			row: 3,
			column: 'Inkomen.Inkomen.van.personen.Gemiddeld.inkomen.per.inwoner...x.1.000.euro.',
			code: 'number_decimal_comma_in_point_file',
			params: { value: '31,3' }
		});

		// Two editions of the same codes line up into one trend.
		const trend = [...r17.accepted, ...r19.accepted]
			.filter((o) => o.area_code === 'WK036347' && o.indicator_id === 'woz_value')
			.map((o) => [o.year, o.value]);
		expect(trend).toEqual([
			[2017, 815_000],
			[2019, 934_000]
		]);
	});

	it('KWB 2015 Amsterdam (a StatLine "table" export with a title line and no codes) is refused', () => {
		const r = ingest(`${AMSTERDAM}_2015.csv`);
		expect(r.accepted).toEqual([]);
		expect(r.problems.map((p) => p.code)).toEqual(['delimiter_not_found']);
	});
});
