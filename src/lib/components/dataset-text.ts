/** Small texts shared by the import and the dataset list. */
import { StoreError } from '$lib/data/store';

/** `2019–2023`, `2023`, or '' without years. */
export function yearSpan(years: readonly number[]): string {
	if (years.length === 0) return '';
	const first = Math.min(...years);
	const last = Math.max(...years);
	return first === last ? String(first) : `${first}–${last}`;
}

/** The store's reason when an error came from the store (full quota, no IndexedDB), else null. */
export function storeErrorReason(error: unknown): StoreError['reason'] | null {
	return error instanceof StoreError ? error.reason : null;
}
