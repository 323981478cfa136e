import type { Handle } from '@sveltejs/kit';
import { localeFromParam } from '$lib/i18n/locale';

/**
 * `<html lang>` follows the language in the URL, also in the prerendered files.
 *
 * No `<link rel="modulepreload">` for the app's JavaScript: with some 28 of them in the head,
 * Chromium handles the modules' responses while it parses the page, and the prerendered charts
 * are painted later (first paint 200–220 ms against 156–164 ms without them, measured on the
 * wijk page). The bootstrap's imports at the end of the body fetch the same modules once the
 * page has been parsed; the price is that the browser finds them in a few steps of the import
 * graph instead of at once. The SPA fallback (no route: a page that is not prerendered, such as
 * an uploaded area's or every area page of a partitioned dataset) has nothing to paint before its
 * JavaScript runs, so it keeps them.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', localeFromParam(event.params.lang)),
		preload: ({ type }) => type !== 'js' || event.route.id === null
	});
