/** When work that is not urgent runs: after the next paint, or when the browser is idle. */

/**
 * Runs `task` when the browser has nothing more urgent to do, or after `timeout` ms at the
 * latest. Where requestIdleCallback is missing (Safari) it waits `fallbackDelay` ms instead.
 */
export function whenIdle(task: () => void, timeout: number, fallbackDelay: number): void {
	if ('requestIdleCallback' in window) requestIdleCallback(() => task(), { timeout });
	else setTimeout(task, fallbackDelay);
}

let batch: (() => void)[] | null = null;

/**
 * Runs `task` in a task of its own right after the next frame has been painted; returns a
 * function that cancels it. Everything asked for before that frame runs in one task, so that
 * the state it sets is drawn in one update (many charts, one flush) rather than one each.
 */
export function afterNextPaint(task: () => void): () => void {
	let cancelled = false;
	if (!batch) {
		const tasks: (() => void)[] = (batch = []);
		requestAnimationFrame(() => {
			batch = null;
			setTimeout(() => tasks.forEach((run) => run()), 0);
		});
	}
	batch.push(() => cancelled || task());
	return () => (cancelled = true);
}
