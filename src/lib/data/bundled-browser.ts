// Never inlined as data: URLs, however small: the CSP allows fetches from our own origin only.
import areasUrl from '../../../data/areas.csv?url&no-inline';
import breaksUrl from '../../../data/breaks.csv?url&no-inline';
import interventionsUrl from '../../../data/interventions.csv?url&no-inline';
import indicatorsUrl from '../../../data/indicators.csv?url&no-inline';
import observationsUrl from '../../../data/observations.csv?url&no-inline';
import targetsUrl from '../../../data/targets.csv?url&no-inline';
import type { TableSpec } from './contract';

const BUNDLED_FILES: Record<TableSpec['name'], string> = {
	indicators: indicatorsUrl,
	areas: areasUrl,
	observations: observationsUrl,
	targets: targetsUrl,
	breaks: breaksUrl,
	interventions: interventionsUrl
};

/** Fetches the bundled CSVs (self-hosted assets); started while the engine instantiates. */
export async function fetchBundledDataset(): Promise<Map<TableSpec['name'], Uint8Array>> {
	const entries = await Promise.all(
		(Object.entries(BUNDLED_FILES) as [TableSpec['name'], string][]).map(async ([name, url]) => {
			const response = await fetch(url);
			if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
			return [name, new Uint8Array(await response.arrayBuffer())] as const;
		})
	);
	return new Map(entries);
}
