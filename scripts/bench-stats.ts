/** Statistics and Markdown tables for the benchmark's report (scripts/bench.ts and its sections). */

export const KB = 1000;

export interface Stats {
	n: number;
	median: number;
	min: number;
	max: number;
	p95: number;
}

export function stats(values: number[]): Stats {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	const n = sorted.length;
	if (n === 0) return { n, median: NaN, min: NaN, max: NaN, p95: NaN };
	const mid = Math.floor(n / 2);
	return {
		n,
		median: n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
		min: sorted[0],
		max: sorted[n - 1],
		p95: sorted[Math.min(n - 1, Math.ceil(0.95 * n) - 1)]
	};
}

export const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(v < 10 ? 1 : 0)} ms` : '–');
export const kb = (v: number) => (Number.isFinite(v) ? `${(v / KB).toFixed(1)} kB` : '–');
export const mb = (v: number) => (Number.isFinite(v) ? `${(v / 1e6).toFixed(1)} MB` : '–');
export const verdict = (pass: boolean) => (pass ? '**pass**' : '**FAIL**');

export interface Row {
	metric: string;
	s: Stats;
	format: (v: number) => string;
	target?: string;
	pass?: boolean;
}

export function table(rows: Row[], withP95 = false): string {
	const head = withP95
		? '| Metric | Median | Min | Max | p95 | n | Target | Result |\n|---|--:|--:|--:|--:|--:|---|---|'
		: '| Metric | Median | Min | Max | n | Target | Result |\n|---|--:|--:|--:|--:|---|---|';
	const lines = rows.map((r) =>
		[
			r.metric,
			r.format(r.s.median),
			r.format(r.s.min),
			r.format(r.s.max),
			...(withP95 ? [r.format(r.s.p95)] : []),
			String(r.s.n),
			r.target ?? '',
			r.pass === undefined ? '' : verdict(r.pass)
		].join(' | ')
	);
	return [head, ...lines.map((l) => `| ${l} |`)].join('\n');
}
