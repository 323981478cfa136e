/**
 * The fast lane for a file that is contract CSV already (the project's own long form, an export of
 * ours, the national dataset): one pass over the text that builds no object per row and takes
 * each clean row as it is written, to be stored and loaded unchanged. It only ever says "this row
 * is clean": a line with a cell that is not exactly what the contract writes, or anything the full
 * reading would report (a padded code, an unknown area, a blank line), it leaves to the full
 * reading (as-written.ts runs longform.ts on those lines), and a key that comes twice sends the
 * whole file the full way. The outcome is the same either way.
 */
import { TABLE_SPECS, YEAR_RANGE } from '$lib/data/contract';
import { ObservationKeys, SeenKeys } from './collect';
import type { Catalogue } from './fields';
import { CBS_SECRET_SENTINELS } from './numbers';

const COLUMNS = TABLE_SPECS.find((t) => t.name === 'observations')!.columns.map((c) => c.name);
/** With or without the status column (bundled files and most users' leave it out). */
const HEADERS = [COLUMNS, COLUMNS.filter((c) => c !== 'status')].map((c) => c.join(','));

/** A line the scan left to the full reading: its number and where it is in the text. */
export interface IrregularLine {
	line: number;
	start: number;
	/** After its newline. */
	end: number;
}

export interface ContractScan {
	/** The clean rows: accepted as they are written. */
	rows: number;
	provisional: number;
	years: number[];
	/** The areas and indicators of the clean rows, with the line each first appears on. */
	areaFirstLine: Map<string, number>;
	indicatorFirstLine: Map<string, number>;
	withStatus: boolean;
	irregular: IrregularLine[];
	/** The clean rows' keys, to check the rows the full reading accepts from `irregular`. */
	keys: ObservationKeys;
	seen: SeenKeys;
}

const IRREGULAR = -1;

const MINUS = 0x2d;
const POINT = 0x2e;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Whether text[from, to) is a number DuckDB reads exactly as our parser does (numbers.ts): plain
 * digits with an optional fraction, no sign but `-`, not a negative zero, not a CBS sentinel, not
 * so long that it could overflow.
 */
function isPlainNumber(text: string, from: number, to: number): boolean {
	if (to - from > 300) return false;
	let at = from;
	const negative = text.charCodeAt(at) === MINUS;
	if (negative) at++;
	let digits = 0;
	let nonZero = false;
	while (at < to && isDigit(text.charCodeAt(at))) {
		nonZero ||= text.charCodeAt(at) !== 0x30;
		at++;
		digits++;
	}
	if (digits === 0) return false;
	if (at < to) {
		if (text.charCodeAt(at) !== POINT) return false;
		at++;
		let fraction = 0;
		while (at < to && isDigit(text.charCodeAt(at))) {
			nonZero ||= text.charCodeAt(at) !== 0x30;
			at++;
			fraction++;
		}
		if (fraction === 0 || at < to) return false;
	}
	if (!negative) return true;
	return nonZero && !CBS_SECRET_SENTINELS.has(Number(text.slice(from, to)));
}

/** A four-digit year in the contract's range at text[from, to), or null. */
function yearAt(text: string, from: number, to: number): number | null {
	if (to - from !== 4) return null;
	let year = 0;
	for (let at = from; at < to; at++) {
		const c = text.charCodeAt(at);
		if (!isDigit(c)) return null;
		year = year * 10 + (c - 0x30);
	}
	return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? year : null;
}

/**
 * Null: not such a file, or one the scan cannot take; read it the full way. A line the scan cannot
 * vouch for (any cell the full reading would report or rewrite, a blank line) is listed in
 * `irregular` for the full reading to decide (a file without one clean row goes the full way); a key
 * that comes twice among the clean rows sends the whole file the full way (which row counts then
 * depends on both).
 */
