/**
 * Every SQL statement of the project, each behind a typed function.
 * Values are always bound parameters; identifiers come only from the contract (contract.ts).
 */
import { PROJECTION_WINDOW } from '$lib/analysis/targets';
import {
	TABLE_SPECS,
	type Area,
	type Indicator,
	type ObservationStatus,
	type Intervention,
	type SeriesBreak,
	type TableSpec,
	type Target
} from './contract';
import { sqlStringLiteral, type Engine } from './engine';
import { GEMEENTE_LEVEL_PARTITION } from './partition-protocol';

function columnsStruct(spec: TableSpec): string {
	return `{${spec.columns.map((c) => `'${c.name}': '${c.type}'`).join(', ')}}`;
}

const ORDERED_TABLES = new Set<TableSpec['name']>([
	'indicators',
	'areas',
	'targets',
	'interventions'
]);

/** A contract table's columns as SQL column definitions (NOT NULL where the contract requires). */
const columnSql = (spec: TableSpec) =>
	spec.columns.map((c) => `"${c.name}" ${c.type}${c.required ? ' NOT NULL' : ''}`);

function createTableSql(spec: TableSpec): string {
	const columns = columnSql(spec);
	// File order is meaningful: the first indicator of a theme is its headline, and targets are
	// shown in the order the agreement lists them.
	const position = ORDERED_TABLES.has(spec.name) ? ['position INTEGER'] : [];
	return `CREATE OR REPLACE TABLE ${spec.name} (${[...columns, ...position, ...spec.constraints].join(', ')})`;
}

/** The rows of a contract CSV (ours: bundled, or written by contract-csv.ts from checked uploads). */
function readContractCsv(spec: TableSpec, location: string): string {
	const names = spec.columns.map((c) => `"${c.name}"`).join(', ');
	// A file without the last columns (one stored before they existed, or the bundled CSVs, which
	// need no status) reads them as null.
	const padding = spec.columns.some((c) => c.mayBeAbsent) ? ', null_padding = true' : '';
	return `SELECT ${names} FROM read_csv(${sqlStringLiteral(location)},
		header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
		nullstr = '', allow_quoted_nulls = false${padding}, columns = ${columnsStruct(spec)})`;
}

/**
 * The rows of a contract file: CSV, or for the observations Parquet with the contract's columns
 * (a partitioned dataset's file, read whole on Node at build time; the browser reads it by row
 * group, partitions.ts). Columns the Parquet file lacks read as null.
 */
function readContractFile(spec: TableSpec, location: string): string {
	if (!location.endsWith('.parquet')) return readContractCsv(spec, location);
	const names = spec.columns
		.map((c) => (c.mayBeAbsent ? `NULL::${c.type} AS "${c.name}"` : `"${c.name}"::${c.type}`))
		.join(', ');
	// The copy of the gemeente level at the front of the file is for maps of all gemeenten.
	return `SELECT ${names} FROM read_parquet(${sqlStringLiteral(location)})
		WHERE gemeente_code IS DISTINCT FROM ${sqlStringLiteral(GEMEENTE_LEVEL_PARTITION)}`;
}

const columnDefinitions = (name: TableSpec['name']) =>
	columnSql(TABLE_SPECS.find((t) => t.name === name)!).join(',\n\t');

/**
 * Targets the user made in the editor: the contract's columns plus the id the browser store keys
 * them by. Kept apart from `targets` (which holds the files' rows) so that a file import never
 * touches them and only these are editable; queries read both through ALL_TARGETS.
 */
const CREATE_USER_TARGETS = `CREATE OR REPLACE TABLE user_targets (
	id VARCHAR PRIMARY KEY,
	${columnDefinitions('targets')},
	position INTEGER,
	CHECK (target_year > baseline_year)
)`;

/** Every target: the files' rows first (user_id null), then the user's own in the order made. */
const ALL_TARGETS = `(
	SELECT *, NULL::VARCHAR AS user_id FROM targets
	UNION ALL BY NAME
	SELECT * EXCLUDE (id, position), id AS user_id,
		(SELECT coalesce(max(position), 0) FROM targets) + position AS position
	FROM user_targets
)`;

