/**
 * A targets CSV (the contract's targets.csv columns, as the editor exports them) → targets, and
 * the problems per row and column. The same checks as a targets.csv dropped on /data.
 */
import type { Target } from '$lib/data/contract';
import type { IngestCounts } from './collect';
import { parseCatalogueFile } from './contract-file';
import { decodeBytes, type TextEncoding } from './decode';
import { detectDialect } from './dialect';
import type { Catalogue } from './fields';
import { hasFatal, sortProblems, type Problem } from './problems';

export interface TargetsFileResult {
	targets: Target[];
	encoding: TextEncoding | null;
	problems: Problem[];
	counts: IngestCounts;
}

export function readTargetsFile(bytes: Uint8Array, catalogue: Catalogue): TargetsFileResult {
	const none = { read: 0, accepted: 0, rejected: 0, duplicates: 0 };
	const { decoded, problems: decodeProblems } = decodeBytes(bytes);
	if (!decoded) return { targets: [], encoding: null, problems: decodeProblems, counts: none };
	const { dialect, problems: dialectProblems } = detectDialect(decoded.text);
	const early = [...decodeProblems, ...dialectProblems];
	if (!dialect || hasFatal(early))
		return { targets: [], encoding: decoded.encoding, problems: early, counts: none };

	const result = parseCatalogueFile(decoded.text, dialect, 'targets', catalogue);
	return {
		targets: result.rows.map((row) => ({
			area_code: String(row.area_code),
			indicator_id: String(row.indicator_id),
			baseline_year: Number(row.baseline_year),
			target_year: Number(row.target_year),
			target_value: Number(row.target_value),
			agreement: String(row.agreement),
			parties: row.parties === null ? '' : String(row.parties)
		})),
		encoding: decoded.encoding,
		problems: sortProblems([...early, ...result.problems]),
		counts: result.counts
	};
}
