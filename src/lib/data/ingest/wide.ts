/**
 * A wide table (one row per area, or per area and year; one column per indicator) → the same
 * observations and problems as the long form. This is how CBS, Leefbaarometer and most
 * spreadsheets publish. Problems name the column of the offending cell; a bad cell costs only
 * that cell, a bad area or year costs its row.
 */
import {
	collectedResult,
	ObservationCollector,
	refusedResult,
	toObservation,
	type IngestResult
} from './collect';
import type { Dialect } from './dialect';
import { checkArea, parseYear, trimCode, type Catalogue, type Year } from './fields';
import { parseNumberColumn, type NumberCell } from './numbers';
import { excerpt, hasFatal, problem, type DecimalSeparator, type Problem } from './problems';
import { raggedProblem, readTable, type TableRecord } from './table';

export interface WideOptions {
	/** The year of every row, for a table without a year column. */
	year?: number;
	/** The column that holds area codes, when its name is not one of AREA_COLUMN_NAMES. */
	areaColumn?: string;
	/** Column name → indicator id, for columns not named by their id (CBS labels, say). */
	columns?: Readonly<Record<string, string>>;
}

/** Names of an area-code column, compared after `columnKey`. */
export const AREA_COLUMN_NAMES: readonly string[] = [
	'area_code',
	'code',
	'gebiedscode',
	'regiocode',
	'codering',
	'statcode',
	'gwb_code',
	'gm_code',
	'wk_code',
	'bu_code',
	'gemeentecode',
	'wijkcode',
	'buurtcode'
];
/** Names of a year column, compared after `columnKey`. `perioden` is StatLine's. */
export const YEAR_COLUMN_NAMES: readonly string[] = ['year', 'jaar', 'perioden'];

/**
 * A header reduced to what it names: lower case, the last segment of a StatLine theme path, no
 * trailing unit or explanation in brackets. `Regioaanduiding/Codering (code)` → `codering`,
 * `Regiocode (gemeente, wijk, buurt) (code)` → `regiocode`.
 */
export function columnKey(name: string): string {
	const last = name.split('/').pop() ?? name;
	return last
		.replace(/(\s*\([^()]*\))+\s*$/, '')
		.trim()
		.toLowerCase();
}

/**
 * Each record's ragged check, and the number cells of each value column. Each column is read as a
 * whole: whether `1.500` is 1500 depends on its other cells. A ragged record's cells read as empty.
 */
export function readValueColumns(
	records: readonly TableRecord[],
	width: number,
	columns: readonly { index: number }[],
	decimal: DecimalSeparator
): { ragged: (Problem | null)[]; cells: NumberCell[][] } {
	const ragged = records.map((r) => raggedProblem(r, width));
	const cells = columns.map((c) =>
		parseNumberColumn(
			records.map((r, i) => (ragged[i] ? '' : (r.fields[c.index] ?? ''))),
			decimal
		)
	);
	return { ragged, cells };
}

interface IndicatorColumn {
	index: number;
	name: string;
	id: string;
}

