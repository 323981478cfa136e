import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';
import { startStaticServer } from './serve-static.ts';
const dirs = process.argv.slice(3);
const runs = Number(process.argv[2]);
const servers = await Promise.all(dirs.map((dir) => startStaticServer({ dir, port: 0, host: '127.0.0.1' })));
const ports = servers.map((s) => (s.address() as { port: number }).port);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const res: Record<string, number[]> = {};
const INIT = `new MutationObserver(() => { if (document.documentElement.dataset.engine === 'ready' && !window.__ready) window.__ready = performance.now(); }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-engine'] });`;
for (let run = -1; run < runs; run++) {
	for (const [i, dir] of dirs.entries()) {
		const context = await browser.newContext({ bypassCSP: true });
		await context.addInitScript({ content: INIT });
		const wasm: string[] = [];
		context.on('requestfinished', async (r) => { if (r.url().endsWith('.wasm')) wasm.push(`${r.method()} ${(await r.sizes()).responseBodySize}`); });
		const page = await context.newPage();
		await page.goto(`http://127.0.0.1:${ports[i]}/wijk/WK999902/`);
		await page.waitForFunction('window.__ready', null, { timeout: 60000 });
		const t = (await page.evaluate('window.__ready')) as number;
		const marks = await page.evaluate(`performance.getEntriesByType('mark').map((m) => m.name.replace('wijkwaarde:engine:', '') + ' ' + m.startTime.toFixed(0)).join(', ')`);
		if (run >= 0) (res[dir] ??= []).push(t);
		if (run === 0) console.log(dir, t.toFixed(0), marks, wasm.join(' | '));
		await context.close();
	}
}
for (const [dir, v] of Object.entries(res)) { v.sort((a, b) => a - b); console.log(dir, 'median', v[Math.floor(v.length / 2)].toFixed(0), 'min', v[0].toFixed(0)); }
await browser.close(); for (const s of servers) s.close();