export function scanContractObservations(text: string, catalogue: Catalogue): ContractScan | null {
	// Excel on Windows ends lines with CRLF: every line then, or the file goes the full way.
	const crlf = text.includes('\r');
	const newline = crlf ? '\r\n' : '\n';
	const header = HEADERS.find((h) => text.startsWith(h + newline));
	if (!header || !text.endsWith(newline) || text.includes('"')) return null;
	const withStatus = header === HEADERS[0];
	const keys = new ObservationKeys();
	const seen = new SeenKeys();
	const yearSeen = new Uint8Array(YEAR_RANGE.max - YEAR_RANGE.min + 1);
	const areaFirstLine = new Map<string, number>();
	const indicatorFirstLine = new Map<string, number>();
	const irregular: IrregularLine[] = [];
	let area: string | null = null;
	let indicator: string | null = null;
	/** The key of (area, indicator, YEAR_RANGE.min): a year's key is this plus its offset. */
	let firstKey = 0;
	let rows = 0;
	let provisional = 0;
	let line = 1;
	for (let start = header.length + newline.length; start < text.length;) {
		line++;
		const lineEnd = text.indexOf('\n', start);
		// Any other CR is in a cell, where no check below lets it pass.
		const end = crlf ? lineEnd - 1 : lineEnd;
		if (crlf && text.charCodeAt(end) !== 0x0d) return null;
		const row = scanRow(start, end);
		if (row === IRREGULAR) {
			irregular.push({ line, start, end: lineEnd + 1 });
			// The next row looks its codes up again: these may be the very cells that were wrong.
			area = indicator = null;
		} else {
			if (seen.mark(row)) return null;
			rows++;
		}
		start = lineEnd + 1;
	}
	if (rows === 0) return null;

	function scanRow(start: number, end: number): number | typeof IRREGULAR {
		const c1 = text.indexOf(',', start);
		const c2 = c1 === -1 ? -1 : text.indexOf(',', c1 + 1);
		const c3 = c2 === -1 ? -1 : text.indexOf(',', c2 + 1);
		if (c3 === -1 || c3 >= end) return IRREGULAR;
		const c4 = text.indexOf(',', c3 + 1);
		const valueEnd = withStatus ? c4 : end;
		if (withStatus ? c4 === -1 || c4 >= end : c4 !== -1 && c4 < end) return IRREGULAR;
		if (withStatus && text.indexOf(',', c4 + 1) !== -1 && text.indexOf(',', c4 + 1) < end)
			return IRREGULAR;

		// Rows of a series come together: most rows repeat the codes of the one before.
		let newArea = false;
		let newIndicator = false;
		if (area === null || c1 - start !== area.length || !text.startsWith(area, start)) {
			area = text.slice(start, c1);
			if (!catalogue.areaCodes.has(area)) return IRREGULAR;
			newArea = true;
		}
		if (
			indicator === null ||
			c2 - c1 - 1 !== indicator.length ||
			!text.startsWith(indicator, c1 + 1)
		) {
			indicator = text.slice(c1 + 1, c2);
			if (!catalogue.indicatorIds.has(indicator)) return IRREGULAR;
			newIndicator = true;
		}
		const year = yearAt(text, c2 + 1, c3);
		if (year === null) return IRREGULAR;
		const empty = valueEnd === c3 + 1;
		if (!empty && !isPlainNumber(text, c3 + 1, valueEnd)) return IRREGULAR;
		let isProvisional = false;
		if (withStatus && c4 + 1 < end) {
			const status = text.slice(c4 + 1, end);
			if (status === 'provisional' && !empty) isProvisional = true;
			else if (status !== 'secret' || !empty) return IRREGULAR;
		}

		if (newArea || newIndicator)
			firstKey = keys.of({
				area_code: area,
				indicator_id: indicator,
				year: YEAR_RANGE.min,
				value: null
			});
		if (newArea && !areaFirstLine.has(area)) areaFirstLine.set(area, line);
		if (newIndicator && !indicatorFirstLine.has(indicator)) indicatorFirstLine.set(indicator, line);
		if (isProvisional) provisional++;
		yearSeen[year - YEAR_RANGE.min] = 1;
		return firstKey + year - YEAR_RANGE.min;
	}

	return {
		rows,
		provisional,
		years: [...yearSeen.keys()].filter((i) => yearSeen[i]).map((i) => i + YEAR_RANGE.min),
		areaFirstLine,
		indicatorFirstLine,
		withStatus,
		irregular,
		keys,
		seen
	};
}
