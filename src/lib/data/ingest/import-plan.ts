/**
 * One drop of files → what would be added, and everything wrong with it, before anything is
 * added. Catalogue files (areas, indicators, targets; recognised by their header) are read
 * first, so that observations in the same drop may use the areas and indicators they define;
 * so may the additions the user chose in the review (a new indicator with theme and direction,
 * a new area). The result carries the checked rows as contract CSV (contract-csv.ts): the form
 * the engine loads and the store keeps. Pure: the import worker runs it, tests call it directly.
 */
import { contractCsv } from '$lib/data/contract-csv';
import type { Area, Indicator, TableSpec } from '$lib/data/contract';
import {
	ObservationKeys,
	type IngestCounts,
	type IngestedObservation,
	type IngestResult
} from './collect';
import { catalogueTableOf, parseCatalogueFile, type CatalogueTable } from './contract-file';
import { decodeBytes, type TextEncoding } from './decode';
import { detectDialect, headerFields } from './dialect';
import { makeCatalogue } from './fields';
import { readAsWritten, type AsWritten } from './as-written';
import { ingestFile, type Layout } from './ingest-file';
import type { ParquetContent } from './parquet';
import { ingestParquet } from './parquet-longform';
import { hasFatal, sortProblems, type Problem } from './problems';

export interface ImportFile {
	name: string;
	bytes: Uint8Array;
	/**
	 * A Parquet file (recognised by its magic bytes), read into text cells before the plan runs
	 * (readParquetText, in the import worker); `bytes` are then not looked at. Always
	 * observations in the long form.
	 */
	parquet?: ParquetContent;
}

/** What the engine already holds: codes and ids an import may refer to. */
export interface KnownCatalogue {
	areaCodes: readonly string[];
	indicatorIds: readonly string[];
}

/** An indicator the user adds in the review; `column`: the wide table's column it comes from. */
export interface IndicatorAddition extends Indicator {
	column?: string;
}

export interface CatalogueAdditions {
	areas: Area[];
	indicators: IndicatorAddition[];
	/** File name → the year of all its rows, for a wide table without a year column. */
	years?: Record<string, number>;
}

export const NO_ADDITIONS: CatalogueAdditions = { areas: [], indicators: [] };

/** At most this many problems per file travel to the page; the count says how many there were. */
export const PROBLEMS_SHOWN = 500;

/** What a file holds; interventions files are read on /afspraken only. */
export type FileKind = 'observations' | CatalogueTable | 'interventions';

/** How a file is stored: text (CSV, also with `;` or tabs) or Parquet (read by DuckDB). */
export type FileFormat = 'csv' | 'parquet';

export interface FileReport {
	name: string;
	kind: FileKind;
	format: FileFormat;
	layout: Layout | null;
	encoding: TextEncoding | null;
	counts: IngestCounts;
	problems: Problem[];
	problemCount: number;
	/** The file as a whole could not be read (a fatal problem says why). */
	refused: boolean;
}

export interface ImportSummary {
	observations: number;
	/**
	 * Of those, the provisional values (CBS `*` / `**`), kept and shown as provisional. Absent in
	 * datasets stored before it was counted.
	 */
	provisional?: number;
	years: number[];
	/** Codes of the areas the observations are about. */
	areaCodes: string[];
	indicatorIds: string[];
	newAreas: number;
	newIndicators: number;
	targets: number;
}

export interface ImportPlan {
	files: FileReport[];
	/** Not in the catalogue, distinct, over all files: the review offers to add them. */
	unknownAreas: string[];
	unknownIndicators: string[];
	summary: ImportSummary;
	/** The rows that would be added, as contract CSV, per table (absent: nothing for it). */
	tables: Partial<Record<TableSpec['name'], string>>;
	/**
	 * `tables.observations` as ranges of one file's bytes and a text after them (as-written.ts:
	 * a file that is contract CSV already, its clean lines kept as they are): the import worker
	 * then copies those bytes instead of encoding the text again. Null otherwise.
	 */
	observationsBytes: { file: number; keep: [number, number][]; appended: string } | null;
}

