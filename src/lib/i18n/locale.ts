export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

export function localeFromParam(param: string | undefined): Locale {
	return param === 'en' ? 'en' : 'nl';
}

/** The BCP 47 tag used for number and date formatting. */
export const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A path inside the app in the given language: Dutch at the root, English under /en. */
export function localizedPath(path: string, locale: Locale): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	const withSlash = clean.endsWith('/') ? clean : `${clean}/`;
	return locale === DEFAULT_LOCALE ? withSlash : `/${locale}${withSlash === '/' ? '/' : withSlash}`;
}

/** Strips a language prefix: `/en/wijk/X/` → `/wijk/X/`. */
export function unlocalizedPath(path: string): string {
	const stripped = path.replace(/^\/en(?=\/|$)/, '');
	return stripped === '' ? '/' : stripped;
}
