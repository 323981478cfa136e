/**
 * A plain static file server for the built site, like any static host: no SvelteKit
 * involved. Serves precompressed .br/.gz files when the client accepts them, redirects
 * directories to their trailing slash, and answers unknown paths with the SPA fallback.
 * Used by the end-to-end tests and the benchmark.
 *
 *   tsx scripts/serve-static.ts [--port 4173] [--dir build] [--base /wijkwaarde]
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.parquet': 'application/octet-stream',
	'.webmanifest': 'application/manifest+json'
};

export interface StaticServerOptions {
	dir: string;
	port: number;
	base?: string;
	fallback?: string;
	host?: string;
}

async function fileAt(path: string) {
	try {
		const info = await stat(path);
		return info;
	} catch {
		return null;
	}
}

export function startStaticServer(options: StaticServerOptions): Promise<Server> {
	const root = resolve(options.dir);
	const base = (options.base ?? '').replace(/\/$/, '');
	const fallback = options.fallback ?? '404.html';

	async function send(req: IncomingMessage, res: ServerResponse, path: string, status = 200) {
		const type = MIME[extname(path)] ?? 'application/octet-stream';
		const accept = String(req.headers['accept-encoding'] ?? '');
		let body = path;
		let encoding: string | undefined;
		for (const [token, suffix] of [
			['br', '.br'],
			['gzip', '.gz']
		] as const) {
			if (accept.includes(token) && (await fileAt(path + suffix))?.isFile()) {
				body = path + suffix;
				encoding = token;
				break;
			}
		}
		const info = await stat(body);
		// A byte range of an uncompressed file (a partitioned dataset's Parquet row groups).
		const range = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''));
		if (range && !encoding && status === 200 && (range[1] || range[2])) {
			const start = range[1] ? Number(range[1]) : Math.max(0, info.size - Number(range[2]));
			const end = range[1] && range[2] ? Math.min(Number(range[2]), info.size - 1) : info.size - 1;
			if (start > end || start >= info.size) {
				res.writeHead(416, { 'content-range': `bytes */${info.size}` }).end();
				return;
			}
			res.writeHead(206, {
				'content-type': type,
				'content-length': end - start + 1,
				'content-range': `bytes ${start}-${end}/${info.size}`,
				'accept-ranges': 'bytes',
				'cache-control': 'public, max-age=31536000, immutable'
			});
			if (req.method === 'HEAD') res.end();
			else createReadStream(body, { start, end }).pipe(res);
			return;
		}
		const headers: Record<string, string | number> = {
			'content-type': type,
			'content-length': info.size,
			'accept-ranges': 'bytes',
			'cache-control': path.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			vary: 'accept-encoding'
		};
		if (encoding) headers['content-encoding'] = encoding;
		res.writeHead(status, headers);
		if (req.method === 'HEAD') res.end();
		else createReadStream(body).pipe(res);
	}

	const server = createServer(async (req, res) => {
		try {
			const url = new URL(req.url ?? '/', 'http://localhost');
			let pathname = decodeURIComponent(url.pathname);
			if (base) {
				if (pathname === base) {
					res.writeHead(301, { location: `${base}/` }).end();
					return;
				}
				if (!pathname.startsWith(`${base}/`)) {
					res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
					return;
				}
				pathname = pathname.slice(base.length);
			}
			const target = normalize(join(root, pathname));
			if (!target.startsWith(root)) {
				res.writeHead(403).end();
				return;
			}
			const info = await fileAt(target);
			if (info?.isFile()) return await send(req, res, target);
			if (info?.isDirectory()) {
				if (!pathname.endsWith('/')) {
					res.writeHead(301, { location: `${base}${pathname}/${url.search}` }).end();
					return;
				}
				const index = join(target, 'index.html');
				if ((await fileAt(index))?.isFile()) return await send(req, res, index);
			}
			const asHtml = `${target.replace(/\/$/, '')}.html`;
			if ((await fileAt(asHtml))?.isFile()) return await send(req, res, asHtml);
			// Files with an extension are real files or nothing; pages fall back to the app shell.
			if (extname(pathname)) {
				res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
				return;
			}
			await send(req, res, join(root, fallback), 404);
		} catch (error) {
			res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
		}
	});
	return new Promise((resolvePromise) =>
		server.listen(options.port, options.host ?? '127.0.0.1', () => resolvePromise(server))
	);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const arg = (name: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1] : undefined;
	};
	const port = Number(arg('port') ?? 4173);
	const server = await startStaticServer({
		dir: arg('dir') ?? 'build',
		port,
		base: arg('base') ?? process.env.BASE_PATH ?? ''
	});
	console.log(`Serving ${arg('dir') ?? 'build'} on http://127.0.0.1:${port}${arg('base') ?? ''}/`);
	process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
