/**
 * The Engine: one interface over DuckDB, implemented in the browser (duckdb-wasm in a
 * Web Worker, engine-browser.ts) and on Node (engine-node.ts, for prerendering, tests and
 * the benchmark). Only queries.ts talks to an Engine.
 */

export type SqlParam = string | number | boolean | null;

export interface Engine {
	/** Runs one statement with bound parameters (`?`), returning plain JS rows. */
	query<Row extends object>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
	/** Where read_csv finds a file of the given name: a path on Node, a registered buffer in the browser. */
	registerFile(name: string, content: string | Uint8Array): Promise<string>;
	/** Where a statement may write a file of the given name (`COPY … TO`): a path, or a virtual file. */
	outputLocation(name: string): Promise<string>;
	/** The bytes written to an output location; the file is removed. */
	takeOutput(location: string): Promise<Uint8Array>;
	close(): Promise<void>;
}

/**
 * Applied to every engine before any data arrives: nothing is ever fetched from DuckDB's
 * extension servers, memory is bounded, and the settings cannot be changed afterwards.
 */
export const LOCKDOWN_STATEMENTS = (memoryLimit: string) => [
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false',
	`SET memory_limit = '${memoryLimit.replace(/[^0-9A-Za-z]/g, '')}'`,
	'SET lock_configuration = true'
];

/** A string literal for SQL, for the few places where DuckDB takes no parameter (file names we choose). */
export function sqlStringLiteral(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Runs tasks one after another. A DuckDB connection executes one statement at a time;
 * concurrent calls on one Node connection abort the process.
 */
export function serialQueue() {
	let tail: Promise<unknown> = Promise.resolve();
	return <T>(task: () => Promise<T>): Promise<T> => {
		const result = tail.then(task, task);
		tail = result.catch(() => undefined);
		return result;
	};
}
