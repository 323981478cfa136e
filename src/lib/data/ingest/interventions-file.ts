/**
 * An interventions CSV (the contract's interventions.csv columns, as the editor exports them) →
 * interventions, and the problems per row and column (in the user's language on the page).
 */
import type { Intervention } from '$lib/data/contract';
import type { IngestCounts } from './collect';
import { readCheckedFile } from './contract-file';
import type { TextEncoding } from './decode';
import type { Catalogue } from './fields';
import type { Problem } from './problems';

export interface InterventionsFileResult {
	interventions: Intervention[];
	encoding: TextEncoding | null;
	problems: Problem[];
	counts: IngestCounts;
}

export function readInterventionsFile(
	bytes: Uint8Array,
	catalogue: Catalogue
): InterventionsFileResult {
	const { rows, ...result } = readCheckedFile(bytes, 'interventions', catalogue);
	return {
		...result,
		interventions: rows.map((row) => ({
			area_code: String(row.area_code),
			year: Number(row.year),
			month: row.month === null ? null : Number(row.month),
			title: String(row.title),
			description: row.description === null ? '' : String(row.description),
			indicator_ids: row.indicator_ids === null ? '' : String(row.indicator_ids)
		}))
	};
}
