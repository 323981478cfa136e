import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { staticImportSpecifiers } from '../../scripts/static-imports.ts';

const BUILD = resolve('build');
const PAGE = join(BUILD, 'wijk', 'WK999902', 'index.html');
const BUDGET_BYTES = 150 * 1024;

/** A URL path in the built HTML (`/_app/…`) as a file on disk. */
function fileOfUrl(url: string): string {
	return join(BUILD, url.replace(/^\/+/, '').split(/[?#]/)[0]);
}

/** The JS the page loads before its first chart: script tags, modulepreloads, bootstrap imports. */
function entryScripts(html: string): string[] {
	const urls = new Set<string>();
	for (const [, attrs] of html.matchAll(/<script\b([^>]*)>/g)) {
		const src = /\bsrc=["']([^"']+)["']/.exec(attrs)?.[1];
		if (src) urls.add(src);
	}
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		if (!/\brel=["']?modulepreload\b/.test(tag)) continue;
		const href = /\bhref=["']([^"']+)["']/.exec(tag)?.[1];
		if (href) urls.add(href);
	}
	for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		if (/\btype=["'](?!module)/.test(attrs)) continue;
		for (const [, target] of body.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g))
			urls.add(target);
	}
	return [...urls].filter((url) => url.endsWith('.js')).map(fileOfUrl);
}

/** The files a built file imports statically (scripts/static-imports.ts). */
function staticImports(file: string): string[] {
	return staticImportSpecifiers(readFileSync(file, 'utf8')).map((target) =>
		target.startsWith('/') ? fileOfUrl(target) : resolve(dirname(file), target)
	);
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

test('the JS a wijk page needs before its first chart stays under 150 KB gzipped', () => {
	expect(existsSync(PAGE), `${PAGE} exists (the webServer builds it)`).toBe(true);
	const entries = entryScripts(readFileSync(PAGE, 'utf8'));
	expect(entries.some((f) => /\/entry\/start\.[^/]+\.js$/.test(f))).toBe(true);
	expect(entries.some((f) => /\/entry\/app\.[^/]+\.js$/.test(f))).toBe(true);

	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.shift()!;
		if (seen.has(file)) continue;
		expect(existsSync(file), `${relative(BUILD, file)} exists`).toBe(true);
		seen.add(file);
		queue.push(...staticImports(file));
	}
	const immutable = join(BUILD, '_app', 'immutable');
	for (const file of seen) expect(file.startsWith(immutable), file).toBe(true);

	const sizes = [...seen].map((file) => ({
		file: relative(BUILD, file),
		gzip: gzipSync(readFileSync(file), { level: 9 }).length
	}));
	const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
	const report = `first-chart JS for /wijk/WK999902/: ${sizes.length} files, ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_BYTES / 1024} KB)`;
	console.log(report);
	for (const s of sizes.sort((a, b) => b.gzip - a.gzip))
		console.log(`  ${(s.gzip / 1024).toFixed(1).padStart(6)} KB  ${s.file}`);
	test.info().annotations.push({ type: 'bundle size', description: report });
	expect(total).toBeLessThan(BUDGET_BYTES);
});

test('exactly one DuckDB wasm ships, the eh build, and no mvp or coi files', () => {
	const files = walk(BUILD).map((file) => relative(BUILD, file));
	const wasm = files.filter((file) => file.endsWith('.wasm'));
	expect(wasm).toHaveLength(1);
	expect(wasm[0].split('/').pop()).toContain('eh');
	const unwanted = files.filter((file) =>
		/duckdb-(browser-)?(mvp|coi)\b|[-.]coi\.(pthread\.)?worker/i.test(file.split('/').pop()!)
	);
	expect(unwanted).toEqual([]);
});

test('a prerendered page preloads no JavaScript (its charts paint first); the SPA fallback does', () => {
	const preloads = (file: string) =>
		[...readFileSync(join(BUILD, file), 'utf8').matchAll(/<link\b[^>]*\bmodulepreload\b[^>]*>/g)]
			.length;
	for (const page of ['index.html', 'wijk/WK999902/index.html', 'vergelijk/index.html'])
		expect(preloads(page), page).toBe(0);
	// A page that is not prerendered has nothing to show before its JavaScript runs.
	expect(preloads('404.html')).toBeGreaterThan(0);
});

test('a wijk page loads its only stylesheet right after its first chart, so that chart paints first', () => {
	const html = readFileSync(PAGE, 'utf8');
	// SvelteKit also lists the inlined CSS as disabled links (for client-side navigation); those
	// never block. Only one stylesheet is loaded, the print rules.
	const links = [...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/g)].filter(
		([tag]) => !/\sdisabled[\s>]/.test(tag)
	);
	expect(links, 'one stylesheet is loaded (the rest of the CSS is inlined)').toHaveLength(1);
	const [link] = links;
	expect(link[0]).toContain('data-print-stylesheet');
	const firstChartEnd = html.indexOf('</figure>');
	const secondChart = html.indexOf('<figure', firstChartEnd);
	expect(html.lastIndexOf('data-chart="trend"', firstChartEnd)).toBeGreaterThan(0);
	// Between the first chart and the second: the parser waits there, Chromium paints the first.
	expect(link.index).toBeGreaterThan(firstChartEnd);
	expect(link.index).toBeLessThan(secondChart);
	const href = /\bhref=["']([^"']+)["']/.exec(link[0])![1];
	expect(readFileSync(fileOfUrl(href), 'utf8')).toContain('@media print');
});
