/**
 * A CBS "Kerncijfers wijken en buurten" file, as CBS publishes it (StatLine CSV or OData keys) →
 * observations in the catalogue's units, and the areas the file describes.
 *
 * Unlike the other layouts, the file itself defines areas: each row carries a code, a name and
 * its kind (`Soort regio`), and the parent follows from the code (BU01930101 → WK019301 → GM0193).
 * Rows of other kinds (`Land`, the NL total) are skipped and counted. Columns are recognised
 * through cbs-mapping.ts; values CBS gives in thousands are multiplied into the catalogue's unit;
 * `.` is secret (never 0), `*` / `**` provisional. The year comes from a `Perioden` column, else
 * from `options.year`, else from a year in the file name (`kwb-2021.csv`); a note says which.
 */
import type { Area, AreaLevel } from '$lib/data/contract';
import {
	collectedResult,
	ObservationCollector,
	refusedResult,
	toObservation,
	type IngestResult
} from './collect';
import { cbsRegionRole, isCbsHeader, mapCbsColumn, type CbsRegionRole } from './cbs-mapping';
import type { Dialect } from './dialect';
import { parseYear, trimCode, type Catalogue, type Year } from './fields';
import { excerpt, hasFatal, problem, type Problem } from './problems';
import { readTable } from './table';
import { readValueColumns } from './wide';

export { isCbsHeader };

export interface CbsOptions {
	/** The year of every row, for a file without a `Perioden` column. */
	year?: number;
	/** The dropped file's name: a year in it (`kwb-2021.csv`) is the fallback for the year. */
	fileName?: string;
}

/** An area as a CBS file describes it. */
export type IngestedArea = Area;

const CODE_PATTERNS: Record<AreaLevel, RegExp> = {
	gemeente: /^GM\d{4}$/,
	// Wijk and buurt parts may be letters where a gemeente has ≥ 100 wijken (Amsterdam WK0363NH).
	wijk: /^WK\d{4}[0-9A-Z]{2}$/,
	buurt: /^BU\d{4}[0-9A-Z]{4}$/
};
const PREFIX_LEVEL: Record<string, AreaLevel> = { GM: 'gemeente', WK: 'wijk', BU: 'buurt' };
const KIND_LEVEL: Record<string, AreaLevel> = {
	gemeente: 'gemeente',
	wijk: 'wijk',
	buurt: 'buurt'
};

