import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCKDOWN_STATEMENTS, serialQueue, type Engine, type SqlParam } from './engine';

/** DuckDB on Node: the same SQL as the browser, used at build time, in unit tests and in the benchmark. */
export async function createNodeEngine(memoryLimit = '2GB'): Promise<Engine> {
	const instance = await DuckDBInstance.create(':memory:', {
		autoinstall_known_extensions: 'false',
		autoload_known_extensions: 'false'
	});
	const connection = await instance.connect();
	for (const statement of LOCKDOWN_STATEMENTS(memoryLimit)) await connection.run(statement);
	let scratchDir: string | undefined;
	const serial = serialQueue();
	const scratchPath = async (name: string) => {
		scratchDir ??= await mkdtemp(join(tmpdir(), 'wijkwaarde-'));
		return join(scratchDir, name.replace(/[^\w.-]/g, '_'));
	};

	return {
		async query<Row extends object>(sql: string, params: readonly SqlParam[] = []) {
			return serial(async () => {
				const reader = await connection.runAndReadAll(sql, [...params] as DuckDBValue[]);
				return reader.getRowObjectsJS() as Row[];
			});
		},
		async registerFile(name, content) {
			const path = await scratchPath(name);
			await writeFile(path, content);
			return path;
		},
		outputLocation: scratchPath,
		async takeOutput(location) {
			const bytes = new Uint8Array(await readFile(location));
			await rm(location, { force: true });
			return bytes;
		},
		async close() {
			connection.closeSync();
			instance.closeSync();
		}
	};
}
