/**
 * The user's targets and interventions as a targets.csv / interventions.csv of the data contract:
 * the column names are the contract's (so that the file reads back on /afspraken, in any
 * language), numbers in full precision, an empty cell for a missing month.
 */
import { TABLE_SPECS, type Intervention, type TableSpec, type Target } from '$lib/data/contract';
import { csvText } from './csv';

function contractTableCsv<T extends object>(table: TableSpec['name'], records: readonly T[]) {
	const columns = TABLE_SPECS.find((t) => t.name === table)!.columns.map((c) => c.name as keyof T);
	return csvText(
		columns as string[],
		records.map((record) => columns.map((column) => record[column] as string | number | null))
	);
}

export const targetsCsv = (targets: readonly Target[]) => contractTableCsv('targets', targets);

export const interventionsCsv = (interventions: readonly Intervention[]) =>
	contractTableCsv('interventions', interventions);
