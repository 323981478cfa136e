/**
 * The cells that say *which* observation a value belongs to: area code, indicator id, year. Each
 * is checked against the catalogue the user already has; an unknown code is refused, never
 * created, so a typo cannot become a new wijk.
 */
import { YEAR_RANGE } from '$lib/data/contract';
import { excerpt, problem, type Problem } from './problems';

/** What ingestion checks against: the codes and ids already known (areas.csv, indicators.csv). */
export interface Catalogue {
	areaCodes: ReadonlySet<string>;
	indicatorIds: ReadonlySet<string>;
}

export function makeCatalogue(
	areaCodes: Iterable<string>,
	indicatorIds: Iterable<string>
): Catalogue {
	return { areaCodes: new Set(areaCodes), indicatorIds: new Set(indicatorIds) };
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/**
 * Codes are compared after trimming: CBS pads them to ten characters (`"WK059903  "`). Counted by
 * the caller (`codes_trimmed`), since a padded code is normal in a CBS file and odd in any other.
 */
export function trimCode(raw: string): { code: string; trimmed: boolean } {
	const code = raw.trim();
	return { code, trimmed: code !== raw };
}

export function checkArea(
	code: string,
	catalogue: Catalogue,
	line: number,
	column: string
): Checked<string> {
	if (code === '') return { ok: false, problem: problem('area_missing', line, column, {}) };
	if (!catalogue.areaCodes.has(code)) {
		return { ok: false, problem: problem('area_unknown', line, column, { value: excerpt(code) }) };
	}
	return { ok: true, value: code };
}

export function checkIndicator(
	id: string,
	catalogue: Catalogue,
	line: number,
	column: string
): Checked<string> {
	if (id === '') return { ok: false, problem: problem('indicator_missing', line, column, {}) };
	if (!catalogue.indicatorIds.has(id)) {
		return {
			ok: false,
			problem: problem('indicator_unknown', line, column, { value: excerpt(id) })
		};
	}
	return { ok: true, value: id };
}

export interface Year {
	year: number;
	/** StatLine marks a provisional period as `2023*` (voorlopig) or `2023**` (nader voorlopig). */
	provisional: boolean;
}

/** A whole number of years (`2020`, `2023*`); `2020.0`, `'20` and `2020-01-01` are refused. */
export function parseYear(raw: string, line: number | null, column: string | null): Checked<Year> {
	const text = raw.trim();
	if (text === '') return { ok: false, problem: problem('year_missing', line, column, {}) };
	const match = /^([+-]?\d+)\s*(\*{0,2})$/.exec(text);
	if (!match)
		return { ok: false, problem: problem('year_invalid', line, column, { value: excerpt(text) }) };
	const year = Number(match[1]);
	if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
		return {
			ok: false,
			problem: problem('year_out_of_range', line, column, { value: year, ...YEAR_RANGE })
		};
	}
	return { ok: true, value: { year, provisional: match[2] !== '' } };
}
