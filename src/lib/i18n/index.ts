import { en } from './en';
import { nl, type Messages } from './nl';
import type { Locale } from './locale';

export * from './locale';
export type { Messages };

const DICTIONARIES: Record<Locale, Messages> = { nl, en };

export function messages(locale: Locale): Messages {
	return DICTIONARIES[locale];
}
