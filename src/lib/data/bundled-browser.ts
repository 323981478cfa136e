import { files } from 'virtual:wijkwaarde-dataset';
import type { TableSpec } from './contract';

/** Fetches the bundled CSVs (self-hosted assets); started while the engine instantiates. */
export async function fetchBundledDataset(): Promise<Map<TableSpec['name'], Uint8Array>> {
	const entries = await Promise.all(
		(Object.entries(files) as [TableSpec['name'], string][]).map(async ([name, url]) => {
			const response = await fetch(url);
			if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
			return [name, new Uint8Array(await response.arrayBuffer())] as const;
		})
	);
	return new Map(entries);
}
