/** The messages between the page and the partition worker (partition-worker.ts). */
export type PartitionRequest =
	| { type: 'open'; parquetUrl: string; areasUrl: string }
	| { type: 'gemeenten'; id: number; codes: string[] }
	| { type: 'rows'; id: number; gemeenten: string[] };

export interface PartitionSummary {
	rows: number;
	firstYear: number | null;
	lastYear: number | null;
}

export type PartitionResponse =
	| { type: 'opened'; summary: PartitionSummary }
	| { type: 'gemeenten'; id: number; gemeenten: string[] }
	| { type: 'rows'; id: number; csv: Uint8Array; rows: number }
	| { type: 'failed'; id: number | null; message: string };

/**
 * The partition key of the copy of every gemeente's own rows at the front of the file (sorted
 * first): what a map of all gemeenten reads. Its rows are also in their gemeente's partition.
 */
export const GEMEENTE_LEVEL_PARTITION = '';
/** The footer's key-value entry that says how many rows that copy holds. */
export const GEMEENTE_LEVEL_COPIES_KEY = 'gemeente_level_copies';