/** Reads just enough of a file to see its header: whether it is a catalogue file, and which. */
function kindOf(bytes: Uint8Array): 'observations' | CatalogueTable {
	const { decoded } = decodeBytes(bytes.subarray(0, 64 * 1024));
	if (!decoded) return 'observations';
	const { dialect } = detectDialect(decoded.text);
	if (!dialect) return 'observations';
	return catalogueTableOf(headerFields(decoded.text, dialect)) ?? 'observations';
}

function withoutColumn(addition: IndicatorAddition): Indicator {
	const indicator: IndicatorAddition = { ...addition };
	delete indicator.column;
	return indicator;
}

/** The files' observations; a later file's figure for the same area, indicator and year wins. */
function mergeObservations(sets: readonly IngestedObservation[][]): IngestedObservation[] {
	if (sets.length === 1) return sets[0];
	const keys = new ObservationKeys();
	const merged = new Map<number, IngestedObservation>();
	for (const set of sets) for (const o of set) merged.set(keys.of(o), o);
	return [...merged.values()];
}

const ORDER: Record<FileKind, number> = {
	areas: 0,
	indicators: 1,
	observations: 2,
	targets: 3,
	interventions: 4
};

/** A file's part of the review: its problems sorted, the first PROBLEMS_SHOWN of them kept. */
export function fileReport(
	name: string,
	kind: FileKind,
	details: { layout: Layout | null; encoding: TextEncoding | null; format?: FileFormat },
	counts: IngestCounts,
	problems: Problem[]
): FileReport {
	const sorted = sortProblems(problems);
	return {
		name,
		kind,
		format: 'csv',
		...details,
		counts,
		problems: sorted.slice(0, PROBLEMS_SHOWN),
		problemCount: sorted.length,
		refused: hasFatal(sorted)
	};
}

/**
 * `fastLane: false` reads every file the full way (tests compare the two ways; the outcome must
 * be the same).
 */
