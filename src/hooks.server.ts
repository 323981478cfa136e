import type { Handle } from '@sveltejs/kit';
import { localeFromParam } from '$lib/i18n/locale';

/** `<html lang>` follows the language in the URL, also in the prerendered files. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', localeFromParam(event.params.lang))
	});
