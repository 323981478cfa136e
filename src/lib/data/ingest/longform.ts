/**
 * The project's long form (observations.csv: area_code, indicator_id, year, value, and an optional
 * status) → observations
 * checked against the catalogue, and a problem for every row or cell left out. One bad row never
 * stops the others; only a file that cannot be read as this table at all is refused.
 */
import { OBSERVATION_STATUS_WORDS, TABLE_SPECS, type ObservationStatus } from '$lib/data/contract';
import {
	collectedResult,
	ObservationCollector,
	refusedResult,
	toObservation,
	type IngestResult
} from './collect';
import type { Dialect } from './dialect';
import { checkArea, checkIndicator, parseYear, trimCode, type Catalogue } from './fields';
import { parseNumber, parseNumberColumn, type NumberCell } from './numbers';
import { excerpt, hasFatal, problem, type DecimalSeparator, type Problem } from './problems';
import {
	canReadUnquoted,
	raggedProblem,
	readTable,
	readUnquotedTable,
	type StreamedTable,
	type TableRecord
} from './table';

const SPEC_COLUMNS = TABLE_SPECS.find((t) => t.name === 'observations')!.columns;
const OBSERVATION_COLUMNS = SPEC_COLUMNS.map((c) => c.name) as readonly (
	'area_code' | 'indicator_id' | 'year' | 'value' | 'status'
)[];
/** A file may leave out the status column: every value is then definitive or plainly missing. */
const REQUIRED_COLUMNS = OBSERVATION_COLUMNS.filter(
	(_, i) => !SPEC_COLUMNS[i].mayBeAbsent
) as readonly ('area_code' | 'indicator_id' | 'year' | 'value')[];

/** The Dutch headers of the dashboard's own CSV export (export/rows.ts), read as the contract's. */
const DUTCH_HEADERS: Readonly<Record<string, string>> = {
	gebiedscode: 'area_code',
	jaar: 'year',
	waarde: 'value'
};

/** A status cell in either language (lower case); empty is a definitive or plainly missing value. */
const STATUS_WORDS: ReadonlyMap<string, ObservationStatus | null> = new Map([
	['', null],
	...Object.values(OBSERVATION_STATUS_WORDS).flatMap((words) =>
		Object.entries(words).map(([status, word]) => [word, status as ObservationStatus] as const)
	)
]);

/** The status a row gives its value, or undefined when status and value do not fit together. */
function statusOf(text: string, value: NumberCell): ObservationStatus | null | undefined {
	const status = STATUS_WORDS.get(text.trim().toLowerCase());
	if (status === 'provisional') return value.kind === 'number' ? status : undefined;
	if (status === 'secret')
		return value.kind === 'missing' || value.kind === 'secret' ? status : undefined;
	return status;
}

/**
 * Column positions by contract name, matched case-insensitively: a header written `Year` or
 * `AREA_CODE` is still plainly the contract's column. All four must be there; `value` may be empty
 * in a row (a missing value), but a file without the column is not this table.
 */
function locateColumns(header: readonly string[]): Map<string, number> {
	const at = new Map<string, number>();
	header.forEach((name, i) => {
		const key = DUTCH_HEADERS[name.toLowerCase()] ?? name.toLowerCase();
		if ((OBSERVATION_COLUMNS as readonly string[]).includes(key) && !at.has(key)) at.set(key, i);
	});
	return at;
}

/** Whether a header is the long form (has the columns only the long form has). */
export function isLongFormHeader(header: readonly string[]): boolean {
	const at = locateColumns(header.map((h) => h.trim()));
	return at.has('indicator_id') && at.has('value');
}

type Column = { index: number; name: string };
type Columns = Record<(typeof REQUIRED_COLUMNS)[number], Column> & { status: Column | null };

/** Where the contract's columns are, with the problems of a header that lacks or adds some. */
function contractColumns(
	header: readonly string[],
	headerLine: number | null,
	problems: Problem[]
): Columns | null {
	const at = locateColumns(header);
	for (const name of REQUIRED_COLUMNS) {
		if (!at.has(name)) problems.push(problem('column_missing', headerLine, name, {}));
	}
	header.forEach((name, i) => {
		if (name !== '' && ![...at.values()].includes(i)) {
			problems.push(problem('column_ignored', headerLine, name, {}));
		}
	});
	if (hasFatal(problems)) return null;
	const col = (name: (typeof OBSERVATION_COLUMNS)[number]) => ({
		index: at.get(name)!,
		name: header[at.get(name)!]
	});
	return {
		area_code: col('area_code'),
		indicator_id: col('indicator_id'),
		year: col('year'),
		value: col('value'),
		status: at.has('status') ? col('status') : null
	};
}

/**
 * Checks one record after another against the catalogue and gathers the result. The one place
 * that decides about a row, whichever reader delivered it.
 */
class RowChecker {
	readonly collector = new ObservationCollector();
	readonly unknownIndicators = new Set<string>();
	readonly unknownAreas = new Set<string>();
	read = 0;
	rejected = 0;
	trimmed = 0;

	constructor(
		private readonly columns: Columns,
		private readonly width: number,
		private readonly catalogue: Catalogue,
		private readonly problems: Problem[]
	) {}

