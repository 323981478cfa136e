/**
 * The pages the security and accessibility checks visit: one of each kind, in both languages.
 * Adding a page type here puts it under the CSP, axe, heading and chart-contrast checks.
 */
export interface CheckedPage {
	/** A short name for test titles. */
	name: string;
	/** The Dutch path; the English one is the same under /en. */
	path: string;
	/** Served by the static fallback (HTTP 404 from a plain static host, then the app). */
	fallback?: boolean;
	/** Has trend charts once loaded. */
	charts?: boolean;
}

export const CHECKED_PAGES: CheckedPage[] = [
	{ name: 'overview', path: '/' },
	{ name: 'wijk', path: '/wijk/WK999902/', charts: true },
	{ name: 'gemeente', path: '/wijk/GM9999/', charts: true },
	{ name: 'buurt', path: '/wijk/BU99990101/', charts: true },
	{ name: 'agreements', path: '/afspraken/' },
	{ name: 'compare', path: '/vergelijk/' },
	{
		name: 'compare with a chosen view',
		path: '/vergelijk/?areas=GM9999,WK999901,BU99990402&indicators=woz_value,feels_unsafe&from=2014&to=2024&index=2016&level=buurt'
	},
	// Its trend charts are the dashboard's component, checked for contrast on the wijk pages.
	{
		name: 'council report',
		path: '/afspraken/prestatieafspraken-voorbeeldstad-2020-2030/rapport/'
	},
	{ name: 'wijk with targets', path: '/wijk/WK999905/', charts: true },
	{ name: 'about', path: '/over/' },
	{ name: 'own data', path: '/data/' },
	{ name: 'accessibility statement', path: '/over/toegankelijkheid/' },
	{ name: 'unknown area (fallback)', path: '/wijk/WK000000/', fallback: true }
];

export const CHECKED_LOCALES = ['nl', 'en'] as const;

export function localized(path: string, locale: (typeof CHECKED_LOCALES)[number]): string {
	return locale === 'en' ? `/en${path}` : path;
}
