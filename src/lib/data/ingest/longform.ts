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
import { parseNumberColumn, type NumberCell } from './numbers';
import { excerpt, hasFatal, problem, type Problem } from './problems';
import { raggedProblem, readTable } from './table';

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

export function parseLongForm(text: string, dialect: Dialect, catalogue: Catalogue): IngestResult {
	const { table, problems } = readTable(text, dialect);
	if (!table || hasFatal(problems)) return refusedResult(problems, table?.records.length ?? 0);
	const { header, headerLine, records } = table;

	const at = locateColumns(header);
	for (const name of REQUIRED_COLUMNS) {
		if (!at.has(name)) problems.push(problem('column_missing', headerLine, name, {}));
	}
	header.forEach((name, i) => {
		if (name !== '' && ![...at.values()].includes(i)) {
			problems.push(problem('column_ignored', headerLine, name, {}));
		}
	});
	if (hasFatal(problems)) return refusedResult(problems, records.length);

	const col = (name: (typeof OBSERVATION_COLUMNS)[number]) => ({
		index: at.get(name)!,
		name: header[at.get(name)!]
	});
	const area = col('area_code');
	const indicator = col('indicator_id');
	const yearCol = col('year');
	const valueCol = col('value');
	const statusCol = at.has('status') ? col('status') : null;

	const ragged = records.map((r) => raggedProblem(r, header.length));
	// The value column is read as a whole: whether `1.500` is 1500 depends on its other cells.
	const values: NumberCell[] = parseNumberColumn(
		records.map((r, i) => (ragged[i] ? '' : (r.fields[valueCol.index] ?? ''))),
		dialect.decimal
	);

	const collector = new ObservationCollector();
	const unknownIndicators = new Set<string>();
	const unknownAreas = new Set<string>();
	let rejected = 0;
	let trimmed = 0;

	records.forEach((record, i) => {
		const { line, fields } = record;
		const rowProblems: Problem[] = [];
		if (ragged[i]) {
			problems.push(ragged[i]);
			rejected++;
			return;
		}
		if (record.lines > 1) {
			// No contract field can hold a newline: a record over several lines is a quote gone wrong.
			problems.push(problem('field_multiline', line, null, { lines: record.lines }));
			rejected++;
			return;
		}

		const areaCode = trimCode(fields[area.index]);
		const indicatorId = trimCode(fields[indicator.index]);
		if (areaCode.trimmed || indicatorId.trimmed) trimmed++;
		const areaCheck = checkArea(areaCode.code, catalogue, line, area.name);
		const indicatorCheck = checkIndicator(indicatorId.code, catalogue, line, indicator.name);
		const yearCheck = parseYear(fields[yearCol.index], line, yearCol.name);
		if (!areaCheck.ok) {
			rowProblems.push(areaCheck.problem);
			if (areaCheck.problem.code === 'area_unknown') unknownAreas.add(excerpt(areaCode.code));
		}
		if (!indicatorCheck.ok) {
			rowProblems.push(indicatorCheck.problem);
			if (indicatorCheck.problem.code === 'indicator_unknown')
				unknownIndicators.add(excerpt(indicatorId.code));
		}
		if (!yearCheck.ok) rowProblems.push(yearCheck.problem);
		const value = values[i];
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
			rejected++;
			return;
		}
		const observation = toObservation(
			areaCheck.value,
			indicatorCheck.value,
			yearCheck.value,
			value
		);
		if (status) observation.status = status;
		collector.add(observation, line, valueCol.name);
	});

	return collectedResult(
		collector,
		problems,
		{ read: records.length, rejected, trimmed },
		{ indicators: unknownIndicators, areas: unknownAreas }
	);
}
