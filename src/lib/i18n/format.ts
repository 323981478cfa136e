import type { Indicator } from '$lib/data/contract';
import { INTL_LOCALE, type Locale } from './locale';

type UnitFormat = Pick<Indicator, 'unit' | 'decimals'>;

const UNIT_NAMES: Record<Locale, Record<string, string>> = {
	nl: {},
	en: {
		'per 1.000 inwoners': 'per 1,000 residents',
		'per 1.000 woningen': 'per 1,000 homes',
		rapportcijfer: 'grade (1–10)',
		aantal: 'count'
	}
};

/** Units that read better without a suffix next to the number. */
const SILENT_UNITS = new Set(['score', 'rapportcijfer', 'index', 'aantal']);

type Format = (value: number) => string;

/** How many texts each format remembers before it starts afresh (a few pages' worth). */
const REMEMBERED = 2_000;

const numberFormats = new Map<string, Format>();
/**
 * One formatter per locale and `key` (which names the options), made on first use: making an
 * Intl.NumberFormat costs far more than formatting with it. Each formatter also remembers the
 * texts it made: a dashboard formats thousands of numbers, many of them again and again (the
 * reference area's values, axis ticks, an area switched back to), and Intl's formatting costs
 * microseconds where a lookup costs nanoseconds. The key is built by the caller because
 * stringifying the options on every call would cost more than the formatting.
 */
function numberFormat(
	locale: Locale,
	key: string,
	options: () => Intl.NumberFormatOptions
): Format {
	const fullKey = `${locale}|${key}`;
	let format = numberFormats.get(fullKey);
	if (!format) {
		const intl = new Intl.NumberFormat(INTL_LOCALE[locale], options());
		const texts = new Map<number, string>();
		format = (value) => {
			// A Map holds 0 and -0 as one key, Intl writes them differently ("-0").
			if (Object.is(value, -0)) return intl.format(value);
			let text = texts.get(value);
			if (text === undefined) {
				text = intl.format(value);
				if (texts.size >= REMEMBERED) texts.clear();
				texts.set(value, text);
			}
			return text;
		};
		numberFormats.set(fullKey, format);
	}
	return format;
}

export function unitName(unit: string, locale: Locale): string {
	return UNIT_NAMES[locale][unit] ?? unit;
}

export function formatNumber(
	value: number,
	decimals: number,
	locale: Locale,
	signed = false
): string {
	return numberFormat(locale, `number|${decimals}|${signed}`, () => ({
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals,
		signDisplay: signed ? 'exceptZero' : 'auto'
	}))(value);
}

/**
 * A value split into the number (with € or % where those belong) and a unit phrase to
 * show after it, or null: `€ 182.000`, `31,4%`, `1.240` + `m³`.
 */
export function formatValueParts(
	value: number,
	indicator: UnitFormat,
	locale: Locale,
	signed = false
): { number: string; unit: string | null } {
	const { unit, decimals } = indicator;
	if (unit === '€') {
		const number = numberFormat(locale, `euro|${decimals}|${signed}`, () => ({
			style: 'currency',
			currency: 'EUR',
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals,
			signDisplay: signed ? 'exceptZero' : 'auto'
		}))(value);
		return { number, unit: null };
	}
	const number = formatNumber(value, decimals, locale, signed);
	if (unit === '%') return { number: `${number}%`, unit: null };
	if (SILENT_UNITS.has(unit)) return { number, unit: null };
	return { number, unit: unitName(unit, locale) };
}

/** A value in its unit, as a reader expects it: `€ 182.000`, `31,4%`, `1.240 m³`. */
export function formatValue(value: number, indicator: UnitFormat, locale: Locale, signed = false) {
	const { number, unit } = formatValueParts(value, indicator, locale, signed);
	return unit ? `${number} ${unit}` : number;
}

/**
 * A short form for axis ticks: no unit words, compact thousands, and the same number of
 * decimals on every tick of an axis (enough to tell ticks `step` apart).
 */
export function formatTick(
	value: number,
	step: number,
	indicator: UnitFormat,
	locale: Locale
): string {
	if (Math.abs(value) >= 10_000) {
		const compact = numberFormat(locale, 'compact', () => ({
			notation: 'compact',
			maximumFractionDigits: 1
		}))(value);
		return indicator.unit === '€' ? `€ ${compact}` : compact;
	}
	const decimals = step > 0 ? Math.min(3, Math.max(0, -Math.floor(Math.log10(step) + 1e-9))) : 0;
	const number = formatNumber(value, decimals, locale);
	return indicator.unit === '%' ? `${number}%` : number;
}

/** A change: percentage points for shares, the unit plus the relative change otherwise. */
export function formatDelta(
	delta: number,
	relative: number | undefined,
	indicator: UnitFormat,
	locale: Locale
): string {
	if (indicator.unit === '%') {
		const points = formatNumber(delta, indicator.decimals, locale, true);
		return locale === 'nl' ? `${points} procentpunt` : `${points} percentage points`;
	}
	const parts = formatValueParts(delta, indicator, locale, true);
	// Long unit phrases ("per 1.000 inwoners") stand next to the latest value already.
	const absolute =
		parts.unit && parts.unit.length <= 4 ? `${parts.number} ${parts.unit}` : parts.number;
	if (relative === undefined) return absolute;
	const percent = numberFormat(locale, 'percent|signed', () => ({
		style: 'percent',
		maximumFractionDigits: 0,
		signDisplay: 'exceptZero'
	}))(relative);
	return `${absolute} (${percent})`;
}

/** `2019–2023`, `2023`, or '' without years. */
export function yearSpan(years: readonly number[]): string {
	if (years.length === 0) return '';
	const first = Math.min(...years);
	const last = Math.max(...years);
	return first === last ? String(first) : `${first}–${last}`;
}

/** When an intervention happened: `april 2019`, or just `2019` without a month. */
export function formatMonthYear(year: number, month: number | null, locale: Locale): string {
	if (month === null) return String(year);
	return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(year, month - 1, 1)));
}
