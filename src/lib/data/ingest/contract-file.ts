/**
 * The catalogue files a user may drop next to observations, in the data contract's columns:
 * areas.csv (new areas, e.g. the wijken of their own gemeente), indicators.csv (new indicators)
 * and targets.csv (their prestatieafspraken). Recognised by their header, checked cell by cell
 * with the same problems as observations: one bad row is left out, the rest is kept.
 */
import { MAX_DESCRIPTION_LENGTH, splitList } from '$lib/analysis/intervention-draft';
import { MAX_TEXT_LENGTH } from '$lib/analysis/target-draft';
import { AREA_LEVELS, DIRECTIONS, THEMES, type TableSpec } from '$lib/data/contract';
import type { IngestCounts } from './collect';
import { decodeBytes, type TextEncoding } from './decode';
import { detectDialect, type Dialect } from './dialect';
import { checkArea, checkIndicator, parseYear, type Catalogue, type Checked } from './fields';
import { parseNumber } from './numbers';
import { excerpt, hasFatal, problem, sortProblems, type Problem } from './problems';
import { raggedProblem, readTable } from './table';

/**
 * The catalogue files an upload may bring along (series breaks come with the bundled data only;
 * interventions are imported on /afspraken, not on /data).
 */
export type CatalogueTable = Exclude<
	TableSpec['name'],
	'observations' | 'breaks' | 'interventions'
>;

/** The contract files read here, cell by cell: the catalogue files and an interventions CSV. */
export type CheckedTable = CatalogueTable | 'interventions';

type CellValue = string | number | null;
type CellRule = (
	raw: string,
	line: number,
	column: string,
	context: { dialect: Dialect; catalogue: Catalogue }
) => Checked<CellValue>;

/**
 * Codes and ids become part of a URL (`/wijk/<code>/`) and of the catalogue: letters, digits,
 * `_` and `-` only.
 */
export const CODE_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
/** Indicator ids are snake_case, as in indicators.csv. */
export const INDICATOR_ID_PATTERN = /^[a-z][a-z0-9_]{0,59}$/;

const invalid = (raw: string, line: number, column: string, expected: string) =>
	({
		ok: false,
		problem: problem('cell_invalid', line, column, { value: excerpt(raw.trim()), expected })
	}) as const;
const required = (line: number, column: string) =>
	({ ok: false, problem: problem('cell_required', line, column, {}) }) as const;

const text =
	(optional = false): CellRule =>
	(raw, line, column) => {
		const value = raw.trim();
		if (value === '') return optional ? { ok: true, value: null } : required(line, column);
		return { ok: true, value };
	};

const matching =
	(pattern: RegExp, expected: string, optional = false): CellRule =>
	(raw, line, column) => {
		const value = raw.trim();
		if (value === '') return optional ? { ok: true, value: null } : required(line, column);
		return pattern.test(value) ? { ok: true, value } : invalid(raw, line, column, expected);
	};

const oneOf =
	(allowed: readonly string[]): CellRule =>
	(raw, line, column) => {
		const value = raw.trim().toLowerCase();
		if (value === '') return required(line, column);
		return allowed.includes(value)
			? { ok: true, value }
			: invalid(raw, line, column, allowed.join(', '));
	};

const wholeNumber =
	(min: number, max: number): CellRule =>
	(raw, line, column) => {
		const value = raw.trim();
		if (value === '') return required(line, column);
		const n = /^\d+$/.test(value) ? Number(value) : NaN;
		return n >= min && n <= max
			? { ok: true, value: n }
			: invalid(raw, line, column, `${min}–${max}`);
	};

/** Text of at most `max` characters. */
const shortText =
	(max: number, optional = false): CellRule =>
	(raw, line, column, context) => {
		const checked = text(optional)(raw, line, column, context);
		return checked.ok && typeof checked.value === 'string' && checked.value.length > max
			? invalid(raw, line, column, `≤ ${max}`)
			: checked;
	};

const optionalMonth: CellRule = (raw, line, column, context) =>
	raw.trim() === '' ? { ok: true, value: null } : wholeNumber(1, 12)(raw, line, column, context);

/** Known indicator ids separated by `;`, written back as `a;b`; empty: none. */
const knownIndicatorList: CellRule = (raw, line, column, { catalogue }) => {
	const ids = splitList(raw);
	for (const id of ids) {
		const checked = checkIndicator(id, catalogue, line, column);
		if (!checked.ok) return checked;
	}
	return { ok: true, value: ids.length === 0 ? null : ids.join(';') };
};

