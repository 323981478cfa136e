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

const REALDATA = resolve('../shared/realdata');
const KWB_2024 = `${REALDATA}/cbs-kwb-2024-national-statline/Kerncijfers_wijken_en_buurten_2024_geslachten.csv`;
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
