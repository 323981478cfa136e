/**
 * One strict number parser per decimal separator. A cell either reads as exactly the number its
 * author meant, or as a marker (missing, secret), or it is refused with a code saying why; it is
 * never read as a different number. The cases where a separator could be read two ways are refused
 * unless the rest of the column settles them.
 *
 * The grammar, after trimming spaces, tabs and no-break spaces (CBS pads cells: `"     31,4"`):
 *
 *   cell      = "" (missing) | "." (CBS: unknown, unreliable or secret) | [sign] body [provisional]
 *   sign      = "-" | "+" | "−" (U+2212, as some locales print it)
 *   body      = digits [decimal digits] [exponent]      no grouping; leading zeros are fine
 *             | grouped [decimal digits]                grouping: 1–3 digits (not starting with 0),
 *                                                       then groups of exactly three
 *   exponent  = ("e" | "E") [+|-] digits                what R, pandas and Excel write for very
 *                                                       large or small numbers; only ungrouped
 *   provisional = [spaces] "*" | "**"                   CBS voorlopig / nader voorlopig; value kept
 *
 * Point dialect: decimal `.`, grouping `,` (`1,234.5`). Comma dialect: decimal `,`, grouping `.`
 * (`1.234,5`). Digits on both sides of a decimal separator (`.5` and `5.` are refused), ASCII
 * digits only. Not numbers: whitespace-only cells, `Infinity`, `NaN`, hex (`0x1A`), control
 * characters, `x`, `-` (CBS's "nihil" is left to the user: it means zero, but so rarely appears
 * in machine exports that a `-` is likelier to be a placeholder).
 *
 * Ambiguity: a number with exactly one grouping separator and no decimal part (`1.500` in the
 * comma dialect, `1,500` in the point dialect) is what the *other* dialect writes for 1.5. It is
 * read as 1500 only when the column elsewhere uses the grouping separator in a way that cannot be a
 * decimal separator (`1.234,5` or `1.234.567`); otherwise it is refused (`number_grouping_ambiguous`).
 * `1.5` in the comma dialect is always refused: three digits must follow a grouping separator.
 */
import type { DecimalSeparator, NumberProblemCode } from './problems';

export type NumberCell =
	| { kind: 'number'; value: number; provisional: boolean }
	| { kind: 'missing' }
	| { kind: 'secret' }
	| { kind: 'invalid'; code: NumberProblemCode };

/**
 * Numbers CBS writes into the numeric attributes of the wijk- en buurtkaart (and the PDOK
 * wijkenbuurten layers) where a figure is secret, unreliable or not applicable: -99995 and -99997
 * in current editions, -99999997…-99999999 in older ones. Read as numbers they would pass every
 * range check on a count and ruin every average, so they are markers here.
 */
export const CBS_SECRET_SENTINELS: ReadonlySet<number> = new Set([
	-99995, -99997, -99999997, -99999998, -99999999
]);

export interface ParseNumberOptions {
	/** The column uses unambiguous grouping elsewhere, so `1.500` (comma dialect) is 1500. */
	groupingConfirmed?: boolean;
	/** Read CBS sentinel values as secret (default true). */
	cbsSentinels?: boolean;
}

type Grouping = 'none' | 'ambiguous' | 'certain';

interface Grammar {
	plain: RegExp;
	grouped: RegExp;
	group: RegExp;
}

function grammar(decimal: DecimalSeparator): Grammar {
	const d = decimal === 'point' ? '\\.' : ',';
	const g = decimal === 'point' ? ',' : '\\.';
	return {
		plain: new RegExp(`^(\\d+)(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?$`),
		grouped: new RegExp(`^([1-9]\\d{0,2}(?:${g}\\d{3})+)(?:${d}(\\d+))?$`),
		group: new RegExp(g, 'g')
	};
}

const GRAMMARS: Record<DecimalSeparator, Grammar> = {
	point: grammar('point'),
	comma: grammar('comma')
};

/** An unsigned body in one dialect → its value, or null when the dialect cannot read it. */
function readBody(
	body: string,
	decimal: DecimalSeparator
): { value: number; grouping: Grouping } | null {
	const { plain, grouped, group } = GRAMMARS[decimal];
	const p = plain.exec(body);
	if (p) {
		const [, int, frac, exp] = p;
		return { value: Number(`${int}.${frac ?? '0'}e${exp ?? '0'}`), grouping: 'none' };
	}
	const q = grouped.exec(body);
	if (q) {
		const [, int, frac] = q;
		const groups = int.split(group).length - 1;
		return {
			value: Number(`${int.replace(group, '')}.${frac ?? '0'}`),
			grouping: groups >= 2 || frac !== undefined ? 'certain' : 'ambiguous'
		};
	}
	return null;
}

