import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { LOCKDOWN_STATEMENTS, serialQueue, type Engine, type SqlParam } from './engine';

export class EngineUnavailableError extends Error {
	constructor(
		readonly reason: 'no-wasm' | 'no-worker' | 'timeout' | 'failed',
		detail?: string
	) {
		super(detail ?? reason);
	}
}

/**
 * duckdb-wasm in a Web Worker, self-hosted: the wasm and worker files are emitted by Vite
 * next to the app. Only the `eh` build ships; every current browser supports exceptions.
 * The package is imported dynamically because its `node` export breaks prerendering.
 * The caller creates the worker (see engine-client) so its script loads while this module does.
 */
export async function createBrowserEngine(worker: Worker, timeoutMs = 30_000): Promise<Engine> {
	if (typeof WebAssembly !== 'object') throw new EngineUnavailableError('no-wasm');

	const start = async () => {
		const duckdb = await import('@duckdb/duckdb-wasm');
		const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
		await db.instantiate(wasmUrl);
		performance.mark('wijkwaarde:engine:instantiated');
		await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
		const connection = await db.connect();
		for (const statement of LOCKDOWN_STATEMENTS('1GB')) await connection.query(statement);
		performance.mark('wijkwaarde:engine:opened');
		return { duckdb, db, connection };
	};

	// A wasm served with the wrong MIME type makes instantiate() hang without any error event.
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new EngineUnavailableError('timeout')), timeoutMs);
	});
	// A missing wasm or a wrong MIME type would only show as the timeout; ask the server first.
	const preflight = fetch(wasmUrl, { method: 'HEAD' }).then((response) => {
		const type = response.headers.get('content-type') ?? '';
		if (!response.ok)
			throw new EngineUnavailableError('failed', `${wasmUrl}: HTTP ${response.status}`);
		if (!type.startsWith('application/wasm'))
			throw new EngineUnavailableError('failed', `${wasmUrl} is served as "${type}"`);
	});
	let started: Awaited<ReturnType<typeof start>>;
	try {
		started = await Promise.race([Promise.all([start(), preflight]).then(([s]) => s), timeout]);
	} catch (error) {
		worker.terminate();
		if (error instanceof EngineUnavailableError) throw error;
		throw new EngineUnavailableError(
			'failed',
			error instanceof Error ? error.message : String(error)
		);
	} finally {
		clearTimeout(timer);
	}
	const { db, connection } = started;
	const serial = serialQueue();
	const statements = new Map<string, Awaited<ReturnType<typeof connection.prepare>>>();

	return {
		async query<Row extends object>(sql: string, params: readonly SqlParam[] = []) {
			return serial(async () => {
				let statement = statements.get(sql);
				if (!statement) {
					statement = await connection.prepare(sql);
					statements.set(sql, statement);
				}
				const table = await statement.query(...params);
				return table.toArray().map((row) => row.toJSON() as Row);
			});
		},
		async registerFile(name, content) {
			if (typeof content === 'string') await db.registerFileText(name, content);
			else await db.registerFileBuffer(name, content);
			return name;
		},
		async outputLocation(name) {
			return name;
		},
		async takeOutput(location) {
			// duckdb-wasm keeps what COPY writes in its in-memory file system.
			const bytes = await db.copyFileToBuffer(location);
			await db.dropFile(location);
			return bytes;
		},
		async close() {
			for (const statement of statements.values()) await statement.close();
			await connection.close();
			await db.terminate();
		}
	};
}
