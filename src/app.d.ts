// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** The area shown after an in-place switch from the area picker. */
			areaCode?: string;
		}
		// interface Platform {}
	}
}

export {};
