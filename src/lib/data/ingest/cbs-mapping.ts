/**
 * Which CBS "Kerncijfers wijken en buurten" column is which catalogue indicator (data/indicators.csv),
 * and in what unit CBS publishes it. Kept by hand: CBS renumbers its column keys every edition
 * (`GemiddeldeWOZWaardeVanWoningen_35` one year, `_39` the next) and sometimes renames a topic, so
 * a column is recognised by the stable part of its key or by its title, never by its number.
 *
 * A header is recognised in three spellings:
 * - the OData key, `GemiddeldeWOZWaardeVanWoningen_35`: the key without its `_NN` suffix, letters
 *   and digits only, equals the title's (CBS builds keys from titles);
 * - the StatLine CSV title, `Wonen/Gemiddelde WOZ-waarde van woningen (x 1 000 euro)`;
 * - the same title after R's `make.names` (`Wonen.Gemiddelde.WOZ.waarde.van.woningen..x.1.000.euro.`),
 *   as files re-saved from R carry it.
 * Titles are compared as words (letters and digits, lower case): a header matches when its words
 * end with the title's words followed by the unit's, so the theme path in front does not matter
 * and the unit is part of the match (a title in another unit is a different column).
 *
 * To add a column: add its title as CBS prints it, with the unit in brackets as CBS prints it, and
 * the factor that turns that unit into the catalogue's unit.
 */

export interface CbsTitle {
	/** The topic as StatLine prints it, without theme path or unit: `Koopwoningen`. */
	title: string;
	/** The unit as StatLine prints it in brackets: `%`, `x 1 000 euro`, `m³`. */
	unit: string;
}

export interface CbsIndicatorMapping {
	/** Catalogue indicator id. */
	indicator: string;
	/** Every title this topic has had; the first is the current one. */
	titles: readonly CbsTitle[];
	/** Multiplier from CBS's unit to the catalogue's (CBS gives euros in thousands: 1000). */
	factor: number;
}

const THOUSAND_EURO = 'x 1 000 euro';

export const CBS_INDICATORS: readonly CbsIndicatorMapping[] = [
	{
		indicator: 'woz_value',
		titles: [{ title: 'Gemiddelde WOZ-waarde van woningen', unit: THOUSAND_EURO }],
		factor: 1000
	},
	{
		indicator: 'owner_occupied_share',
		titles: [{ title: 'Koopwoningen', unit: '%' }],
		factor: 1
	},
	{
		indicator: 'social_rent_share',
		titles: [{ title: 'In bezit woningcorporatie', unit: '%' }],
		factor: 1
	},
	{
		indicator: 'vacancy_share',
		titles: [{ title: 'Percentage onbewoond', unit: '%' }],
		factor: 1
	},
	{
		indicator: 'income_per_resident',
		titles: [{ title: 'Gemiddeld inkomen per inwoner', unit: THOUSAND_EURO }],
		factor: 1000
	},
	{
		indicator: 'disposable_income_households',
		titles: [
			{ title: 'Gemiddeld gestandaardiseerd inkomen van huishoudens', unit: THOUSAND_EURO },
			{ title: 'Gem. gestandaardiseerd inkomen van huish.', unit: THOUSAND_EURO }
		],
		factor: 1000
	},
	{
		indicator: 'household_wealth_median',
		titles: [
			{ title: 'Mediaan vermogen van particuliere huishoudens', unit: THOUSAND_EURO },
			{ title: 'Mediaan vermogen van particuliere huish.', unit: THOUSAND_EURO }
		],
		factor: 1000
	},
	{
		indicator: 'low_income_households',
		titles: [{ title: 'Huishoudens met een laag inkomen', unit: '%' }],
		factor: 1
	},
	{
		indicator: 'net_labour_participation',
		titles: [{ title: 'Nettoarbeidsparticipatie', unit: '%' }],
		factor: 1
	},
	{
		indicator: 'gas_use_home',
		titles: [{ title: 'Gemiddeld aardgasverbruik totaal', unit: 'm³' }],
		factor: 1
	},
	{
		// Renamed by CBS in October 2023 (verbruik → levering); the catalogue keeps one series.
		indicator: 'electricity_use_home',
		titles: [
			{ title: 'Gemiddelde elektriciteitslevering totaal', unit: 'kWh' },
			{ title: 'Gemiddeld elektriciteitsverbruik totaal', unit: 'kWh' }
		],
		factor: 1
	},
	{
		// Not in the bundled catalogue: a denominator users may add as an indicator of their own.
		indicator: 'population',
		titles: [{ title: 'Aantal inwoners', unit: 'aantal' }],
		factor: 1
	}
];

