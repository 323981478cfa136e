/**
 * Observations from one file, gathered by key (area, indicator, year). The same key twice with the
 * same value is a harmless repeat: kept once, with a note. The same key with different values
 * cannot be settled by us: every row involved is refused, the first one too, so that neither
 * value is imported as if it were the only one.
 */
import { YEAR_RANGE, type Area, type Observation } from '$lib/data/contract';
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

function same(a: IngestedObservation, b: IngestedObservation): boolean {
	return a.value === b.value && a.status === b.status;
}

/**
 * Small whole numbers for (area, indicator, year) keys: a million rows keyed by strings (JSON or
 * joined) spend most of an import building and hashing them. Each (area, indicator) pair gets a
 * number, then the year is added in; the result stays a small integer, which V8 hashes fastest.
 */
export class ObservationKeys {
	readonly #pairs = new Map<string, Map<string, number>>();
	#pairCount = 0;

	static readonly #YEARS = YEAR_RANGE.max - YEAR_RANGE.min + 1;

	of(observation: Observation): number {
		let indicators = this.#pairs.get(observation.area_code);
		if (!indicators) {
			indicators = new Map();
			this.#pairs.set(observation.area_code, indicators);
		}
		let pair = indicators.get(observation.indicator_id);
		if (pair === undefined) {
			pair = this.#pairCount++;
			indicators.set(observation.indicator_id, pair);
		}
		const year = observation.year - YEAR_RANGE.min;
		// Every reader checks the year against YEAR_RANGE first; this only guards the arithmetic.
		if (!(year >= 0 && year < ObservationKeys.#YEARS))
			throw new RangeError(`year outside ${YEAR_RANGE.min}–${YEAR_RANGE.max}`);
		return pair * ObservationKeys.#YEARS + year;
	}
}

/**
 * Which keys have been seen, one bit per key: a million-row import spends far less in a bit set
 * than in a Map from every key to its first row, and repeats, which are rare, are sorted out at
 * the end (ObservationCollector.finish).
 */
export class SeenKeys {
	#bits = new Uint32Array(1024);

	/** Marks the key; whether it was marked before. */
	mark(key: number): boolean {
		const word = key >>> 5;
		if (word >= this.#bits.length) {
			const grown = new Uint32Array(Math.max(word + 1, this.#bits.length * 2));
			grown.set(this.#bits);
			this.#bits = grown;
		}
		const bit = 1 << (key & 31);
		const seen = (this.#bits[word] & bit) !== 0;
		this.#bits[word] |= bit;
		return seen;
	}
}

export class ObservationCollector {
	readonly #keys = new ObservationKeys();
	readonly #seen = new SeenKeys();
	readonly #observations: IngestedObservation[] = [];
	readonly #lines: number[] = [];
	readonly #columns: string[] = [];
	/** Indexes of the observations whose key came earlier in the file. */
	readonly #repeatIndexes: number[] = [];

	add(observation: IngestedObservation, line: number, column: string): void {
		const index = this.#observations.length;
		this.#observations.push(observation);
		this.#lines.push(line);
		this.#columns.push(column);
		if (this.#seen.mark(this.#keys.of(observation))) this.#repeatIndexes.push(index);
	}

	/** A key's first observation (its index) → the indexes of the later ones with that key. */
	#repeatsByFirst(): Map<number, number[]> {
		const repeats = new Map<number, number[]>();
		if (this.#repeatIndexes.length === 0) return repeats;
		const keys = new ObservationKeys();
		const repeatedKeys = new Set(
			this.#repeatIndexes.map((i) => this.#keys.of(this.#observations[i]))
		);
		const firstByKey = new Map<number, number>();
		this.#observations.forEach((observation, index) => {
			// A fresh ObservationKeys numbers pairs in the same order, so the keys agree with #keys.
			const key = keys.of(observation);
			if (!repeatedKeys.has(key)) return;
			const first = firstByKey.get(key);
			if (first === undefined) firstByKey.set(key, index);
			else if (repeats.has(first)) repeats.get(first)!.push(index);
			else repeats.set(first, [index]);
		});
		return repeats;
	}

	/** In order of first appearance. */
	finish(): {
		accepted: IngestedObservation[];
		/** The line each accepted observation was read from. */
		lines: number[];
		problems: Problem[];
		duplicates: number;
		conflicting: number;
	} {
		const observations = this.#observations;
		const repeatsByFirst = this.#repeatsByFirst();
		const lines = this.#lines;
		if (repeatsByFirst.size === 0)
			return { accepted: observations, lines, problems: [], duplicates: 0, conflicting: 0 };
		const columns = this.#columns;
		const accepted: IngestedObservation[] = [];
		const acceptedLines: number[] = [];
		const problems: Problem[] = [];
		const isRepeat = new Uint8Array(observations.length);
		for (const i of this.#repeatIndexes) isRepeat[i] = 1;
		let duplicates = 0;
		let conflicting = 0;
		for (let first = 0; first < observations.length; first++) {
			if (isRepeat[first]) continue;
			const rest = repeatsByFirst.get(first);
			if (!rest) {
				accepted.push(observations[first]);
				acceptedLines.push(lines[first]);
				continue;
			}
			if (rest.every((i) => same(observations[i], observations[first]))) {
				accepted.push(observations[first]);
				acceptedLines.push(lines[first]);
				for (const i of rest)
					problems.push(
						problem('observation_duplicate', lines[i], columns[i], { firstRow: lines[first] })
					);
				duplicates += rest.length;
				continue;
			}
			const { area_code: area, indicator_id: indicator, year } = observations[first];
			const group = [first, ...rest];
			const rows = group.map((i) => lines[i]).join(', ');
			for (const i of group) {
				problems.push(
					problem('observation_conflict', lines[i], columns[i], { area, indicator, year, rows })
				);
			}
			conflicting += group.length;
		}
		return { accepted, lines: acceptedLines, problems, duplicates, conflicting };
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
	/** The line (or row) each accepted observation was read from, where the reader knows it. */
	acceptedLines?: readonly number[];
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
		acceptedLines: collected.lines,
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