const year: CellRule = (raw, line, column) => {
	const checked = parseYear(raw, line, column);
	return checked.ok ? { ok: true, value: checked.value.year } : checked;
};

const number: CellRule = (raw, line, column, { dialect }) => {
	const cell = parseNumber(raw, dialect.decimal, { cbsSentinels: false });
	if (cell.kind === 'number') return { ok: true, value: cell.value };
	if (cell.kind === 'invalid')
		return { ok: false, problem: problem(cell.code, line, column, { value: excerpt(raw) }) };
	return required(line, column);
};

const knownArea: CellRule = (raw, line, column, { catalogue }) =>
	checkArea(raw.trim(), catalogue, line, column);
const knownIndicator: CellRule = (raw, line, column, { catalogue }) =>
	checkIndicator(raw.trim(), catalogue, line, column);

interface ColumnRule {
	name: string;
	rule: CellRule;
	/** The value when the file has no such column; absent: the column must be there. */
	fallback?: (row: Record<string, CellValue>) => CellValue;
}

const CODE_EXPECTED = 'A–Z, a–z, 0–9, _, -';

const RULES: Record<CheckedTable, { key: string | null; columns: ColumnRule[] }> = {
	areas: {
		key: 'code',
		columns: [
			{ name: 'code', rule: matching(CODE_PATTERN, CODE_EXPECTED) },
			{ name: 'name', rule: text() },
			{ name: 'level', rule: oneOf(AREA_LEVELS) },
			{
				name: 'parent_code',
				rule: matching(CODE_PATTERN, CODE_EXPECTED, true),
				fallback: () => null
			}
		]
	},
	indicators: {
		key: 'id',
		columns: [
			{ name: 'id', rule: matching(INDICATOR_ID_PATTERN, 'a–z, 0–9, _') },
			{ name: 'theme', rule: oneOf(THEMES) },
			{ name: 'label_nl', rule: text() },
			{ name: 'label_en', rule: text(), fallback: (row) => row.label_nl },
			{ name: 'unit', rule: text(true), fallback: () => '' },
			{ name: 'direction', rule: oneOf(DIRECTIONS) },
			{ name: 'decimals', rule: wholeNumber(0, 6), fallback: () => 1 },
			{ name: 'source', rule: text(true), fallback: () => '' },
			{ name: 'description_nl', rule: text(true), fallback: () => null },
			{ name: 'description_en', rule: text(true), fallback: () => null }
		]
	},
	targets: {
		key: null,
		columns: [
			{ name: 'area_code', rule: knownArea },
			{ name: 'indicator_id', rule: knownIndicator },
			{ name: 'baseline_year', rule: year },
			{ name: 'target_year', rule: year },
			{ name: 'target_value', rule: number },
			{ name: 'agreement', rule: text() },
			{ name: 'parties', rule: text(true), fallback: () => null }
		]
	},
	interventions: {
		key: null,
		columns: [
			{ name: 'area_code', rule: knownArea },
			{ name: 'year', rule: year },
			{ name: 'month', rule: optionalMonth, fallback: () => null },
			{ name: 'title', rule: shortText(MAX_TEXT_LENGTH) },
			{ name: 'description', rule: shortText(MAX_DESCRIPTION_LENGTH, true), fallback: () => null },
			{ name: 'indicator_ids', rule: knownIndicatorList, fallback: () => null }
		]
	}
};

/** Which catalogue file a header belongs to, by the columns only that file has; null: observations. */
export function catalogueTableOf(header: readonly string[]): CatalogueTable | null {
	const names = new Set(header.map((h) => h.trim().toLowerCase()));
	if (names.has('target_value') && names.has('target_year')) return 'targets';
	if (names.has('id') && names.has('theme') && names.has('direction')) return 'indicators';
	if (names.has('code') && names.has('name') && names.has('level')) return 'areas';
	return null;
}

export interface CatalogueFileResult {
	rows: Record<string, CellValue>[];
	problems: Problem[];
	counts: IngestCounts;
}