	/** `value`: the value cell as read (null: the record is ragged, so it has none). */
	check(record: TableRecord, value: NumberCell | null): void {
		const { line, fields } = record;
		const {
			area_code: area,
			indicator_id: indicator,
			year: yearCol,
			value: valueCol,
			status: statusCol
		} = this.columns;
		const { catalogue, problems } = this;
		this.read++;
		const ragged = raggedProblem(record, this.width);
		if (ragged || value === null) {
			if (ragged) problems.push(ragged);
			this.rejected++;
			return;
		}
		if (record.lines > 1) {
			// No contract field can hold a newline: a record over several lines is a quote gone wrong.
			problems.push(problem('field_multiline', line, null, { lines: record.lines }));
			this.rejected++;
			return;
		}

		const rowProblems: Problem[] = [];
		const areaCode = trimCode(fields[area.index]);
		const indicatorId = trimCode(fields[indicator.index]);
		if (areaCode.trimmed || indicatorId.trimmed) this.trimmed++;
		const areaCheck = checkArea(areaCode.code, catalogue, line, area.name);
		const indicatorCheck = checkIndicator(indicatorId.code, catalogue, line, indicator.name);
		const yearCheck = parseYear(fields[yearCol.index], line, yearCol.name);
		if (!areaCheck.ok) {
			rowProblems.push(areaCheck.problem);
			if (areaCheck.problem.code === 'area_unknown') this.unknownAreas.add(excerpt(areaCode.code));
		}
		if (!indicatorCheck.ok) {
			rowProblems.push(indicatorCheck.problem);
			if (indicatorCheck.problem.code === 'indicator_unknown')
				this.unknownIndicators.add(excerpt(indicatorId.code));
		}
		if (!yearCheck.ok) rowProblems.push(yearCheck.problem);
		if (value.kind === 'invalid') {
			rowProblems.push(
				problem(value.code, line, valueCol.name, { value: excerpt(fields[valueCol.index]) })
			);
		}

		const statusText = statusCol ? (fields[statusCol.index] ?? '') : '';
		const status = value.kind === 'invalid' ? null : statusOf(statusText, value);
		if (status === undefined) {
			rowProblems.push(
				problem('status_invalid', line, statusCol!.name, { value: excerpt(statusText) })
			);
		}

		if (
			!areaCheck.ok ||
			!indicatorCheck.ok ||
			!yearCheck.ok ||
			value.kind === 'invalid' ||
			status === undefined
		) {
			problems.push(...rowProblems);
			this.rejected++;
			return;
		}
		const observation = toObservation(
			areaCheck.value,
			indicatorCheck.value,
			yearCheck.value,
			value
		);
		if (status) observation.status = status;
		this.collector.add(observation, line, valueCol.name);
	}

	result(problems: Problem[]): IngestResult {
		return collectedResult(
			this.collector,
			problems,
			{ read: this.read, rejected: this.rejected, trimmed: this.trimmed },
			{ indicators: this.unknownIndicators, areas: this.unknownAreas }
		);
	}
}

/** Thrown by the streamed reading when a value needs the whole column to be read (`1.500`). */
class NeedsWholeColumn extends Error {}

/**
 * The common case, fast: a file without quotes, read line by line without building a record
 * list. Null when a value cell can only be read with the whole column in view; the caller then
 * reads the file the general way, so the outcome is always the same.
 */
function parseUnquoted(text: string, dialect: Dialect, catalogue: Catalogue): IngestResult | null {
	const { table, problems } = readUnquotedTable(text, dialect);
	if (!table || hasFatal(problems)) return refusedResult(problems, 0);
	const columns = contractColumns(table.header, table.headerLine, problems);
	if (!columns) return refusedResult(problems, countRecords(table));
	const checker = new RowChecker(columns, table.header.length, catalogue, problems);
	const valueAt = columns.value.index;
	const width = table.header.length;
	try {
		for (const record of table.records()) {
			if (record.fields.length !== width) {
				checker.check(record, null);
				continue;
			}
			const value = parseNumber(record.fields[valueAt], dialect.decimal);
			// Only a cell that could be grouping or a decimal depends on the rest of the column.
			if (value.kind === 'invalid' && value.code === 'number_grouping_ambiguous')
				throw new NeedsWholeColumn();
			checker.check(record, value);
		}
	} catch (error) {
		if (error instanceof NeedsWholeColumn) return null;
		throw error;
	}
	return checker.result(problems);
}

function countRecords(table: StreamedTable): number {
	let n = 0;
	const records = table.records();
	while (!records.next().done) n++;
	return n;
}

export function parseLongForm(text: string, dialect: Dialect, catalogue: Catalogue): IngestResult {
	if (canReadUnquoted(text)) {
		const result = parseUnquoted(text, dialect, catalogue);
		if (result) return result;
	}
	const { table, problems } = readTable(text, dialect);
	if (!table || hasFatal(problems)) return refusedResult(problems, table?.records.length ?? 0);
	return checkLongFormRecords(table, dialect.decimal, catalogue, problems);
}

/**
 * Records already split into cells (a CSV's, or the rows of a Parquet file as text) → the
 * observations, checked row by row exactly as a CSV's. `headerLine` null: the column names are
 * on no line (a Parquet file's schema), so the problems about columns name only the column.
 */
export function checkLongFormRecords(
	table: { header: readonly string[]; headerLine: number | null; records: readonly TableRecord[] },
	decimal: DecimalSeparator,
	catalogue: Catalogue,
	problems: Problem[] = []
): IngestResult {
	const { header, headerLine, records } = table;
	const columns = contractColumns(header, headerLine, problems);
	if (!columns) return refusedResult(problems, records.length);

	// The value column is read as a whole: whether `1.500` is 1500 depends on its other cells.
	const values: NumberCell[] = parseNumberColumn(
		records.map((r) =>
			r.fields.length === header.length ? (r.fields[columns.value.index] ?? '') : ''
		),
		decimal
	);
	const checker = new RowChecker(columns, header.length, catalogue, problems);
	records.forEach((record, i) =>
		checker.check(record, record.fields.length === header.length ? values[i] : null)
	);
	return checker.result(problems);
}
