/**
 * A targets CSV (the contract's targets.csv columns, as the editor exports them) → targets, and
 * the problems per row and column. The same checks as a targets.csv dropped on /data.
 */
import type { Target } from '$lib/data/contract';
import type { IngestCounts } from './collect';
import { readCheckedFile } from './contract-file';
import type { TextEncoding } from './decode';
import type { Catalogue } from './fields';
import type { Problem } from './problems';

export interface TargetsFileResult {
	targets: Target[];
	encoding: TextEncoding | null;
	problems: Problem[];
	counts: IngestCounts;
}

export function readTargetsFile(bytes: Uint8Array, catalogue: Catalogue): TargetsFileResult {
	const { rows, ...result } = readCheckedFile(bytes, 'targets', catalogue);
	return {
		...result,
		targets: rows.map((row) => ({
			area_code: String(row.area_code),
			indicator_id: String(row.indicator_id),
			baseline_year: Number(row.baseline_year),
			target_year: Number(row.target_year),
			target_value: Number(row.target_value),
			agreement: String(row.agreement),
			parties: row.parties === null ? '' : String(row.parties)
		}))
	};
}
