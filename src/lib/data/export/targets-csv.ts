/**
 * Targets as a targets.csv of the data contract: the column names are the contract's (so that
 * the file reads back on /afspraken and on /data, in any language), numbers in full precision.
 */
import { TABLE_SPECS, type Target } from '$lib/data/contract';
import { csvText } from './csv';

const COLUMNS = TABLE_SPECS.find((t) => t.name === 'targets')!.columns.map(
	(c) => c.name as keyof Target
);

export function targetsCsv(targets: readonly Target[]): string {
	return csvText(
		COLUMNS,
		targets.map((target) => COLUMNS.map((column) => target[column]))
	);
}
