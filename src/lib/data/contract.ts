/**
 * The data contract: the four tables of the long, tidy form (see README, "Data contract").
 * Single source of truth for column names, SQL types and allowed values; ingestion,
 * the engines and the demo generator all read from here.
 */

export const THEMES = ['people', 'planet', 'profit'] as const;
export type Theme = (typeof THEMES)[number];

export const DIRECTIONS = ['up', 'down', 'none'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const AREA_LEVELS = ['gemeente', 'wijk', 'buurt'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** The years an observation may have (observations.csv, and what ingestion accepts). */
export const YEAR_RANGE = { min: 1990, max: 2100 } as const;

export interface Indicator {
	id: string;
	theme: Theme;
	label_nl: string;
	label_en: string;
	unit: string;
	direction: Direction;
	decimals: number;
	source: string;
	description_nl: string;
	description_en: string;
}

export interface Area {
	code: string;
	name: string;
	level: AreaLevel;
	parent_code: string | null;
}

export interface Observation {
	area_code: string;
	indicator_id: string;
	year: number;
	value: number | null;
}

export interface Target {
	area_code: string;
	indicator_id: string;
	baseline_year: number;
	target_year: number;
	target_value: number;
	agreement: string;
	parties: string;
}

type SqlType = 'VARCHAR' | 'INTEGER' | 'DOUBLE';

export interface TableSpec {
	/** Table name in DuckDB, and the CSV's base name in data/. */
	name: 'indicators' | 'areas' | 'observations' | 'targets' | 'breaks';
	file: string;
	/** A dataset may leave this file out; the table is then empty. */
	optional?: boolean;
	columns: readonly { name: string; type: SqlType; required: boolean }[];
	/** Extra SQL constraints; written by us, never derived from input. */
	constraints: readonly string[];
}

const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export const TABLE_SPECS: readonly TableSpec[] = [
	{
		name: 'indicators',
		file: 'indicators.csv',
		columns: [
			{ name: 'id', type: 'VARCHAR', required: true },
			{ name: 'theme', type: 'VARCHAR', required: true },
			{ name: 'label_nl', type: 'VARCHAR', required: true },
			{ name: 'label_en', type: 'VARCHAR', required: true },
			{ name: 'unit', type: 'VARCHAR', required: true },
			{ name: 'direction', type: 'VARCHAR', required: true },
			{ name: 'decimals', type: 'INTEGER', required: true },
			{ name: 'source', type: 'VARCHAR', required: true },
			{ name: 'description_nl', type: 'VARCHAR', required: false },
			{ name: 'description_en', type: 'VARCHAR', required: false }
		],
		constraints: [
			'PRIMARY KEY (id)',
			`CHECK (theme IN (${sqlList(THEMES)}))`,
			`CHECK (direction IN (${sqlList(DIRECTIONS)}))`,
			'CHECK (decimals BETWEEN 0 AND 6)'
		]
	},
	{
		name: 'areas',
		file: 'areas.csv',
		columns: [
			{ name: 'code', type: 'VARCHAR', required: true },
			{ name: 'name', type: 'VARCHAR', required: true },
			{ name: 'level', type: 'VARCHAR', required: true },
			{ name: 'parent_code', type: 'VARCHAR', required: false }
		],
		constraints: ['PRIMARY KEY (code)', `CHECK (level IN (${sqlList(AREA_LEVELS)}))`]
	},
	{
		name: 'observations',
		file: 'observations.csv',
		columns: [
			{ name: 'area_code', type: 'VARCHAR', required: true },
			{ name: 'indicator_id', type: 'VARCHAR', required: true },
			{ name: 'year', type: 'INTEGER', required: true },
			{ name: 'value', type: 'DOUBLE', required: false }
		],
		// No PRIMARY KEY: its index made adding 2.5 million rows take 15 s instead of 1 s (DuckDB,
		// one thread). Each key is there once all the same: the bundled files are checked by a
		// test, an upload's rows are deduplicated when read (ingest/collect.ts), and
		// insertContractRows updates the keys already there and inserts only the others.
		constraints: [`CHECK (year BETWEEN ${YEAR_RANGE.min} AND ${YEAR_RANGE.max})`]
	},
	{
		name: 'targets',
		file: 'targets.csv',
		columns: [
			{ name: 'area_code', type: 'VARCHAR', required: true },
			{ name: 'indicator_id', type: 'VARCHAR', required: true },
			{ name: 'baseline_year', type: 'INTEGER', required: true },
			{ name: 'target_year', type: 'INTEGER', required: true },
			{ name: 'target_value', type: 'DOUBLE', required: true },
			{ name: 'agreement', type: 'VARCHAR', required: true },
			{ name: 'parties', type: 'VARCHAR', required: false }
		],
		constraints: ['CHECK (target_year > baseline_year)']
	},
	{
		// A series break: from `year` on, the values of this area and indicator are not comparable
		// with the years before (a changed definition or boundary). An empty area_code: every area.
		name: 'breaks',
		file: 'breaks.csv',
		optional: true,
		columns: [
			{ name: 'area_code', type: 'VARCHAR', required: false },
			{ name: 'indicator_id', type: 'VARCHAR', required: true },
			{ name: 'year', type: 'INTEGER', required: true },
			{ name: 'reason_nl', type: 'VARCHAR', required: true },
			{ name: 'reason_en', type: 'VARCHAR', required: true }
		],
		constraints: [`CHECK (year BETWEEN ${YEAR_RANGE.min} AND ${YEAR_RANGE.max})`]
	}
];

export interface SeriesBreak {
	indicator_id: string;
	year: number;
	reason_nl: string;
	reason_en: string;
	/** The break applies to every area (a definition change), the reference line included. */
	all_areas: boolean;
}