/** The columns that say which region a row is about (not indicators). */
export type CbsRegionRole = 'name' | 'municipality' | 'kind' | 'code' | 'period';

export const CBS_REGION_COLUMNS: Readonly<Record<CbsRegionRole, CbsTitle>> = {
	name: { title: 'Wijken en buurten', unit: '' },
	municipality: { title: 'Gemeentenaam', unit: 'naam' },
	kind: { title: 'Soort regio', unit: 'omschrijving' },
	code: { title: 'Codering', unit: 'code' },
	period: { title: 'Perioden', unit: '' }
};

/**
 * Lower-case letters and digits, everything else a word break; accents and superscripts dropped
 * (R writes `m³` as `m.`). `Gem. WOZ-waarde (x 1 000 euro)` → `gem woz waarde x 1 000 euro`.
 */
export function words(text: string): string {
	return text
		.toLowerCase()
		.replace(/[¹²³]/g, '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

const compact = (text: string) => words(text).replace(/ /g, '');

/** An OData key: one word of letters and digits, perhaps with the edition suffix `_NN`. */
const ODATA_KEY = /^[A-Za-z][A-Za-z0-9]*(?:_\d+)?$/;

/** Whether a header names this title: by OData key (suffix stripped) or by title and unit. */
export function headerMatches(header: string, title: CbsTitle): boolean {
	const trimmed = header.trim();
	if (ODATA_KEY.test(trimmed) && compact(trimmed.replace(/_\d+$/, '')) === compact(title.title))
		return true;
	const have = words(trimmed);
	const want = words(`${title.title} ${title.unit}`);
	return have === want || have.endsWith(` ${want}`);
}

export interface MappedColumn {
	indicator: string;
	factor: number;
}

/** The catalogue indicator a header stands for, or null. The longest matching title wins. */
export function mapCbsColumn(header: string): MappedColumn | null {
	let best: { mapped: MappedColumn; length: number } | null = null;
	for (const entry of CBS_INDICATORS) {
		for (const title of entry.titles) {
			const length = words(`${title.title} ${title.unit}`).length;
			if (headerMatches(header, title) && (!best || length > best.length)) {
				best = { mapped: { indicator: entry.indicator, factor: entry.factor }, length };
			}
		}
	}
	return best?.mapped ?? null;
}

/** Which region column a header is, or null. Its unit may be left off: it says nothing here. */
export function cbsRegionRole(header: string): CbsRegionRole | null {
	for (const [role, title] of Object.entries(CBS_REGION_COLUMNS) as [CbsRegionRole, CbsTitle][]) {
		if (headerMatches(header, title) || headerMatches(header, { ...title, unit: '' })) return role;
	}
	return null;
}

/**
 * A CBS KWB file: a `Codering` column together with one of `Soort regio`, `Wijken en buurten` or
 * `Gemeentenaam` (in any of the three spellings). A plain wide table with a `codering` column alone
 * stays a wide table.
 */
export function isCbsHeader(header: readonly string[]): boolean {
	const roles = new Set(header.map(cbsRegionRole));
	return roles.has('code') && (roles.has('kind') || roles.has('name') || roles.has('municipality'));
}
