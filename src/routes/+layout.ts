import { browser } from '$app/environment';

export const prerender = true;

let firstLoad = true;

/**
 * On the first load in the browser, let the prerendered page paint before hydration takes
 * the main thread: otherwise the module scripts run before the first frame and the charts,
 * already in the HTML, appear only after hydration.
 */
export async function load() {
	if (browser && firstLoad) {
		firstLoad = false;
		await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
	}
	return {};
}
