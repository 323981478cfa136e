/**
 * A long-form file that is contract CSV already, read the fast way: the scan (contract-scan.ts)
 * takes the clean rows as they are written, and the full reading (longform.ts) reads only the
 * lines the scan left to it, with their own line numbers in every problem. The observations table
 * is then the file's clean lines, unchanged, followed by the accepted rows of the other lines
 * written out. Whenever the two parts could interact (a key that comes twice, a value with a
 * status the file's header has no column for) or the file is not plain UTF-8 contract CSV, the
 * result is null and the whole file takes the full reading, which decides the same way for all.
 */
import { csvCell } from '$lib/data/contract-csv';
import { decodeBytes, UTF8_BOM } from './decode';
import { detectDialect, type Dialect } from './dialect';
import type { Catalogue } from './fields';
import type { IngestCounts, IngestedObservation, IngestResult } from './collect';
import { scanContractObservations, type ContractScan } from './contract-scan';
import { parseLongForm } from './longform';
import type { Problem } from './problems';

export interface AsWritten {
	/** The observations table as contract CSV. */
	text: string;
	/**
	 * The same table as the file's own bytes: these ranges of them, then `appended` (for an ASCII
	 * file, whose text offsets are its byte offsets; null otherwise).
	 */
	bytes: { keep: [number, number][]; appended: string } | null;
	counts: IngestCounts;
	problems: Problem[];
	/** Codes the full reading met in the other lines that no catalogue knows (offered in the review). */
	unknownAreas: string[];
	unknownIndicators: string[];
	summary: {
		observations: number;
		provisional: number;
		years: number[];
		areaCodes: string[];
		indicatorIds: string[];
	};
}

const HEADER_START = 'area_code,indicator_id,year,value';

const NOTHING_READ: IngestResult = {
	accepted: [],
	acceptedLines: [],
	problems: [],
	counts: { read: 0, accepted: 0, rejected: 0, duplicates: 0 },
	unknownAreas: [],
	unknownIndicators: []
};

const byFirstLine = (lines: Map<string, number>) =>
	[...lines].sort((a, b) => a[1] - b[1]).map(([code]) => code);

function minLine(lines: Map<string, number>, code: string, line: number): void {
	const known = lines.get(code);
	if (known === undefined || line < known) lines.set(code, line);
}

export function readAsWritten(bytes: Uint8Array, catalogue: Catalogue): AsWritten | null {
	const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? UTF8_BOM.length : 0;
	if (!new TextDecoder().decode(bytes.subarray(start, start + 64)).startsWith(HEADER_START))
		return null;
	const { decoded, problems: decodeProblems } = decodeBytes(bytes);
	if (!decoded || decoded.encoding !== 'utf-8' || decodeProblems.length > 0) return null;
	const bom = decoded.bom ? UTF8_BOM.length : 0;
	const { text } = decoded;
	// What the full reading would decide the file's dialect to be, and say of it: nothing.
	const { dialect, problems: dialectProblems } = detectDialect(text);
	if (!dialect || dialectProblems.length > 0) return null;
	if (dialect.delimiter !== ',' || dialect.decimal !== 'point') return null;
	const scan = scanContractObservations(text, catalogue);
	if (!scan) return null;
	const ascii = bytes.length - bom === text.length;
	if (scan.irregular.length === 0) {
		return {
			text,
			bytes: ascii ? { keep: [[bom, bytes.length]], appended: '' } : null,
			counts: { read: scan.rows, accepted: scan.rows, rejected: 0, duplicates: 0 },
			problems: [],
			unknownAreas: [],
			unknownIndicators: [],
			summary: {
				observations: scan.rows,
				provisional: scan.provisional,
				years: scan.years,
				areaCodes: byFirstLine(scan.areaFirstLine),
				indicatorIds: byFirstLine(scan.indicatorFirstLine)
			}
		};
	}
	return withIrregularLines(text, dialect, scan, catalogue, ascii ? bom : null);
}

const isBlankLine = (line: string) => /^[\s,]*$/.test(line);

