/**
 * The bundled dataset as the tests see it: read straight from data/*.csv, so that every
 * expectation comes from the source files and not from the app under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

const DATA_DIR = join(process.cwd(), 'data');

export interface AreaRow {
	code: string;
	name: string;
	level: 'gemeente' | 'wijk' | 'buurt';
	parent_code: string;
}

export interface IndicatorRow {
	id: string;
	theme: 'people' | 'planet' | 'profit';
	label_nl: string;
	label_en: string;
	unit: string;
	direction: 'up' | 'down' | 'none';
	decimals: number;
	source: string;
	description_nl: string;
	description_en: string;
}

export interface Observation {
	area_code: string;
	indicator_id: string;
	year: number;
	/** null where the CSV cell is empty (a missing value). */
	value: number | null;
}

function readCsv(file: string): Record<string, string>[] {
	const text = readFileSync(join(DATA_DIR, file), 'utf8');
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0].message}`);
	return parsed.data;
}

export const areas: AreaRow[] = readCsv('areas.csv').map((r) => ({
	code: r.code,
	name: r.name,
	level: r.level as AreaRow['level'],
	parent_code: r.parent_code
}));

export const indicators: IndicatorRow[] = readCsv('indicators.csv').map((r) => ({
	id: r.id,
	theme: r.theme as IndicatorRow['theme'],
	label_nl: r.label_nl,
	label_en: r.label_en,
	unit: r.unit,
	direction: r.direction as IndicatorRow['direction'],
	decimals: Number(r.decimals),
	source: r.source,
	description_nl: r.description_nl,
	description_en: r.description_en
}));

export const observations: Observation[] = readCsv('observations.csv').map((r) => ({
	area_code: r.area_code,
	indicator_id: r.indicator_id,
	year: Number(r.year),
	value: r.value.trim() === '' ? null : Number(r.value)
}));

export interface TargetRow {
	area_code: string;
	indicator_id: string;
	baseline_year: number;
	target_year: number;
	target_value: number;
	agreement: string;
	parties: string[];
}

export const targets: TargetRow[] = readCsv('targets.csv').map((r) => ({
	area_code: r.area_code,
	indicator_id: r.indicator_id,
	baseline_year: Number(r.baseline_year),
	target_year: Number(r.target_year),
	target_value: Number(r.target_value),
	agreement: r.agreement,
	parties: r.parties
		.split(';')
		.map((p) => p.trim())
		.filter(Boolean)
}));

export const wijken = areas.filter((a) => a.level === 'wijk');
export const years = observations.map((o) => o.year);
export const lastYear = Math.max(...years);

export function area(code: string): AreaRow {
	const found = areas.find((a) => a.code === code);
	if (!found) throw new Error(`area ${code} is not in areas.csv`);
	return found;
}

export function indicator(id: string): IndicatorRow {
	const found = indicators.find((i) => i.id === id);
	if (!found) throw new Error(`indicator ${id} is not in indicators.csv`);
	return found;
}

/** The observations of one area and indicator, by year, rows with an empty value included. */
export function series(areaCode: string, indicatorId: string): Observation[] {
	return observations
		.filter((o) => o.area_code === areaCode && o.indicator_id === indicatorId)
		.sort((a, b) => a.year - b.year);
}

export function observed(areaCode: string, indicatorId: string) {
	return series(areaCode, indicatorId).filter(
		(o): o is Observation & { value: number } => o.value !== null
	);
}

/** The CSV value of one cell; throws when the row is absent or empty, so samples stay honest. */
export function valueOf(areaCode: string, indicatorId: string, year: number): number {
	const row = series(areaCode, indicatorId).find((o) => o.year === year);
	if (!row || row.value === null)
		throw new Error(`no value for ${areaCode}/${indicatorId}/${year} in observations.csv`);
	return row.value;
}

/** Indicators (catalogue order) with at least one observed value for the area. */
export function indicatorsWithData(areaCode: string): IndicatorRow[] {
	const ids = new Set(
		observations
			.filter((o) => o.area_code === areaCode && o.value !== null)
			.map((o) => o.indicator_id)
	);
	return indicators.filter((i) => ids.has(i.id));
}

export function firstMissing(areaCode: string): Observation {
	const row = observations.find((o) => o.area_code === areaCode && o.value === null);
	if (!row) throw new Error(`no missing value for ${areaCode} in observations.csv`);
	return row;
}

/** How the dashboard writes a value in its unit (€ as currency, % glued, other units after a space). */
export function formatValue(value: number, ind: IndicatorRow, locale: 'nl-NL' | 'en-GB'): string {
	const digits = { minimumFractionDigits: ind.decimals, maximumFractionDigits: ind.decimals };
	if (ind.unit === '€')
		return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', ...digits }).format(
			value
		);
	const number = new Intl.NumberFormat(locale, digits).format(value);
	if (ind.unit === '%') return `${number}%`;
	if (['score', 'rapportcijfer', 'index', 'aantal'].includes(ind.unit)) return number;
	return `${number} ${ind.unit}`;
}

/** Whitespace as Playwright compares text: any run (NBSP included) becomes one space. */
export const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for a formatted value that accepts any kind of space where the formatter put one. */
export function spacedPattern(text: string): RegExp {
	return new RegExp(normalizeSpace(text).split(' ').map(escapeRegExp).join('\\s+'));
}
