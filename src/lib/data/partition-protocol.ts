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