/** The scan's clean rows joined by the full reading's verdict on the lines it left. */
function withIrregularLines(
	text: string,
	dialect: Dialect,
	scan: ContractScan,
	catalogue: Catalogue,
	bom: number | null
): AsWritten | null {
	const headerEnd = text.indexOf('\n') + 1;
	// Blank lines are left out, as the full reading leaves them out; the rest it reads.
	const irregular = scan.irregular.filter((l) => !isBlankLine(text.slice(l.start, l.end)));
	const mini = text.slice(0, headerEnd) + irregular.map((l) => text.slice(l.start, l.end)).join('');
	const read: IngestResult =
		irregular.length > 0 ? parseLongForm(mini, dialect, catalogue) : NOTHING_READ;
	// The mini file's line n is the file's line of its (n - 1)th irregular line.
	const lineOf = (miniLine: number) => irregular[miniLine - 2]?.line ?? null;
	if (read.counts.duplicates > 0 || read.problems.some((p) => p.code.startsWith('observation_')))
		return null;

	const newline = text.startsWith('\r\n', headerEnd - 2) ? '\r\n' : '\n';
	const areaFirstLine = new Map(scan.areaFirstLine);
	const indicatorFirstLine = new Map(scan.indicatorFirstLine);
	const years = new Set(scan.years);
	let provisional = scan.provisional;
	const written: string[] = [];
	for (const [i, o] of read.accepted.entries()) {
		// The same key as a clean row's: which one counts depends on both, so the full reading decides.
		if (scan.seen.mark(scan.keys.of(o))) return null;
		if (o.status && !scan.withStatus) return null;
		written.push(lineFor(o, scan.withStatus) + newline);
		const line = lineOf(read.acceptedLines?.[i] ?? NaN) ?? Infinity;
		minLine(areaFirstLine, o.area_code, line);
		minLine(indicatorFirstLine, o.indicator_id, line);
		years.add(o.year);
		if (o.status === 'provisional') provisional++;
	}

	const keep: [number, number][] = [];
	let from = 0;
	for (const l of scan.irregular) {
		if (l.start > from) keep.push([from, l.start]);
		from = l.end;
	}
	if (from < text.length) keep.push([from, text.length]);
	const appended = written.join('');
	const accepted = scan.rows + read.counts.accepted;
	return {
		text: keep.map(([a, b]) => text.slice(a, b)).join('') + appended,
		bytes: bom === null ? null : { keep: keep.map(([a, b]) => [a + bom, b + bom]), appended },
		counts: {
			read: scan.rows + read.counts.read,
			accepted,
			rejected: read.counts.rejected,
			duplicates: 0
		},
		problems: read.problems.map((p) => (p.row === null ? p : { ...p, row: lineOf(p.row) })),
		unknownAreas: read.unknownAreas,
		unknownIndicators: read.unknownIndicators,
		summary: {
			observations: accepted,
			provisional,
			years: [...years].sort((a, b) => a - b),
			areaCodes: byFirstLine(areaFirstLine),
			indicatorIds: byFirstLine(indicatorFirstLine)
		}
	};
}

/** An observation as contract-csv.ts writes it, in the file's own columns. */
function lineFor(o: IngestedObservation, withStatus: boolean): string {
	const cells = [o.area_code, o.indicator_id, o.year, o.value, ...(withStatus ? [o.status] : [])];
	return cells.map(csvCell).join(',');
}

/** A table as ranges of a file's bytes and a text after them (AsWritten.bytes). */
export function assembleBytes(
	bytes: Uint8Array,
	{ keep, appended }: { keep: readonly (readonly [number, number])[]; appended: string }
): Uint8Array {
	if (keep.length === 1 && appended === '') return bytes.subarray(keep[0][0], keep[0][1]);
	const tail = new TextEncoder().encode(appended);
	const out = new Uint8Array(keep.reduce((n, [a, b]) => n + b - a, 0) + tail.length);
	let at = 0;
	for (const [a, b] of keep) {
		out.set(bytes.subarray(a, b), at);
		at += b - a;
	}
	out.set(tail, at);
	return out;
}
