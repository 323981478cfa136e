import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Target } from '$lib/data/contract';
import { targetsCsv } from '$lib/data/export/targets-csv';
import { makeCatalogue } from '$lib/data/ingest/fields';
import { readTargetsFile } from '$lib/data/ingest/targets-file';

const catalogue = makeCatalogue(['WK999902', 'GM9999'], ['solar_panels_share', 'woz_value']);
const encode = (text: string) => new TextEncoder().encode(text);

const target = (overrides: Partial<Target> = {}): Target => ({
	area_code: 'WK999902',
	indicator_id: 'solar_panels_share',
	baseline_year: 2019,
	target_year: 2030,
	target_value: 62.5,
	agreement: 'Zonne-akkoord, "Molenwijk" 2026',
	parties: 'Gemeente; Huurdersvereniging',
	...overrides
});

describe('targets CSV', () => {
	it('writes the contract’s header with a BOM, and reads back the same targets', () => {
		const targets = [
			target(),
			target({
				area_code: 'GM9999',
				indicator_id: 'woz_value',
				target_value: 310000.25,
				parties: ''
			})
		];
		const text = targetsCsv(targets);
		expect(
			text.startsWith(
				'\ufeffarea_code,indicator_id,baseline_year,target_year,target_value,agreement,parties\r\n'
			)
		).toBe(true);
		const read = readTargetsFile(encode(text), catalogue);
		expect(read.problems).toEqual([]);
		expect(read.targets).toEqual(targets);
	});

	it('round-trips any agreement text that cannot start a formula', () => {
		const text = fc
			.string({ minLength: 1, maxLength: 40 })
			.filter(
				(s) =>
					/^[^\s=+\-@'\t\r]/.test(s) &&
					s.trim() === s &&
					[...s].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
			);
		fc.assert(
			fc.property(text, fc.double({ min: 0, max: 100, noNaN: true }), (agreement, value) => {
				const read = readTargetsFile(
					encode(targetsCsv([target({ agreement, target_value: value })])),
					catalogue
				);
				expect(read.targets).toEqual([
					target({ agreement, target_value: value === 0 ? 0 : value })
				]);
			}),
			{ numRuns: 200 }
		);
	});

	it('neutralises a formula in a name rather than writing it as is', () => {
		const text = targetsCsv([target({ agreement: '=HYPERLINK("http://x")' })]);
		expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
	});

	it('names the row and column of every problem, and keeps the good rows', () => {
		const text = [
			'area_code,indicator_id,baseline_year,target_year,target_value,agreement,parties',
			'WK999902,solar_panels_share,2019,2030,60,Goed,',
			'WK000000,solar_panels_share,2019,2030,60,Onbekend gebied,',
			'WK999902,solar_panels_share,2030,2019,60,Jaren omgedraaid,',
			'WK999902,solar_panels_share,2019,2030,zestig,Geen getal,'
		].join('\n');
		const read = readTargetsFile(encode(text), catalogue);
		expect(read.targets.map((t) => t.agreement)).toEqual(['Goed']);
		expect(read.problems.map((p) => [p.code, p.row, p.column])).toEqual([
			['area_unknown', 3, 'area_code'],
			['cell_invalid', 4, 'target_year'],
			['number_not_a_number', 5, 'target_value']
		]);
		expect(read.counts).toMatchObject({ read: 4, accepted: 1, rejected: 3 });
	});

	it('refuses a file that is not text', () => {
		const read = readTargetsFile(new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 9]), catalogue);
		expect(read.targets).toEqual([]);
		expect(read.problems.length).toBeGreaterThan(0);
	});
});
