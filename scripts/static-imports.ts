/**
 * The modules a built JS file imports statically (`import … from "x"`, `import "x"`, `export … from
 * "x"`), as written in it; dynamic import() is not followed. What a page runs before it hydrates is
 * its entries and everything reached this way (the budget test and the benchmark both count it).
 */
export function staticImportSpecifiers(code: string): string[] {
	const pattern =
		/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;
	return [...code.matchAll(pattern)].map(([, target]) => target);
}
