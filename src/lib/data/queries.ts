/**
 * Every SQL statement of the project, each behind a typed function.
 * Values are always bound parameters; identifiers come only from the contract (contract.ts).
 */
import { TABLE_SPECS, type Area, type Indicator, type TableSpec } from './contract';
import { sqlStringLiteral, type Engine } from './engine';

function columnsStruct(spec: TableSpec): string {
	return `{${spec.columns.map((c) => `'${c.name}': '${c.type}'`).join(', ')}}`;
}

function createTableSql(spec: TableSpec): string {
	const columns = spec.columns.map((c) => `"${c.name}" ${c.type}${c.required ? ' NOT NULL' : ''}`);
	// Catalogue and area order are meaningful (the first indicator of a theme is its headline).
	const position = spec.name === 'indicators' || spec.name === 'areas' ? ['position INTEGER'] : [];
	return `CREATE OR REPLACE TABLE ${spec.name} (${[...columns, ...position, ...spec.constraints].join(', ')})`;
}

/**
 * Creates the contract tables from CSV files that follow the contract exactly.
 * Dialect and types are stated, never sniffed: these are our own files (uploads take the
 * validating ingest path instead).
 */
export async function loadContractTables(
	engine: Engine,
	fileLocation: (spec: TableSpec) => string | null
): Promise<void> {
	for (const spec of TABLE_SPECS) {
		await engine.query(createTableSql(spec));
		const location = fileLocation(spec);
		if (location === null) continue;
		const names = spec.columns.map((c) => `"${c.name}"`).join(', ');
		const position = spec.name === 'indicators' || spec.name === 'areas' ? ', row_number() OVER ()' : '';
		await engine.query(
			`INSERT INTO ${spec.name} SELECT ${names}${position} FROM read_csv(${sqlStringLiteral(location)},
				header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
				nullstr = '', columns = ${columnsStruct(spec)})`
		);
	}
}

export interface DatasetSummary {
	firstYear: number | null;
	lastYear: number | null;
	observations: number;
	areas: number;
	indicators: number;
}

export async function datasetSummary(engine: Engine): Promise<DatasetSummary> {
	const [row] = await engine.query<DatasetSummary>(
		`SELECT min(year)::INTEGER AS "firstYear", max(year)::INTEGER AS "lastYear",
			count(*)::INTEGER AS observations,
			(SELECT count(*)::INTEGER FROM areas) AS areas,
			(SELECT count(*)::INTEGER FROM indicators) AS indicators
		FROM observations`
	);
	return row;
}

export function listIndicators(engine: Engine): Promise<Indicator[]> {
	return engine.query<Indicator>(
		`SELECT id, theme, label_nl, label_en, unit, direction, decimals, source,
			coalesce(description_nl, '') AS description_nl, coalesce(description_en, '') AS description_en
		FROM indicators ORDER BY position`
	);
}

export function listAreas(engine: Engine): Promise<Area[]> {
	return engine.query<Area>(
		`SELECT code, name, level, parent_code FROM areas ORDER BY position, code`
	);
}

export interface ObservationRow {
	area_code: string;
	indicator_id: string;
	year: number;
	value: number | null;
}

/** All observations of one or two areas (an area and its reference), every indicator. */
export function observationsForAreas(
	engine: Engine,
	areaCode: string,
	referenceCode: string | null
): Promise<ObservationRow[]> {
	return engine.query<ObservationRow>(
		`SELECT area_code, indicator_id, year, value FROM observations
		WHERE area_code = ? OR area_code = ?
		ORDER BY indicator_id, area_code, year`,
		[areaCode, referenceCode]
	);
}

export interface ChangeWindowRow {
	area_code: string;
	indicator_id: string;
	first_year: number;
	first_value: number;
	last_year: number;
	last_value: number;
}

/**
 * For every area of a level and every indicator: the first and the last observed value in
 * the window of `windowYears` years that ends at the indicator's latest year in the data.
 */
export function changeWindows(
	engine: Engine,
	level: Area['level'],
	windowYears: number
): Promise<ChangeWindowRow[]> {
	return engine.query<ChangeWindowRow>(
		`WITH latest AS (
			SELECT indicator_id, max(year) AS last_year FROM observations
			WHERE value IS NOT NULL GROUP BY indicator_id
		), windowed AS (
			SELECT o.area_code, o.indicator_id, o.year, o.value
			FROM observations o
			JOIN latest l ON l.indicator_id = o.indicator_id
			JOIN areas a ON a.code = o.area_code
			WHERE a.level = ? AND o.value IS NOT NULL AND o.year BETWEEN l.last_year - ? AND l.last_year
		)
		SELECT area_code, indicator_id,
			min(year)::INTEGER AS first_year, arg_min(value, year) AS first_value,
			max(year)::INTEGER AS last_year, arg_max(value, year) AS last_value
		FROM windowed GROUP BY area_code, indicator_id
		ORDER BY area_code, indicator_id`,
		[level, windowYears]
	);
}

/** Observations of the given indicators for every area of a level (sparklines on the overview). */
export function observationsForLevel(
	engine: Engine,
	level: Area['level'],
	indicatorIds: readonly string[]
): Promise<ObservationRow[]> {
	return engine.query<ObservationRow>(
		`SELECT o.area_code, o.indicator_id, o.year, o.value
		FROM observations o JOIN areas a ON a.code = o.area_code
		WHERE a.level = ? AND list_contains(?::VARCHAR[], o.indicator_id)
		ORDER BY o.area_code, o.indicator_id, o.year`,
		[level, JSON.stringify(indicatorIds)]
	);
}
