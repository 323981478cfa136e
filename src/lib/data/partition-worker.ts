/**
 * The partition worker: reads a partitioned dataset's Parquet footer once, then the row groups
 * of the gemeenten a view asks for (HTTP range requests), and hands them over as contract CSV
 * bytes. Decoding runs here so that no query's data costs the page a long task.
 */
/// <reference lib="webworker" />
import { asyncBufferFromUrl } from 'hyparquet';
import Papa from 'papaparse';
import { ALL_GEMEENTEN } from '$lib/geo/map-scope';
import { openPartitions, partitionCsv, type PartitionIndex } from './partitions';
import {
	GEMEENTE_LEVEL_PARTITION,
	type PartitionRequest,
	type PartitionResponse
} from './partition-protocol';

const post = (message: PartitionResponse, transfer: Transferable[] = []) =>
	(self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer);

let opened: Promise<{ index: PartitionIndex; gemeenteOf: (code: string) => string | null }>;

/** Every area's gemeente, by walking up its parents (areas.csv of the same dataset). */
async function readGemeenten(areasUrl: string) {
	const response = await fetch(areasUrl);
	if (!response.ok) throw new Error(`${areasUrl}: HTTP ${response.status}`);
	const rows = Papa.parse<Record<string, string>>(await response.text(), {
		header: true,
		skipEmptyLines: true
	}).data;
	const parent = new Map(rows.map((r) => [r.code, r.parent_code || null]));
	const level = new Map(rows.map((r) => [r.code, r.level]));
	return (code: string): string | null => {
		for (let at: string | null = code, steps = 0; at && steps < 10; steps++) {
			if (level.get(at) === 'gemeente') return at;
			at = parent.get(at) ?? null;
		}
		return null;
	};
}

self.onmessage = async (event: MessageEvent<PartitionRequest>) => {
	const request = event.data;
	const id = request.type === 'open' ? null : request.id;
	try {
		if (request.type === 'open') {
			opened = (async () => {
				const file = await asyncBufferFromUrl({ url: request.parquetUrl });
				const [index, gemeenteOf] = await Promise.all([
					openPartitions(file),
					readGemeenten(request.areasUrl)
				]);
				return { index, gemeenteOf };
			})();
			const { index } = await opened;
			post({
				type: 'opened',
				summary: { rows: index.rows, firstYear: index.firstYear, lastYear: index.lastYear }
			});
		} else if (request.type === 'gemeenten') {
			const { gemeenteOf } = await opened;
			// A map of all gemeenten needs only their own rows: the copy at the front of the file.
			const partitionOf = (code: string) =>
				code === ALL_GEMEENTEN || code === GEMEENTE_LEVEL_PARTITION
					? GEMEENTE_LEVEL_PARTITION
					: gemeenteOf(code);
			const found = request.codes.map(partitionOf).filter((g): g is string => g !== null);
			post({ type: 'gemeenten', id: request.id, gemeenten: [...new Set(found)] });
		} else {
			const { index } = await opened;
			const { csv, rows } = await partitionCsv(index, request.gemeenten);
			const bytes = new TextEncoder().encode(csv);
			post({ type: 'rows', id: request.id, csv: bytes, rows }, [bytes.buffer]);
		}
	} catch (error) {
		post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
	}
};