const PAD = /^[ \t\u00a0]+|[ \t\u00a0]+$/g;
const PROVISIONAL = /^(.*?)[ \t\u00a0]*(\*{1,2})$/;

type Prepared =
	| { kind: 'missing' }
	| { kind: 'secret' }
	| { kind: 'whitespace' }
	| { kind: 'body'; body: string; negative: boolean; provisional: boolean };

function prepare(raw: string): Prepared {
	if (raw === '') return { kind: 'missing' };
	const trimmed = raw.replace(PAD, '');
	if (trimmed === '') return { kind: 'whitespace' };
	if (trimmed === '.') return { kind: 'secret' };
	let body = trimmed;
	let provisional = false;
	const star = PROVISIONAL.exec(body);
	if (star) {
		provisional = true;
		body = star[1];
	}
	let negative = false;
	const sign = body[0];
	if (sign === '-' || sign === '+' || sign === '\u2212') {
		negative = sign !== '+';
		body = body.slice(1);
	}
	return { kind: 'body', body, negative, provisional };
}

/** A value read from a cell, as the cell's reading: no negative zero, CBS sentinels secret. */
function numberCell(value: number, provisional: boolean, options: ParseNumberOptions): NumberCell {
	if (!Number.isFinite(value)) return { kind: 'invalid', code: 'number_out_of_range' };
	// No negative zero: "-0" and "0" are the same observation.
	const number = value === 0 ? 0 : value;
	if ((options.cbsSentinels ?? true) && CBS_SECRET_SENTINELS.has(number)) return { kind: 'secret' };
	return { kind: 'number', value: number, provisional };
}

/** The common cell, read without the whole grammar: it means the same in it. */
const SIMPLE: Record<DecimalSeparator, RegExp> = {
	point: /^-?\d+(?:\.\d+)?$/,
	comma: /^-?\d+(?:,\d+)?$/
};

export function parseNumber(
	raw: string,
	decimal: DecimalSeparator,
	options: ParseNumberOptions = {}
): NumberCell {
	if (SIMPLE[decimal].test(raw))
		return numberCell(Number(decimal === 'point' ? raw : raw.replace(',', '.')), false, options);
	const prepared = prepare(raw);
	if (prepared.kind === 'missing' || prepared.kind === 'secret') return { kind: prepared.kind };
	if (prepared.kind === 'whitespace') return { kind: 'invalid', code: 'number_whitespace_only' };
	const { body, negative, provisional } = prepared;

	const read = readBody(body, decimal);
	if (read) {
		if (read.grouping === 'ambiguous' && !options.groupingConfirmed) {
			return { kind: 'invalid', code: 'number_grouping_ambiguous' };
		}
		return numberCell(negative ? -read.value : read.value, provisional, options);
	}
	// Say *why* it is not a number: the other dialect's decimal separator is the common mistake.
	if (readBody(body, decimal === 'point' ? 'comma' : 'point')) {
		return {
			kind: 'invalid',
			code:
				decimal === 'point'
					? 'number_decimal_comma_in_point_file'
					: 'number_decimal_point_in_comma_file'
		};
	}
	if (/^[\d.,]+$/.test(body) && /\d/.test(body)) {
		return { kind: 'invalid', code: 'number_grouping_invalid' };
	}
	return { kind: 'invalid', code: 'number_not_a_number' };
}

/** Whether a cell uses the grouping separator in a way only grouping can (`1.234,5`, `1.234.567`). */
export function hasCertainGrouping(raw: string, decimal: DecimalSeparator): boolean {
	const prepared = prepare(raw);
	return prepared.kind === 'body' && readBody(prepared.body, decimal)?.grouping === 'certain';
}

/** A column's cells, read together so that `1.500` is 1500 only in a column that groups thousands. */
export function parseNumberColumn(
	raws: readonly string[],
	decimal: DecimalSeparator,
	options: Omit<ParseNumberOptions, 'groupingConfirmed'> = {}
): NumberCell[] {
	const groupingConfirmed = raws.some((raw) => hasCertainGrouping(raw, decimal));
	return raws.map((raw) => parseNumber(raw, decimal, { ...options, groupingConfirmed }));
}

/**
 * Which decimal separator a cell proves: one that has a separator and reads as a number in exactly
 * one dialect (`31,4` → comma, `23.7` → point; `1.500` proves nothing). Used by dialect detection.
 */
export function decimalEvidence(raw: string): DecimalSeparator | null {
	const prepared = prepare(raw);
	if (prepared.kind !== 'body' || !/[.,]/.test(prepared.body)) return null;
	const point = readBody(prepared.body, 'point') !== null;
	const comma = readBody(prepared.body, 'comma') !== null;
	if (point === comma) return null;
	return point ? 'point' : 'comma';
}
