import type { ParamMatcher } from '@sveltejs/kit';

/** Dutch lives at the root; other languages get a prefix. */
export const match: ParamMatcher = (param) => param === 'en';
