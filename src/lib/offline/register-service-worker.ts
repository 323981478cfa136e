import { dev } from '$app/environment';
import { base } from '$app/paths';
import { whenIdle } from '$lib/scheduling';

/**
 * Registers the service worker (src/service-worker.ts) once the page has nothing more urgent
 * to do: after `settled` (the engine's start, which fetches the same wasm and CSVs) and an idle
 * moment. Its install then copies the site from the HTTP cache instead of competing with the
 * first visit for the network and the CPU. SvelteKit's own registration (on `load`) is off in
 * svelte.config.js for that reason.
 */
export function registerServiceWorkerWhenIdle(settled: Promise<unknown>): void {
	if (!('serviceWorker' in navigator)) return;
	const register = () =>
		navigator.serviceWorker
			.register(`${base}/service-worker.js`, {
				scope: `${base}/`,
				type: dev ? 'module' : 'classic'
			})
			.catch((error) => console.warn('Wijkwaarde: no offline copy', error));
	const registerWhenIdle = () => whenIdle(register, 5_000, 1_000);
	settled.then(registerWhenIdle, registerWhenIdle);
}
