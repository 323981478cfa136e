/**
 * A dropped file's bytes → observations and problems: decode, decide the dialect, read the long
 * or the wide layout. The one entry point the upload UI needs; each step stays usable alone.
 */
import { refusedResult, type IngestResult } from './collect';
import { decodeBytes, type TextEncoding } from './decode';
import { detectDialect, headerFields, type Dialect } from './dialect';
import type { Catalogue } from './fields';
import { isCbsHeader, parseCbs, type CbsOptions } from './cbs';
import { isLongFormHeader, parseLongForm } from './longform';
import { hasFatal, sortProblems } from './problems';
import { parseWide, type WideOptions } from './wide';

export type Layout = 'long' | 'wide' | 'cbs';

export interface IngestFileOptions extends WideOptions, CbsOptions {
	/**
	 * `auto` (default): long when the header has `indicator_id` and `value`; cbs when it has CBS's
	 * `Codering` with `Soort regio`, `Wijken en buurten` or `Gemeentenaam`; else wide.
	 */
	layout?: Layout | 'auto';
}

function detectLayout(header: readonly string[]): Layout {
	if (isLongFormHeader(header)) return 'long';
	return isCbsHeader(header) ? 'cbs' : 'wide';
}

export interface FileIngestResult extends IngestResult {
	encoding: TextEncoding | null;
	dialect: Dialect | null;
	layout: Layout | null;
}

export function ingestFile(
	bytes: Uint8Array,
	catalogue: Catalogue,
	options: IngestFileOptions = {}
): FileIngestResult {
	const { decoded, problems: decodeProblems } = decodeBytes(bytes);
	if (!decoded)
		return { ...refusedResult(decodeProblems), encoding: null, dialect: null, layout: null };

	const { dialect, problems: dialectProblems } = detectDialect(decoded.text);
	const early = [...decodeProblems, ...dialectProblems];
	if (!dialect || hasFatal(early)) {
		return { ...refusedResult(early), encoding: decoded.encoding, dialect, layout: null };
	}

	const layout: Layout =
		options.layout && options.layout !== 'auto'
			? options.layout
			: detectLayout(headerFields(decoded.text, dialect));
	const result =
		layout === 'long'
			? parseLongForm(decoded.text, dialect, catalogue)
			: layout === 'cbs'
				? parseCbs(decoded.text, dialect, catalogue, options)
				: parseWide(decoded.text, dialect, catalogue, options);
	return {
		...result,
		problems: sortProblems([...early, ...result.problems]),
		encoding: decoded.encoding,
		dialect,
		layout
	};
}
