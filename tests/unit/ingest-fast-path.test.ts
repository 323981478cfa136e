/**
 * The long form has two readers: a fast one for files without quotes, and the general one
 * (papaparse). They must never disagree. Quoting the header's first name forces the general reader
 * on the same content, so each generated file is read both ways and the results compared.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDialect } from '$lib/data/ingest/dialect';
import { makeCatalogue } from '$lib/data/ingest/fields';
import { parseLongForm } from '$lib/data/ingest/longform';

const catalogue = makeCatalogue(['WK01', 'WK02', 'GM01'], ['woz_value', 'solar_panels_share']);

const areaCell = fc.constantFrom('WK01', 'WK02', 'GM01', ' WK01 ', 'WK99', '');
const indicatorCell = fc.constantFrom('woz_value', 'solar_panels_share', 'unknown_x', '');
const yearCell = fc.constantFrom('2019', '2020', '2021', '2023*', '1890', '20x', '');
const pointValue = fc.constantFrom(
	'3.5',
	'-0',
	'12',
	'1e3',
	'',
	'.',
	'3,5',
	'abc',
	'-99997',
	'7 *'
);
const commaValue = fc.constantFrom('3,5', '-0', '12', '1.234,5', '', '.', '3.5', 'abc', '−4,2');

function file(dialect: 'comma' | 'semicolon') {
	const value = dialect === 'comma' ? pointValue : commaValue;
	const row = fc.oneof(
		{ weight: 8, arbitrary: fc.tuple(areaCell, indicatorCell, yearCell, value) },
		{ weight: 1, arbitrary: fc.constant(['', '', '', '']) },
		{ weight: 1, arbitrary: fc.tuple(areaCell, indicatorCell) }
	);
	return fc.record({
		rows: fc.array(row, { maxLength: 40 }),
		crlf: fc.boolean(),
		blankFirst: fc.boolean(),
		finalNewline: fc.boolean()
	});
}

function text(
	spec: {
		rows: readonly (readonly string[])[];
		crlf: boolean;
		blankFirst: boolean;
		finalNewline: boolean;
	},
	delimiter: string,
	quoteHeader: boolean
): string {
	const eol = spec.crlf ? '\r\n' : '\n';
	const header = [quoteHeader ? '"area_code"' : 'area_code', 'indicator_id', 'year', 'value'];
	const lines = [header, ...spec.rows].map((r) => r.join(delimiter));
	if (spec.blankFirst) lines.unshift('');
	return lines.join(eol) + (spec.finalNewline ? eol : '');
}

describe('long form: the fast reader and the general reader agree', () => {
	for (const [name, delimiter] of [
		['comma', ','],
		['semicolon', ';']
	] as const) {
		it(`on generated ${name}-separated files`, () => {
			fc.assert(
				fc.property(file(name), (spec) => {
					const fast = text(spec, delimiter, false);
					const general = text(spec, delimiter, true);
					const dialect = detectDialect(fast).dialect;
					fc.pre(dialect !== null && detectDialect(general).dialect !== null);
					expect(parseLongForm(fast, dialect!, catalogue)).toEqual(
						parseLongForm(general, dialect!, catalogue)
					);
				}),
				{ numRuns: 300 }
			);
		});
	}

	it('reads a grouped value that needs the whole column the general way', () => {
		const content =
			'area_code;indicator_id;year;value\nWK01;woz_value;2020;1.500\nWK02;woz_value;2020;1.234,5\n';
		const dialect = detectDialect(content).dialect!;
		const result = parseLongForm(content, dialect, catalogue);
		expect(result.accepted.map((o) => o.value)).toEqual([1500, 1234.5]);
	});
});
