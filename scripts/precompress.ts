/**
 * Writes .br and .gz next to every compressible file of the build, for static hosts that
 * serve precompressed files. adapter-static's own precompress runs brotli at its highest
 * level, which takes over 100 s for the 34 MB DuckDB wasm (and ~0.4 s per prerendered
 * page); level 9 takes 4 s for the wasm and is 14% larger, so files over 64 KB get level 9
 * and the small rest level 11.
 *
 *   tsx scripts/precompress.ts [dir]   (default: $BUILD_DIR or build)
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.csv',
	'.svg',
	'.txt',
	'.wasm',
	'.xml'
]);
const LARGE = 64_000;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function* files(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else if (COMPRESSIBLE.has(extname(entry.name))) yield path;
	}
}

const dir = process.argv[2] ?? process.env.BUILD_DIR ?? 'build';
const started = performance.now();
let count = 0;
for await (const path of files(dir)) {
	const content = await readFile(path);
	const quality = content.length > LARGE ? 9 : 11;
	const [br, gzipped] = await Promise.all([
		brotli(content, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: quality,
				[constants.BROTLI_PARAM_SIZE_HINT]: content.length
			}
		}),
		gz(content, { level: 9 })
	]);
	await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
	count++;
}
console.log(
	`precompressed ${count} files in ${dir} (${Math.round(performance.now() - started)} ms)`
);