export function parseWide(
	text: string,
	dialect: Dialect,
	catalogue: Catalogue,
	options: WideOptions = {}
): IngestResult {
	const { table, problems } = readTable(text, dialect);
	if (!table || hasFatal(problems)) return refusedResult(problems);
	const { header, headerLine, records } = table;

	// Which column is what.
	let areaIndex = -1;
	if (options.areaColumn !== undefined) {
		areaIndex = header.findIndex(
			(h) => h.toLowerCase() === options.areaColumn!.trim().toLowerCase()
		);
		if (areaIndex === -1) {
			problems.push(
				problem('area_column_missing', headerLine, null, { candidates: options.areaColumn })
			);
		}
	} else {
		const matches = header.flatMap((h, i) => (AREA_COLUMN_NAMES.includes(columnKey(h)) ? [i] : []));
		const exact = matches.filter((i) => header[i].toLowerCase() === 'area_code');
		if (matches.length === 1 || exact.length === 1) areaIndex = exact[0] ?? matches[0];
		else if (matches.length === 0) {
			problems.push(
				problem('area_column_missing', headerLine, null, {
					candidates: AREA_COLUMN_NAMES.join(', ')
				})
			);
		} else {
			problems.push(
				problem('area_column_ambiguous', headerLine, null, {
					columns: matches.map((i) => header[i]).join(', ')
				})
			);
		}
	}
	const yearIndex = header.findIndex(
		(h, i) => i !== areaIndex && YEAR_COLUMN_NAMES.includes(columnKey(h))
	);
	if (yearIndex === -1 && options.year === undefined) {
		problems.push(problem('year_column_missing', headerLine, null, {}));
	}

	const indicators: IndicatorColumn[] = [];
	const unknownIndicators: string[] = [];
	header.forEach((name, index) => {
		if (index === areaIndex || index === yearIndex || name === '') return;
		const id = options.columns?.[name] ?? name;
		if (catalogue.indicatorIds.has(id)) indicators.push({ index, name, id });
		else {
			unknownIndicators.push(name);
			problems.push(problem('indicator_column_unknown', headerLine, name, {}));
		}
	});
	if (indicators.length === 0)
		problems.push(problem('indicator_columns_none', headerLine, null, {}));
	if (hasFatal(problems)) {
		return { ...refusedResult(problems, records.length * indicators.length), unknownIndicators };
	}

	let fixedYear: Year | null = null;
	if (yearIndex === -1) {
		const checked = parseYear(String(options.year), null, null);
		if (!checked.ok) {
			return {
				...refusedResult([...problems, checked.problem], records.length * indicators.length),
				unknownIndicators
			};
		}
		fixedYear = checked.value;
	}

	const { ragged, cells } = readValueColumns(records, header.length, indicators, dialect.decimal);

	const collector = new ObservationCollector();
	const unknownAreas = new Set<string>();
	const width = indicators.length;
	let rejected = 0;
	let trimmed = 0;

	records.forEach((record, r) => {
		const { line, fields } = record;
		if (ragged[r]) {
			problems.push(ragged[r]);
			rejected += width;
			return;
		}
		const used = [
			areaIndex,
			...(yearIndex === -1 ? [] : [yearIndex]),
			...indicators.map((c) => c.index)
		];
		const multiline = used.find((i) => fields[i].includes('\n'));
		if (multiline !== undefined) {
			problems.push(problem('field_multiline', line, header[multiline], { lines: record.lines }));
			rejected += width;
			return;
		}

		const rowProblems: Problem[] = [];
		const areaCode = trimCode(fields[areaIndex]);
		if (areaCode.trimmed) trimmed++;
		const area = checkArea(areaCode.code, catalogue, line, header[areaIndex]);
		if (!area.ok) {
			rowProblems.push(area.problem);
			if (area.problem.code === 'area_unknown') unknownAreas.add(excerpt(areaCode.code));
		}
		const year = fixedYear
			? ({ ok: true, value: fixedYear } as const)
			: parseYear(fields[yearIndex], line, header[yearIndex]);
		if (!year.ok) rowProblems.push(year.problem);
		if (!area.ok || !year.ok) {
			problems.push(...rowProblems);
			rejected += width;
			return;
		}

		indicators.forEach((column, c) => {
			const value = cells[c][r];
			if (value.kind === 'invalid') {
				problems.push(
					problem(value.code, line, column.name, { value: excerpt(fields[column.index]) })
				);
				rejected++;
				return;
			}
			collector.add(toObservation(area.value, column.id, year.value, value), line, column.name);
		});
	});

	return collectedResult(
		collector,
		problems,
		{ read: records.length * width, rejected, trimmed },
		{ indicators: unknownIndicators, areas: unknownAreas }
	);
}