export function parseCatalogueFile(
	text: string,
	dialect: Dialect,
	table: CheckedTable,
	catalogue: Catalogue
): CatalogueFileResult {
	const refused = (problems: Problem[], read = 0): CatalogueFileResult => ({
		rows: [],
		problems,
		counts: { read, accepted: 0, rejected: read, duplicates: 0 }
	});
	const { table: read, problems } = readTable(text, dialect);
	if (!read || hasFatal(problems)) return refused(problems, read?.records.length ?? 0);
	const { header, headerLine, records } = read;
	const { key, columns } = RULES[table];

	const at = new Map(header.map((name, i) => [name.toLowerCase(), i]));
	for (const c of columns) {
		if (!at.has(c.name) && !c.fallback)
			problems.push(problem('column_missing', headerLine, c.name, {}));
	}
	header.forEach((name) => {
		if (name !== '' && !columns.some((c) => c.name === name.toLowerCase()))
			problems.push(problem('column_ignored', headerLine, name, {}));
	});
	if (hasFatal(problems)) return refused(problems, records.length);

	const rows: Record<string, CellValue>[] = [];
	const firstLine = new Map<CellValue, number>();
	const context = { dialect, catalogue };
	let rejected = 0;
	for (const record of records) {
		const ragged = raggedProblem(record, header.length);
		if (ragged) {
			problems.push(ragged);
			rejected++;
			continue;
		}
		const row: Record<string, CellValue> = {};
		const rowProblems: Problem[] = [];
		for (const c of columns) {
			const index = at.get(c.name);
			if (index === undefined) continue;
			const checked = c.rule(record.fields[index], record.line, header[index], context);
			if (checked.ok) row[c.name] = checked.value;
			else rowProblems.push(checked.problem);
		}
		for (const c of columns) if (!at.has(c.name)) row[c.name] = c.fallback!(row);
		if (
			rowProblems.length === 0 &&
			table === 'targets' &&
			(row.target_year as number) <= (row.baseline_year as number)
		) {
			const column = header[at.get('target_year')!];
			rowProblems.push(
				problem('cell_invalid', record.line, column, {
					value: String(row.target_year),
					expected: `> ${row.baseline_year}`
				})
			);
		}
		if (rowProblems.length > 0) {
			problems.push(...rowProblems);
			rejected++;
			continue;
		}
		if (key !== null) {
			const first = firstLine.get(row[key]);
			if (first !== undefined) {
				problems.push(
					problem('key_duplicate', record.line, header[at.get(key)!], { firstRow: first })
				);
				rejected++;
				continue;
			}
			firstLine.set(row[key], record.line);
		}
		rows.push(row);
	}
	return {
		rows,
		problems,
		counts: { read: records.length, accepted: rows.length, rejected, duplicates: 0 }
	};
}

export interface CheckedFileResult extends CatalogueFileResult {
	encoding: TextEncoding | null;
}

/**
 * A whole file of one contract table, from its bytes: decoded, its dialect detected, then checked
 * cell by cell. What /afspraken imports (targets, interventions), with the problems of /data.
 */
export function readCheckedFile(
	bytes: Uint8Array,
	table: CheckedTable,
	catalogue: Catalogue
): CheckedFileResult {
	const none = { read: 0, accepted: 0, rejected: 0, duplicates: 0 };
	const { decoded, problems: decodeProblems } = decodeBytes(bytes);
	if (!decoded) return { rows: [], encoding: null, problems: decodeProblems, counts: none };
	const { dialect, problems: dialectProblems } = detectDialect(decoded.text);
	const early = [...decodeProblems, ...dialectProblems];
	if (!dialect || hasFatal(early))
		return { rows: [], encoding: decoded.encoding, problems: early, counts: none };
	const result = parseCatalogueFile(decoded.text, dialect, table, catalogue);
	return {
		...result,
		encoding: decoded.encoding,
		problems: sortProblems([...early, ...result.problems])
	};
}

/**
 * A new area proposed for a code that is not in the catalogue. A CBS code says its level and its
 * parent (`BU01930101` lies in `WK019301`, which lies in `GM0193`); any other code becomes a wijk
 * without a parent. The user can change both before adding it.
 */
export function areaFromCode(code: string): {
	code: string;
	name: string;
	level: (typeof AREA_LEVELS)[number];
	parent_code: string | null;
} {
	const cbs = /^(GM|WK|BU)(\d{4})(\d{2})?(\d{2})?$/.exec(code);
	if (cbs && cbs[1] === 'GM' && !cbs[3])
		return { code, name: code, level: 'gemeente', parent_code: null };
	if (cbs && cbs[1] === 'WK' && cbs[3] && !cbs[4])
		return { code, name: code, level: 'wijk', parent_code: `GM${cbs[2]}` };
	if (cbs && cbs[1] === 'BU' && cbs[3] && cbs[4])
		return { code, name: code, level: 'buurt', parent_code: `WK${cbs[2]}${cbs[3]}` };
	return { code, name: code, level: 'wijk', parent_code: null };
}
