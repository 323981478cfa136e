/**
 * The ids and ARIA attributes of an editor's fields: each control is described by its hint and,
 * when it has one, its problem (and marked invalid), so a screen reader reads both with it.
 */
export function formFields<F extends string>(uid: string, hasProblem: (field: F) => boolean) {
	const ids = (field: F) => ({
		input: `${uid}-${field}`,
		hint: `${uid}-${field}-hint`,
		error: `${uid}-${field}-error`
	});
	return {
		ids,
		/** Spread on a field's control: its id, aria-invalid and aria-describedby. */
		control: (field: F, hint = false) => ({
			id: ids(field).input,
			'aria-invalid': hasProblem(field) ? ('true' as const) : undefined,
			'aria-describedby':
				[hint ? ids(field).hint : null, hasProblem(field) ? ids(field).error : null]
					.filter(Boolean)
					.join(' ') || undefined
		})
	};
}
