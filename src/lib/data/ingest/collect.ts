/**
 * Observations from one file, gathered by key (area, indicator, year). The same key twice with the
 * same value is a harmless repeat: kept once, with a note. The same key with different values
 * cannot be settled by us: every row involved is refused, the first one too, so that neither
 * value is imported as if it were the only one.
 */
import type { Area, Observation } from '$lib/data/contract';
import type { Year } from './fields';
import type { NumberCell } from './numbers';
import { problem, sortProblems, type Problem } from './problems';

/**
 * An observation as read from a file. `status` says why a value is what it is: `provisional`
 * (CBS `*` / `**`, value kept) or `secret` (CBS `.` or a sentinel, value null). No status: a
 * definitive value, or a plain missing one (empty cell).
 */
export interface IngestedObservation extends Observation {
	status?: 'provisional' | 'secret';
}

/** A checked key and a readable cell → the observation; a provisional year marks its value. */
export function toObservation(
	area: string,
	indicator: string,
	year: Year,
	cell: Exclude<NumberCell, { kind: 'invalid' }>
): IngestedObservation {
	const observation: IngestedObservation = {
		area_code: area,
		indicator_id: indicator,
		year: year.year,
		value: cell.kind === 'number' ? cell.value : null
	};
	if (cell.kind === 'secret') observation.status = 'secret';
	else if (cell.kind === 'number' && (cell.provisional || year.provisional)) {
		observation.status = 'provisional';
	}
	return observation;
}

interface Member {
	observation: IngestedObservation;
	line: number;
	column: string;
}

function same(a: IngestedObservation, b: IngestedObservation): boolean {
	return a.value === b.value && a.status === b.status;
}

export class ObservationCollector {
	readonly #groups = new Map<string, Member[]>();

	add(observation: IngestedObservation, line: number, column: string): void {
		const key = JSON.stringify([observation.area_code, observation.indicator_id, observation.year]);
		const group = this.#groups.get(key);
		if (group) group.push({ observation, line, column });
		else this.#groups.set(key, [{ observation, line, column }]);
	}

	/** In order of first appearance. */
	finish(): {
		accepted: IngestedObservation[];
		problems: Problem[];
		duplicates: number;
		conflicting: number;
	} {
		const accepted: IngestedObservation[] = [];
		const problems: Problem[] = [];
		let duplicates = 0;
		let conflicting = 0;
		for (const group of this.#groups.values()) {
			const [first, ...rest] = group;
			if (rest.every((m) => same(m.observation, first.observation))) {
				accepted.push(first.observation);
				for (const m of rest)
					problems.push(
						problem('observation_duplicate', m.line, m.column, { firstRow: first.line })
					);
				duplicates += rest.length;
				continue;
			}
			const { area_code: area, indicator_id: indicator, year } = first.observation;
			const rows = group.map((m) => m.line).join(', ');
			for (const m of group) {
				problems.push(
					problem('observation_conflict', m.line, m.column, { area, indicator, year, rows })
				);
			}
			conflicting += group.length;
		}
		return { accepted, problems, duplicates, conflicting };
	}
}

export interface IngestCounts {
	/** Candidate observations read: data rows (long form) or value cells (wide form). */
	read: number;
	accepted: number;
	/** Left out because of an error in their row or cell, or a conflicting value elsewhere. */
	rejected: number;
	/** Repeats of an accepted observation with the same value: left out, nothing lost. */
	duplicates: number;
}

export interface IngestResult {
	accepted: IngestedObservation[];
	/** In reading order (file-level first, then by line). */
	problems: Problem[];
	counts: IngestCounts;
	/**
	 * Indicator ids (long form) or column names (wide form) not in the catalogue, distinct, in
	 * file order: the UI can offer to add them.
	 */
	unknownIndicators: string[];
	/** Area codes not in the catalogue, distinct, in file order. Both lists hold excerpts. */
	unknownAreas: string[];
	/**
	 * Areas the file itself describes (CBS layout only: code, name, level and the parent derived
	 * from the code), distinct, in file order. Known and new codes alike; the importer adds the new.
	 */
	areas?: Area[];
}

export function refusedResult(problems: Problem[], read = 0): IngestResult {
	return {
		accepted: [],
		problems: sortProblems(problems),
		counts: { read, accepted: 0, rejected: read, duplicates: 0 },
		unknownIndicators: [],
		unknownAreas: []
	};
}

/** The result of a file whose rows were read: the collector's verdicts joined to the problems so far. */
export function collectedResult(
	collector: ObservationCollector,
	problems: Problem[],
	tally: { read: number; rejected: number; trimmed: number },
	unknown: { indicators: Iterable<string>; areas: Iterable<string> }
): IngestResult {
	if (tally.trimmed > 0)
		problems.push(problem('codes_trimmed', null, null, { count: tally.trimmed }));
	const collected = collector.finish();
	problems.push(...collected.problems);
	return {
		accepted: collected.accepted,
		problems: sortProblems(problems),
		counts: {
			read: tally.read,
			accepted: collected.accepted.length,
			rejected: tally.rejected + collected.conflicting,
			duplicates: collected.duplicates
		},
		unknownIndicators: [...unknown.indicators],
		unknownAreas: [...unknown.areas]
	};
}
