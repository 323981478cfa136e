/** The page's side of the partition worker: one worker for the page's life, requests by id. */
import type { PartitionRequest, PartitionResponse, PartitionSummary } from './partition-protocol';

export interface PartitionSource {
	/** The whole file's observations and years, from its footer. */
	summary: Promise<PartitionSummary>;
	/** The gemeenten the areas lie in (areas the dataset does not have are left out). */
	gemeentenOf(codes: readonly string[]): Promise<string[]>;
	/** The gemeenten's observations as contract CSV bytes. */
	rows(gemeenten: readonly string[]): Promise<Uint8Array>;
}

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;

export function openPartitionSource(parquetUrl: string, areasUrl: string): PartitionSource {
	const worker = new Worker(new URL('./partition-worker.ts', import.meta.url), { type: 'module' });
	const waiting = new Map<
		number,
		{ resolve(m: PartitionResponse): void; reject(e: Error): void }
	>();
	let opened!: { resolve(s: PartitionSummary): void; reject(e: Error): void };
	const summary = new Promise<PartitionSummary>(
		(resolve, reject) => (opened = { resolve, reject })
	);
	let nextId = 0;
	worker.onmessage = (event: MessageEvent<PartitionResponse>) => {
		const message = event.data;
		if (message.type === 'opened') return opened.resolve(message.summary);
		if (message.type === 'failed' && message.id === null)
			return opened.reject(new Error(message.message));
		const pending = waiting.get(message.id!);
		waiting.delete(message.id!);
		if (message.type === 'failed') pending?.reject(new Error(message.message));
		else pending?.resolve(message);
	};
	worker.onerror = (event) => {
		const error = new Error(event.message || 'partition worker failed');
		opened.reject(error);
		for (const pending of waiting.values()) pending.reject(error);
		waiting.clear();
	};
	const ask = (request: Distribute<Exclude<PartitionRequest, { type: 'open' }>>) =>
		new Promise<PartitionResponse>((resolve, reject) => {
			const id = ++nextId;
			waiting.set(id, { resolve, reject });
			worker.postMessage({ ...request, id });
		});
	worker.postMessage({ type: 'open', parquetUrl, areasUrl } satisfies PartitionRequest);
	// A page that never asks must not see an unhandled rejection; askers see the error.
	summary.catch(() => {});
	return {
		summary,
		async gemeentenOf(codes) {
			const answer = await ask({ type: 'gemeenten', codes: [...codes] });
			return answer.type === 'gemeenten' ? answer.gemeenten : [];
		},
		async rows(gemeenten) {
			const answer = await ask({ type: 'rows', gemeenten: [...gemeenten] });
			return answer.type === 'rows' ? answer.csv : new Uint8Array(0);
		}
	};
}
