/**
 * Files → one ZIP archive, in the browser. fflate's synchronous zipSync: its asynchronous zip
 * starts Web Workers from blob: URLs, which the CSP's `worker-src 'self'` refuses, and a pack of
 * a few megabytes is made in well under a second on the main thread anyway.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
	name: string;
	data: Uint8Array | string;
	/** Already compressed (PNG): stored as is rather than deflated again for nothing. */
	stored?: boolean;
}

export function zipFiles(entries: readonly ZipEntry[], date = new Date()): Uint8Array {
	const files: Zippable = {};
	for (const entry of entries) {
		if (entry.name in files) throw new Error(`two files named ${entry.name}`);
		const bytes = typeof entry.data === 'string' ? strToU8(entry.data) : entry.data;
		files[entry.name] = [bytes, { level: entry.stored ? 0 : 6 }];
	}
	return zipSync(files, { mtime: date });
}