/** BU01930101 → WK019301 → GM0193 → null. */
export function parentCode(code: string, level: AreaLevel): string | null {
	if (level === 'buurt') return `WK${code.slice(2, 8)}`;
	if (level === 'wijk') return `GM${code.slice(2, 6)}`;
	return null;
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Years in a file name (`Kerncijfers_wijken_en_buurten_2024_11122025.csv` → [2024]), distinct. */
export function yearsInFileName(fileName: string): number[] {
	const found = [...baseName(fileName).matchAll(/(?<!\d)(?:19|20|21)\d{2}(?!\d)/g)].map((m) =>
		Number(m[0])
	);
	return [...new Set(found)];
}

/** StatLine's period code `2023JJ00` (a whole year) as `2023`; other texts unchanged. */
function periodText(raw: string): string {
	return raw.trim().replace(/^(\d{4})JJ00(\s*\*{0,2})$/, '$1$2');
}

/** Multiplies out CBS's unit without binary noise: 250,5 × 1000 is 250500, not 250499.99999999997. */
function scale(value: number, factor: number): number {
	return factor === 1 ? value : Number((value * factor).toPrecision(15));
}

interface IndicatorColumn {
	index: number;
	name: string;
	id: string;
	factor: number;
}

export function parseCbs(
	text: string,
	dialect: Dialect,
	catalogue: Catalogue,
	options: CbsOptions = {}
): IngestResult {
	const { table, problems } = readTable(text, dialect);
	if (!table || hasFatal(problems)) return refusedResult(problems);
	const { header, headerLine, records } = table;

	const roleIndex = new Map<CbsRegionRole, number>();
	const indicators: IndicatorColumn[] = [];
	const unknownIndicators: string[] = [];
	const claimed = new Set<string>();
	header.forEach((name, index) => {
		if (name === '') return;
		const role = cbsRegionRole(name);
		if (role) {
			if (!roleIndex.has(role)) roleIndex.set(role, index);
			return;
		}
		const mapped = mapCbsColumn(name);
		if (!mapped) {
			// Once per column, not per row: most KWB columns are simply not in the catalogue.
			problems.push(problem('cbs_column_unmapped', headerLine, name, {}));
			return;
		}
		if (claimed.has(mapped.indicator)) {
			problems.push(
				problem('cbs_column_repeated', headerLine, name, { indicator: mapped.indicator })
			);
			return;
		}
		claimed.add(mapped.indicator);
		if (catalogue.indicatorIds.has(mapped.indicator)) {
			indicators.push({ index, name, id: mapped.indicator, factor: mapped.factor });
		} else {
			unknownIndicators.push(mapped.indicator);
			problems.push(
				problem('cbs_indicator_not_in_catalogue', headerLine, name, {
					indicator: mapped.indicator
				})
			);
		}
	});

	const codeIndex = roleIndex.get('code');
	if (codeIndex === undefined) {
		problems.push(problem('area_column_missing', headerLine, null, { candidates: 'Codering' }));
	}
	const yearIndex = roleIndex.get('period');
	let fixedYear: Year | null = null;
	if (yearIndex === undefined) {
		const fromName = options.fileName ? yearsInFileName(options.fileName) : [];
		if (options.year !== undefined) {
			const checked = parseYear(String(options.year), null, null);
			if (checked.ok) {
				fixedYear = checked.value;
				problems.push(problem('cbs_year_given', null, null, { year: fixedYear.year }));
			} else problems.push(checked.problem);
		} else if (fromName.length === 1) {
			const checked = parseYear(String(fromName[0]), null, null);
			if (checked.ok) {
				fixedYear = checked.value;
				problems.push(
					problem('cbs_year_from_file_name', null, null, {
						year: fixedYear.year,
						fileName: excerpt(baseName(options.fileName!))
					})
				);
			} else problems.push(checked.problem);
		} else {
			problems.push(
				problem('cbs_year_unknown', headerLine, null, {
					fileName: excerpt(baseName(options.fileName ?? '')),
					candidates: fromName.join(', ')
				})
			);
		}
	}
	if (indicators.length === 0)
		problems.push(problem('indicator_columns_none', headerLine, null, {}));
	if (hasFatal(problems)) {
		return { ...refusedResult(problems, records.length * indicators.length), unknownIndicators };
	}

	const { ragged, cells } = readValueColumns(records, header.length, indicators, dialect.decimal);

	const collector = new ObservationCollector();
	const areas = new Map<string, IngestedArea>();
	const skipped = new Map<string, number>();
	const width = indicators.length;
	let rejected = 0;
	let trimmed = 0;
	let read = 0;
	const field = (fields: string[], role: CbsRegionRole) => {
		const at = roleIndex.get(role);
		return at === undefined ? '' : fields[at].trim();
	};

	records.forEach((record, r) => {
		const { line, fields } = record;
		if (ragged[r]) {
			problems.push(ragged[r]);
			rejected += width;
			read += width;
			return;
		}
		const code = trimCode(fields[codeIndex!]);
		const kind = field(fields, 'kind');
		const prefixLevel = PREFIX_LEVEL[code.code.slice(0, 2)];
		const kindLevel = KIND_LEVEL[kind.toLowerCase()];
		const codeColumn = header[codeIndex!];
		if (!prefixLevel && !kindLevel) {
			// The NL total (`Land`, NL00) and other kinds of region are not areas of the dashboard.
			if (code.code !== '' && (kind !== '' || /^NL\d*$/.test(code.code))) {
				const label = kind || code.code;
				skipped.set(label, (skipped.get(label) ?? 0) + 1);
				return;
			}
			read += width;
			rejected += width;
			problems.push(
				code.code === ''
					? problem('area_missing', line, codeColumn, {})
					: problem('cbs_code_invalid', line, codeColumn, { value: excerpt(code.code) })
			);
			return;
		}
		read += width;
		if (code.trimmed) trimmed++;
		const level = kindLevel ?? prefixLevel;
		let rowProblem: Problem | null = null;
		if (kindLevel && prefixLevel && kindLevel !== prefixLevel) {
			rowProblem = problem('cbs_region_mismatch', line, codeColumn, {
				value: excerpt(code.code),
				kind: excerpt(kind)
			});
		} else if (!CODE_PATTERNS[level].test(code.code)) {
			rowProblem = problem('cbs_code_invalid', line, codeColumn, { value: excerpt(code.code) });
		}
		const year = fixedYear
			? ({ ok: true, value: fixedYear } as const)
			: parseYear(periodText(fields[yearIndex!]), line, header[yearIndex!]);
		if (rowProblem || !year.ok) {
			if (rowProblem) problems.push(rowProblem);
			if (!year.ok) problems.push(year.problem);
			rejected += width;
			return;
		}

		if (!areas.has(code.code)) {
			const name =
				field(fields, 'name') || (level === 'gemeente' ? field(fields, 'municipality') : '');
			areas.set(code.code, {
				code: code.code,
				name: name || code.code,
				level,
				parent_code: parentCode(code.code, level)
			});
		}
		indicators.forEach((column, c) => {
			const cell = cells[c][r];
			if (cell.kind === 'invalid') {
				problems.push(
					problem(cell.code, line, column.name, { value: excerpt(fields[column.index]) })
				);
				rejected++;
				return;
			}
			const scaled =
				cell.kind === 'number' ? { ...cell, value: scale(cell.value, column.factor) } : cell;
			collector.add(toObservation(code.code, column.id, year.value, scaled), line, column.name);
		});
	});

	for (const [kind, count] of skipped) {
		problems.push(problem('cbs_region_skipped', null, null, { kind: excerpt(kind), count }));
	}
	return {
		...collectedResult(
			collector,
			problems,
			{ read, rejected, trimmed },
			{ indicators: unknownIndicators, areas: [] }
		),
		areas: [...areas.values()]
	};
}
