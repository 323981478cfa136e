/**
 * Positions for labels at line ends that do not overlap: each label as close to its wanted y as
 * possible, at least `gap` apart, inside [top, bottom]. Returns the positions in input order.
 */
export function placeLabels(
	wanted: readonly number[],
	gap: number,
	top: number,
	bottom: number
): number[] {
	const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
	const placed = order.map((o) => Math.min(bottom, Math.max(top, o.y)));
	// Push down past the label above, then back up from the bottom edge.
	for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
	for (let k = placed.length - 1; k >= 0; k--) {
		const limit = k === placed.length - 1 ? bottom : placed[k + 1] - gap;
		placed[k] = Math.min(placed[k], limit);
	}
	const result = new Array<number>(wanted.length);
	order.forEach((o, k) => (result[o.i] = placed[k]));
	return result;
}