export function planImport(
	files: readonly ImportFile[],
	known: KnownCatalogue,
	additions: CatalogueAdditions = NO_ADDITIONS,
	{ fastLane = true }: { fastLane?: boolean } = {}
): ImportPlan {
	const areaCodes = new Set([...known.areaCodes, ...additions.areas.map((a) => a.code)]);
	const indicatorIds = new Set([...known.indicatorIds, ...additions.indicators.map((i) => i.id)]);
	const rows: Record<CatalogueTable, object[]> = {
		areas: [...additions.areas],
		indicators: additions.indicators.map(withoutColumn),
		targets: []
	};
	const observationSets: IngestedObservation[][] = [];
	/** The one observations file that is contract CSV already (as-written.ts), if so. */
	let asWritten: (AsWritten & { index: number }) | null = null;

	const unknownAreas = new Set<string>();
	const unknownIndicators = new Set<string>();
	const reports: FileReport[] = [];
	const columns = Object.fromEntries(
		additions.indicators.filter((i) => i.column).map((i) => [i.column!, i.id])
	);

	const classified = files
		.map((file, index) => ({
			file,
			index,
			kind: file.parquet ? ('observations' as const) : kindOf(file.bytes)
		}))
		.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.index - b.index);
	const observationFiles = classified.filter((c) => c.kind === 'observations');
	/** An observations file's part of the review, and the codes it met that no catalogue knows. */
	const addReport = (
		name: string,
		details: Parameters<typeof fileReport>[2],
		read: Pick<IngestResult, 'counts' | 'problems' | 'unknownAreas' | 'unknownIndicators'>
	) => {
		read.unknownAreas.forEach((c) => unknownAreas.add(c));
		read.unknownIndicators.forEach((c) => unknownIndicators.add(c));
		reports.push(fileReport(name, 'observations', details, read.counts, read.problems));
	};

	for (const { file, kind, index } of classified) {
		const catalogue = makeCatalogue(areaCodes, indicatorIds);
		if (kind === 'observations' && !file.parquet && observationFiles.length === 1 && fastLane) {
			const read = readAsWritten(file.bytes, catalogue);
			if (read) {
				asWritten = { index, ...read };
				addReport(file.name, { layout: 'long', encoding: 'utf-8' }, read);
				continue;
			}
		}
		if (kind === 'observations') {
			const result = file.parquet
				? ingestParquet(file.parquet, catalogue)
				: ingestFile(file.bytes, catalogue, {
						columns,
						year: additions.years?.[file.name],
						// CBS names the year in the file name only (Kerncijfers_wijken_en_buurten_2019.csv).
						fileName: file.name
					});
			observationSets.push(result.accepted);
			// A CBS file describes its own areas: the new ones are added, the known ones kept as they are.
			for (const area of result.areas ?? []) {
				if (areaCodes.has(area.code)) continue;
				rows.areas.push(area);
				areaCodes.add(area.code);
			}
			addReport(
				file.name,
				{
					layout: result.layout,
					encoding: result.encoding,
					format: file.parquet ? 'parquet' : 'csv'
				},
				result
			);
			continue;
		}
		const { decoded, problems: decodeProblems } = decodeBytes(file.bytes);
		const { dialect, problems: dialectProblems } = decoded
			? detectDialect(decoded.text)
			: { dialect: null, problems: [] };
		const early = [...decodeProblems, ...dialectProblems];
		if (!decoded || !dialect || hasFatal(early)) {
			const counts = { read: 0, accepted: 0, rejected: 0, duplicates: 0 };
			reports.push(fileReport(file.name, kind, { layout: null, encoding: null }, counts, early));
			continue;
		}
		const result = parseCatalogueFile(decoded.text, dialect, kind, catalogue);
		rows[kind].push(...result.rows);
		if (kind === 'areas') result.rows.forEach((r) => areaCodes.add(String(r.code)));
		if (kind === 'indicators') result.rows.forEach((r) => indicatorIds.add(String(r.id)));
		for (const p of result.problems) {
			if (p.code === 'area_unknown') unknownAreas.add(p.params.value);
			if (p.code === 'indicator_unknown') unknownIndicators.add(p.params.value);
		}
		reports.push(
			fileReport(file.name, kind, { layout: null, encoding: decoded.encoding }, result.counts, [
				...early,
				...result.problems
			])
		);
	}

	const accepted = mergeObservations(observationSets);
	const tables: ImportPlan['tables'] = {};
	if (asWritten) tables.observations = asWritten.text;
	else if (accepted.length > 0) tables.observations = contractCsv('observations', accepted);
	for (const table of ['areas', 'indicators', 'targets'] as const)
		if (rows[table].length > 0) tables[table] = contractCsv(table, rows[table]);

	return {
		files: reports,
		unknownAreas: [...unknownAreas].filter((c) => !areaCodes.has(c)),
		unknownIndicators: [...unknownIndicators].filter((c) => !indicatorIds.has(c)),
		summary: {
			...(asWritten?.summary ?? observationSummary(accepted)),
			newAreas: rows.areas.length,
			newIndicators: rows.indicators.length,
			targets: rows.targets.length
		},
		tables,
		observationsBytes: asWritten?.bytes ? { file: asWritten.index, ...asWritten.bytes } : null
	};
}

type ObservationSummary = Pick<
	ImportSummary,
	'observations' | 'provisional' | 'years' | 'areaCodes' | 'indicatorIds'
>;

function observationSummary(accepted: readonly IngestedObservation[]): ObservationSummary {
	const years = new Set<number>();
	const areaCodes = new Set<string>();
	const indicatorIds = new Set<string>();
	let provisional = 0;
	for (const o of accepted) {
		years.add(o.year);
		areaCodes.add(o.area_code);
		indicatorIds.add(o.indicator_id);
		if (o.status === 'provisional') provisional++;
	}
	return {
		observations: accepted.length,
		provisional,
		years: [...years].sort((a, b) => a - b),
		areaCodes: [...areaCodes],
		indicatorIds: [...indicatorIds]
	};
}