export interface UserTarget extends Target {
	id: string;
}

/**
 * Replaces the user's targets in the engine with `targets`, values as bound parameters.
 * Run it inside `inTransaction`, so that a refused target leaves the previous ones in place.
 */
export async function replaceUserTargets(
	engine: Engine,
	targets: readonly UserTarget[]
): Promise<void> {
	tablesChanged(engine);
	await engine.query('DELETE FROM user_targets');
	for (const [i, t] of targets.entries()) {
		await engine.query(
			`INSERT INTO user_targets (id, area_code, indicator_id, baseline_year, target_year,
					target_value, agreement, parties, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			[
				t.id,
				t.area_code,
				t.indicator_id,
				t.baseline_year,
				t.target_year,
				t.target_value,
				t.agreement,
				t.parties === '' ? null : t.parties,
				i + 1
			]
		);
	}
}

/** How often each engine's tables were changed: tables derived from them rebuild when it moves. */
const changes = new WeakMap<Engine, number>();
const tablesChanged = (engine: Engine) => changes.set(engine, (changes.get(engine) ?? 0) + 1);

/** The tables prepareTargetQueries builds, by name. */
export interface TargetTables {
	/** Every observation of each (area, indicator) pair that has a target. */
	observations: string;
	/** Per such pair, the least-squares inputs over its last PROJECTION_WINDOW observed values. */
	fits: string;
}

const targetTablesBuilt = new WeakMap<Engine, { version: number; tables: Promise<TargetTables> }>();

/**
 * What the targets' statuses and sparklines read, kept as tables of their own and rebuilt after
 * the tables change: the observations of every (area, indicator) pair that has a target (a few
 * rows per target) and the fit of each such series. On the national dataset (6.4 million
 * observations) finding them costs a scan of all observations and the fits a window over the
 * series, seconds and a tenth of a second in duckdb-wasm, paid once when data is loaded or
 * changed (user-data.ts calls this right after) instead of on every visit to /afspraken or a
 * wijk page; the status query then only joins the targets to them.
 *
 * Each build makes new tables with the version in their names (the previous ones are dropped):
 * the browser engine keeps every statement prepared by its text, and DuckDB fails on a statement
 * prepared on a table that was since replaced, or refilled (an internal error). A new name
 * means new statements.
 */
export function prepareTargetQueries(engine: Engine): Promise<TargetTables> {
	const version = changes.get(engine) ?? 0;
	const built = targetTablesBuilt.get(engine);
	if (built?.version === version) return built.tables;
	const previous = built?.tables.catch(() => null);
	const tables = (async (): Promise<TargetTables> => {
		const observations = `target_observations_${version}`;
		const fits = `target_fits_${version}`;
		await engine.query(
			`CREATE OR REPLACE TEMP TABLE ${observations} AS
			SELECT o.area_code, o.indicator_id, o.year, o.value FROM observations o
			SEMI JOIN ${ALL_TARGETS} t ON t.area_code = o.area_code AND t.indicator_id = o.indicator_id
			ORDER BY o.area_code, o.indicator_id, o.year`
		);
		await engine.query(
			`CREATE OR REPLACE TEMP TABLE ${fits} AS
			WITH recent AS (
				SELECT area_code, indicator_id, year::DOUBLE AS x, value AS y
				FROM ${observations}
				WHERE value IS NOT NULL
				QUALIFY row_number() OVER (PARTITION BY area_code, indicator_id ORDER BY year DESC) <= ?
			)
			SELECT area_code, indicator_id,
				count(*)::INTEGER AS n,
				max(x)::INTEGER AS latest_year, arg_max(y, x) AS latest_value,
				min(x)::INTEGER AS from_year, avg(x) AS mean_x, avg(y) AS mean_y,
				regr_sxx(y, x) AS sxx, regr_slope(y, x) AS slope,
				CASE WHEN count(*) > 2 AND regr_sxx(y, x) > 0 THEN sqrt(
					greatest(0, regr_syy(y, x) - pow(regr_sxy(y, x), 2) / regr_sxx(y, x)) / (count(*) - 2)
				) END AS residual_sd
			FROM recent GROUP BY area_code, indicator_id`,
			[PROJECTION_WINDOW]
		);
		const old = await previous;
		if (old && old.observations !== observations)
			for (const table of [old.observations, old.fits])
				await engine.query(`DROP TABLE IF EXISTS ${table}`);
		return { observations, fits };
	})();
	targetTablesBuilt.set(engine, { version, tables });
	tables.catch(() => targetTablesBuilt.delete(engine));
	return tables;
}

/** The user's own interventions, apart from the files' rows for the same reason as user_targets. */
const CREATE_USER_INTERVENTIONS = `CREATE OR REPLACE TABLE user_interventions (
	id VARCHAR PRIMARY KEY,
	${columnDefinitions('interventions')},
	CHECK (month BETWEEN 1 AND 12)
)`;

export interface UserIntervention extends Intervention {
	id: string;
}

/** Replaces the user's interventions in the engine (inside `inTransaction`, as targets). */
export async function replaceUserInterventions(
	engine: Engine,
	interventions: readonly UserIntervention[]
): Promise<void> {
	await engine.query('DELETE FROM user_interventions');
	for (const i of interventions) {
		await engine.query(
			`INSERT INTO user_interventions (id, area_code, year, month, title, description, indicator_ids)
				VALUES (?, ?, ?, ?, ?, ?, ?)`,
			[
				i.id,
				i.area_code,
				i.year,
				i.month,
				i.title,
				i.description === '' ? null : i.description,
				i.indicator_ids === '' ? null : i.indicator_ids
			]
		);
	}
}

export interface InterventionRow extends Intervention {
	/** The store id of an intervention the user made; null for one from a file. */
	user_id: string | null;
}

/**
 * An area's interventions, the files' and the user's, in time order (an intervention without a
 * month first in its year). One statement per page: each chart picks its own from the list.
 */
export function interventionsForArea(engine: Engine, areaCode: string): Promise<InterventionRow[]> {
	return engine.query<InterventionRow>(
		`SELECT area_code, year, month, title, coalesce(description, '') AS description,
			coalesce(indicator_ids, '') AS indicator_ids, user_id
		FROM (
			SELECT *, NULL::VARCHAR AS user_id FROM interventions
			UNION ALL BY NAME
			SELECT * EXCLUDE (id), id AS user_id, NULL::INTEGER AS position FROM user_interventions
		)
		WHERE area_code = ?
		ORDER BY year, month NULLS FIRST, user_id NULLS FIRST, position, title`,
		[areaCode]
	);
}

const specOf = (name: TableSpec['name']) => TABLE_SPECS.find((t) => t.name === name)!;

/**
 * Creates the contract tables from CSV files that follow the contract exactly (null: the table
 * stays empty). Dialect and types are stated, never sniffed: these are our own files (uploads
 * take the validating ingest path first).
 */
export async function loadContractTables(
	engine: Engine,
	fileLocation: (spec: TableSpec) => string | null
): Promise<void> {
	tablesChanged(engine);
	await engine.query(CREATE_USER_TARGETS);
	await engine.query(CREATE_USER_INTERVENTIONS);
	for (const spec of TABLE_SPECS) {
		await engine.query(createTableSql(spec));
		const location = fileLocation(spec);
		if (location === null) continue;
		const position = ORDERED_TABLES.has(spec.name) ? ', row_number() OVER ()' : '';
		await engine.query(
			`INSERT INTO ${spec.name} SELECT *${position} FROM (${readContractFile(spec, location)})`
		);
	}
}

const KEYS: Record<TableSpec['name'], string | null> = {
	indicators: 'id',
	areas: 'code',
	observations: null,
	targets: null,
	breaks: null,
	interventions: null
};

/**
 * Adds the rows of a contract CSV on top of what a table holds. A row whose key is already there
 * replaces it (a user's own figure or area name wins over the demo's); an indicator or area keeps
 * its place in the list, a new one goes to the end. Targets have no key and are appended.
 */
export async function insertContractRows(
	engine: Engine,
	table: TableSpec['name'],
	location: string,
	options: { newAreasOnly?: boolean } = {}
): Promise<void> {
	tablesChanged(engine);
	const spec = specOf(table);
	const rows = readContractCsv(spec, location);
	const key = KEYS[table];
	if (table === 'observations' && options.newAreasOnly) {
		// No observation there shares an area with these, so none shares a key: the file goes
		// straight into the table, without the two joins over all its rows.
		await engine.query(`INSERT INTO observations ${rows}`);
	} else if (table === 'observations') {
		// Update the keys already there, insert the rest: about twice as fast on a million rows as
		// INSERT OR REPLACE, which checks every row against the primary key's index one by one.
		// The file is read once, into a temporary table (a caller's transaction covers it all).
		await engine.query(`CREATE OR REPLACE TEMP TABLE incoming_observations AS ${rows}`);
		const sameKey = `o.area_code = n.area_code AND o.indicator_id = n.indicator_id AND o.year = n.year`;
		await engine.query(
			`UPDATE observations o SET value = n.value, status = n.status FROM incoming_observations n WHERE ${sameKey}`
		);
		await engine.query(
			`INSERT INTO observations SELECT n.* FROM incoming_observations n ANTI JOIN observations o ON ${sameKey}`
		);
		await engine.query('DROP TABLE incoming_observations');
	} else if (key === null) {
		await engine.query(
			`INSERT INTO ${table} SELECT *, (SELECT coalesce(max(position), 0) FROM ${table}) + row_number() OVER () FROM (${rows})`
		);
	} else {
		const names = spec.columns.map((c) => `n."${c.name}"`).join(', ');
		await engine.query(
			`INSERT OR REPLACE INTO ${table}
			SELECT ${names}, coalesce(t.position, (SELECT coalesce(max(position), 0) FROM ${table}) + n.rank)
			FROM (SELECT *, row_number() OVER () AS rank FROM (${rows})) n
			LEFT JOIN ${table} t ON t."${key}" = n."${key}"
			ORDER BY n.rank`
		);
	}
}

/** The areas the observations table holds figures for. */
export async function observedAreaCodes(engine: Engine): Promise<string[]> {
	const rows = await engine.query<{ area_code: string }>(
		'SELECT DISTINCT area_code FROM observations'
	);
	return rows.map((r) => r.area_code);
}

/**
 * Adds a partition of the bundled observations (partitions.ts) under what the table holds: a
 * key the user's own data already has keeps the user's value. One statement, so a page's query
 * sees the partition whole or not at all.
 */
export async function insertBundledObservations(engine: Engine, location: string): Promise<void> {
	tablesChanged(engine);
	const rows = readContractCsv(specOf('observations'), location);
	await engine.query(
		`INSERT INTO observations SELECT n.* FROM (${rows}) n ANTI JOIN observations o
		ON o.area_code = n.area_code AND o.indicator_id = n.indicator_id AND o.year = n.year`
	);
}

/** Whether any target (a file's or the user's own) is about an area of a contract CSV's rows. */
export async function targetsAboutRows(engine: Engine, location: string): Promise<boolean> {
	const rows = readContractCsv(specOf('observations'), location);
	const [{ found }] = await engine.query<{ found: boolean }>(
		`SELECT EXISTS (SELECT 1 FROM ${ALL_TARGETS} t SEMI JOIN (${rows}) n ON n.area_code = t.area_code) AS found`
	);
	return found;
}

/** The areas any target (a file's or the user's own) is about. */
export async function targetAreaCodes(engine: Engine): Promise<string[]> {
	const rows = await engine.query<{ area_code: string }>(
		`SELECT DISTINCT area_code FROM ${ALL_TARGETS} ORDER BY area_code`
	);
	return rows.map((r) => r.area_code);
}

/** Runs `work` as one transaction: every change it makes lands, or none does. */
export async function inTransaction<T>(engine: Engine, work: () => Promise<T>): Promise<T> {
	await engine.query('BEGIN TRANSACTION');
	try {
		const result = await work();
		await engine.query('COMMIT');
		return result;
	} catch (error) {
		tablesChanged(engine);
		await engine.query('ROLLBACK');
		throw error;
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
	/** Only where a source marked the value (provisional, secret); null for definitive figures. */
	status?: ObservationStatus | null;
}

/** All observations of one or two areas (an area and its reference), every indicator. */
export function observationsForAreas(
	engine: Engine,
	areaCode: string,
	referenceCode: string | null
): Promise<ObservationRow[]> {
	return engine.query<ObservationRow>(
		`SELECT area_code, indicator_id, year, value, status FROM observations
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

export interface TargetProgressRow extends Target {
	/** Row number in targets.csv, from 1: the order the agreements list their targets in. */
	position: number;
	/** The store id of a target the user made in the editor; null for a target from a file. */
	user_id: string | null;
	/** The observed value in the baseline year; null when the year is missing or empty. */
	baseline_value: number | null;
	latest_year: number | null;
	latest_value: number | null;
	/** The least-squares line through the last PROJECTION_WINDOW observed values. */
	n: number;
	from_year: number | null;
	mean_x: number | null;
	mean_y: number | null;
	sxx: number | null;
	slope: number | null;
	/** √(SSE / (n − 2)) with SSE = Syy − Sxy² / Sxx; null below three points. */
	residual_sd: number | null;
}

/**
 * Every target (optionally of one area) with what its status needs, in one statement: the
 * baseline value, the latest observed value and the least-squares inputs over the last
 * PROJECTION_WINDOW observed values of its series (the fits prepareTargetQueries keeps). The status rule itself is applied in TypeScript
 * (analysis/targets.ts), so that there is one rule for SQL rows and test fixtures alike.
 */
export async function targetProgress(
	engine: Engine,
	filter: { areaCode?: string } = {}
): Promise<TargetProgressRow[]> {
	const { observations, fits } = await prepareTargetQueries(engine);
	return engine.query<TargetProgressRow>(
		`SELECT w.position::INTEGER AS position, w.user_id, w.area_code, w.indicator_id,
			w.baseline_year, w.target_year, w.target_value, w.agreement,
			coalesce(w.parties, '') AS parties,
			b.value AS baseline_value,
			f.latest_year, f.latest_value,
			coalesce(f.n, 0)::INTEGER AS n, f.from_year, f.mean_x, f.mean_y, f.sxx, f.slope, f.residual_sd
		FROM ${ALL_TARGETS} w
		LEFT JOIN ${observations} b
			ON b.area_code = w.area_code AND b.indicator_id = w.indicator_id AND b.year = w.baseline_year
		LEFT JOIN ${fits} f ON f.area_code = w.area_code AND f.indicator_id = w.indicator_id
		WHERE ?::VARCHAR IS NULL OR w.area_code = ?::VARCHAR
		ORDER BY w.position`,
		[filter.areaCode ?? null, filter.areaCode ?? null]
	);
}

/** The observations of every (area, indicator) pair that has a target: the sparklines of /afspraken. */
export async function observationsForTargets(engine: Engine): Promise<ObservationRow[]> {
	const { observations } = await prepareTargetQueries(engine);
	return engine.query<ObservationRow>(
		`SELECT area_code, indicator_id, year, value FROM ${observations}
		ORDER BY area_code, indicator_id, year`
	);
}

/** The series breaks of an area's indicators: its own and those of every area (empty area_code). */
export function seriesBreaks(engine: Engine, areaCode: string): Promise<SeriesBreak[]> {
	return engine.query<SeriesBreak>(
		`SELECT indicator_id, year, reason_nl, reason_en, area_code IS NULL AS all_areas FROM breaks
		WHERE area_code = ? OR area_code IS NULL
		ORDER BY indicator_id, year`,
		[areaCode]
	);
}
