// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** The area shown after an in-place switch from the area picker. */
			areaCode?: string;
			/** The compare page's selection after a change (its URL holds the same). */
			compare?: import('$lib/compare/selection').CompareSelection;
		}
		// interface Platform {}
	}
}

export {};
