/** Small texts shared by the import and the dataset list. */
import { StoreError } from '$lib/data/store';

export { yearSpan } from '$lib/i18n/format';

/** The store's reason when an error came from the store (full quota, no IndexedDB), else null. */
export function storeErrorReason(error: unknown): StoreError['reason'] | null {
	return error instanceof StoreError ? error.reason : null;
}
