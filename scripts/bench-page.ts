/** What the benchmark's sections read off a page: bytes on the wire by kind, the JS heap. */
import type { Page, Request } from '@playwright/test';
import { extname } from 'node:path';

export interface Transfer {
	url: string;
	kind: Kind;
	bytes: number;
	/** Start and end of the request in page time (ms after navigation start). */
	start: number;
	end: number;
}

export type Kind = 'html' | 'js' | 'css' | 'wasm' | 'data' | 'other';
export const KINDS: Kind[] = ['html', 'js', 'css', 'wasm', 'data', 'other'];

export function kindOf(request: Request): Kind {
	const path = new URL(request.url()).pathname;
	const ext = extname(path);
	if (request.resourceType() === 'document' || ext === '.html' || path.endsWith('/')) return 'html';
	if (ext === '.js' || ext === '.mjs') return 'js';
	if (ext === '.css') return 'css';
	if (ext === '.wasm') return 'wasm';
	if (['.csv', '.json', '.parquet'].includes(ext)) return 'data';
	return 'other';
}

/**
 * Bytes on the wire: response headers plus the encoded body. Playwright reports no body
 * size for a worker's own script, so the body falls back to the server's content-length
 * (which is always set, to the size of the compressed file it sends).
 */
export async function transferOf(request: Request, timeOrigin: number): Promise<Transfer | null> {
	if (!request.url().startsWith('http')) return null;
	const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
	const length = Number(response?.headers()['content-length'] ?? 0);
	const timing = request.timing();
	return {
		url: request.url(),
		kind: kindOf(request),
		bytes: sizes.responseHeadersSize + Math.max(sizes.responseBodySize, length),
		start: timing.startTime - timeOrigin,
		end: timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd - timeOrigin : Infinity
	};
}

export function sumByKind(transfers: Transfer[]): Record<Kind, number> {
	const sums = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
	for (const t of transfers) sums[t.kind] += t.bytes;
	return sums;
}

export async function heap(page: Page): Promise<{ used: number; afterGc: number }> {
	const read = () => page.evaluate<number>('performance.memory.usedJSHeapSize');
	const used = await read();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const afterGc = await read();
	await cdp.detach();
	return { used, afterGc };
}
