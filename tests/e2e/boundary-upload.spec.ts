/**
 * Boundaries of your own on /data: data for a new (fictional) gemeente, Proefdorp, plus a
 * boundary file for its areas in RD New → the review (counts, every skipped feature by number)
 * → the maps of its pages draw those shapes inside the SVG → kept over a reload → gone after
 * Remove. A broken file is refused with a message and changes nothing. Expected codes and
 * problems come from the fixture files in tests/fixtures/boundaries.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { areas as bundledAreas } from './helpers/data';
import { engineReady, expect, test } from './helpers/fixtures';

test.describe.configure({ mode: 'parallel' });

const DIR = 'tests/fixtures/boundaries';
const DATA_FILES = [`${DIR}/proefdorp-observations.csv`, `${DIR}/proefdorp-areas.csv`];
const RD_FILE = `${DIR}/proefdorp-rd.geojson`;
const TOPO_FILE = `${DIR}/proefdorp.topojson`;
const WIJKEN = ['WK999801', 'WK999802'];
const BUURTEN = ['BU99980101', 'BU99980102', 'BU99980201'];

const mapFigure = (page: Page) => page.locator('figure[data-chart="map"]');
const boundaryState = (page: Page) => page.locator('[data-boundary-import]');
const fileInput = (page: Page) => page.locator('input[type="file"]');

async function openDataPage(page: Page) {
	await page.goto('/data/');
	await engineReady(page);
}

async function uploadProefdorpData(page: Page) {
	await fileInput(page).setInputFiles(DATA_FILES);
	await expect(page.locator('[data-import]')).toHaveAttribute('data-import', 'review');
	await expect(page.locator('[data-import-error]')).toHaveCount(0);
	await page.locator('[data-import-confirm]').click();
	await expect(page.locator('[data-import]')).toHaveAttribute('data-import', 'done');
}

/**
 * The map draws exactly `codes`, each a non-empty path whose box lies inside the SVG's viewBox
 * and is more than a speck (the projection is fitted to these shapes, not to the demo's too).
 */
async function expectMapShapes(page: Page, codes: string[], minShare = 0.02) {
	const figure = mapFigure(page);
	await expect(figure.locator('path[data-area]')).toHaveCount(codes.length);
	for (const code of codes) {
		const shape = figure.locator(`path[data-area="${code}"]`);
		await expect(shape).toHaveCount(1);
		expect((await shape.getAttribute('d'))?.length ?? 0).toBeGreaterThan(10);
		const fit = await shape.evaluate((path: SVGPathElement) => {
			const box = path.getBBox();
			const view = path.ownerSVGElement!.viewBox.baseVal;
			return {
				inside:
					box.x >= view.x - 0.5 &&
					box.y >= view.y - 0.5 &&
					box.x + box.width <= view.x + view.width + 0.5 &&
					box.y + box.height <= view.y + view.height + 0.5,
				share: (box.width * box.height) / (view.width * view.height)
			};
		});
		expect(fit.inside, `${code} inside the viewBox`).toBe(true);
		expect(fit.share, `${code} is more than a speck`).toBeGreaterThan(minShare);
	}
}

test('boundaries for uploaded areas: reviewed, drawn on their maps, kept over a reload, removed', async ({
	page,
	network,
	problems
}) => {
	test.setTimeout(180_000);
	await openDataPage(page);
	await uploadProefdorpData(page);

	await fileInput(page).setInputFiles(RD_FILE);
	await expect(boundaryState(page)).toHaveAttribute('data-boundary-import', 'review');
	const file = page.locator('[data-boundary-file="proefdorp-rd.geojson"]');
	await expect(file).toContainText('RD New (EPSG:28992)');
	await expect(file.locator('[data-boundary-count="features"]')).toHaveText('9');
	await expect(file.locator('[data-boundary-count="usable"]')).toHaveText('7');
	await expect(file.locator('[data-boundary-count="matched"]')).toHaveText('6');
	await expect(file.locator('[data-boundary-count="unknown"]')).toHaveText('1');
	const problem = (code: string) => file.locator(`[data-boundary-problem="${code}"]`);
	await expect(problem('geometry_missing')).toHaveAttribute('data-feature', '8');
	await expect(problem('geometry_missing')).toContainText('BU99980299');
	await expect(problem('geometry_unsupported')).toHaveAttribute('data-feature', '9');
	await expect(problem('geometry_unsupported')).toContainText('Point');
	await expect(problem('code_unknown')).toHaveAttribute('data-feature', '7');
	await expect(problem('code_unknown')).toContainText('BU99989999');
	await expect(problem('reprojected')).toContainText('omgerekend naar WGS84');
	if (process.env.BOUNDARY_SCREENSHOTS) await screenshots(page, 'data-review');

	await page.locator('[data-boundary-confirm]').click();
	await expect(boundaryState(page)).toHaveAttribute('data-boundary-import', 'done');
	await expect(page.locator('[data-boundary-upload]')).toHaveCount(1);
	await expect(page.locator('[data-boundary-shapes]')).toHaveText('7');

	await page.locator('[data-boundary-map-link]').click();
	await expect(page).toHaveURL(/\/wijk\/GM9998\/$/);
	await expect(page.locator('h1')).toContainText('Proefdorp');
	await expectMapShapes(page, WIJKEN);
	if (process.env.BOUNDARY_SCREENSHOTS) await screenshots(page, 'gemeente-map', true);

	// A wijk's page opened directly after a reload: the stored boundaries are back.
	await page.goto('/wijk/WK999801/');
	await engineReady(page);
	await expectMapShapes(page, WIJKEN);
	await expect(mapFigure(page).locator('[data-selected-area="WK999801"]')).toHaveCount(1);
	await page.locator('[data-level-switch="map"] input[data-level="buurt"]').check();
	await expectMapShapes(page, BUURTEN);

	// The overview offers the gemeente; the demo's map is the default and untouched.
	await page.goto('/');
	await engineReady(page);
	const bundledWijken = bundledAreas.filter((a) => a.level === 'wijk').map((a) => a.code);
	await expect(mapFigure(page).locator('path[data-area]')).toHaveCount(bundledWijken.length);
	await page.locator('[data-map-scope]').selectOption('GM9998');
	await expectMapShapes(page, WIJKEN);
	await expect(page).toHaveURL(/gemeente=GM9998/);

	await openDataPage(page);
	await expect(page.locator('[data-boundary-upload]')).toHaveCount(1);
	await page.locator('[data-boundary-remove]').click();
	await expect(page.locator('[data-boundary-upload]')).toHaveCount(0);
	await page.goto('/wijk/GM9998/');
	await engineReady(page);
	await expect(page.locator('h1')).toContainText('Proefdorp');
	await expect(mapFigure(page)).toHaveCount(0);
	await page.goto('/');
	await engineReady(page);
	await expect(page.locator('[data-map-scope]')).toHaveCount(0);

	expect(network.foreign).toEqual([]);
	expect(problems.pageErrors).toEqual([]);
});

test('a broken or non-geographic boundary file is refused with a message, and nothing is lost', async ({
	page,
	problems
}) => {
	test.setTimeout(120_000);
	await openDataPage(page);
	await uploadProefdorpData(page);
	// TopoJSON boundaries first: the ones a failed import must leave in place.
	await fileInput(page).setInputFiles(TOPO_FILE);
	await expect(boundaryState(page)).toHaveAttribute('data-boundary-import', 'review');
	const topo = page.locator('[data-boundary-file="proefdorp.topojson"]');
	await expect(topo).toContainText('TopoJSON');
	await expect(topo.locator('[data-boundary-count="matched"]')).toHaveText('2');
	await page.locator('[data-boundary-confirm]').click();
	await expect(boundaryState(page)).toHaveAttribute('data-boundary-import', 'done');

	await fileInput(page).setInputFiles(`${DIR}/kapot.geojson`);
	await expect(boundaryState(page)).toHaveAttribute('data-boundary-import', 'error');
	await expect(page.locator('[data-boundary-refused-message]')).toContainText(
		'kan niet worden gebruikt'
	);
	await expect(page.locator('[data-boundary-problem="not_json"]')).toContainText(
		'geen JSON, dus geen GeoJSON of TopoJSON (het bestand houdt midden in de tekst op)'
	);
	if (process.env.BOUNDARY_SCREENSHOTS) await screenshots(page, 'data-refused');
	await fileInput(page).setInputFiles(`${DIR}/geen-geo.json`);
	await expect(page.locator('[data-boundary-problem="not_geo"]')).toContainText('geen GeoJSON');
	await expect(page.locator('[data-boundary-confirm]')).toHaveCount(0);
	// The data import was not involved, and the kept boundaries are still listed.
	await expect(page.locator('[data-import]')).toHaveAttribute('data-import', 'done');
	await expect(page.locator('[data-boundary-upload]')).toHaveCount(1);
	await expect(page.locator('[data-dataset]')).toHaveCount(1);

	await page.goto('/wijk/GM9998/');
	await engineReady(page);
	await expectMapShapes(page, WIJKEN);
	// The bundled map still works.
	await page.goto('/wijk/WK999901/');
	await engineReady(page);
	await expect(mapFigure(page).locator('[data-selected-area="WK999901"]')).toHaveCount(1);

	await page.goto('/en/data/');
	await engineReady(page);
	await fileInput(page).setInputFiles(`${DIR}/kapot.geojson`);
	await expect(page.locator('[data-boundary-problem="not_json"]')).toContainText('not JSON');
	expect(problems.pageErrors).toEqual([]);
});

test('a full storage quota is reported for boundaries, and nothing is kept', async ({ page }) => {
	// The browser refuses to store boundaries, as when its quota is used up.
	await page.addInitScript(`
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args) {
			if (this.name === 'boundaries')
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	`);
	await openDataPage(page);
	await fileInput(page).setInputFiles(TOPO_FILE);
	await expect(boundaryState(page)).toHaveAttribute('data-boundary-import', 'review');
	await page.locator('[data-boundary-confirm]').click();
	await expect(boundaryState(page).locator('[data-store-error]')).toContainText(/opslaglimiet/);
	await expect(boundaryState(page)).toHaveAttribute('data-boundary-import', 'review');
	await expect(page.locator('[data-boundary-upload]')).toHaveCount(0);
	await page.reload();
	await engineReady(page);
	await expect(page.locator('[data-boundary-uploads]')).toContainText('nog geen eigen grenzen');
});

const ROTTERDAM = resolve('..', 'shared', 'realdata', 'rotterdam-ikgeo');

test('the real Rotterdam buurtkaart draws its 92 buurten, coloured by the CBS figures of 2017', async ({
	page,
	problems
}) => {
	test.skip(
		!existsSync(ROTTERDAM),
		`real data not found at ${ROTTERDAM} (../shared/realdata is absent)`
	);
	test.setTimeout(150_000);
	// The raw CBS OData dump of 2017 (padded strings, '.' = secret) as contract CSVs, read here
	// and not by the app: Koopwoningen (%) is the catalogue's owner_occupied_share.
	const raw = JSON.parse(
		readFileSync(join(ROTTERDAM, 'ikgeoData.json'), 'utf8').replace(/^\uFEFF/, '')
	) as { value: Record<string, Record<string, string>> };
	const geojson = JSON.parse(
		readFileSync(join(ROTTERDAM, 'rotterdam_buurten.geojson'), 'utf8')
	) as { features: { properties: { id: string; name: string } }[] };
	const names = new Map(geojson.features.map((f) => [f.properties.id, f.properties.name]));
	const rows = Object.values(raw.value).map((r) => ({
		code: r.WijkenEnBuurten.trim(),
		share: r.Koopwoningen_40.trim()
	}));
	const parentOf = (code: string) =>
		code.startsWith('BU') ? `WK${code.slice(2, 8)}` : code.startsWith('WK') ? 'GM0599' : '';
	const levelOf = (code: string) =>
		code.startsWith('BU') ? 'buurt' : code.startsWith('WK') ? 'wijk' : 'gemeente';
	const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
	const dir = resolve('test-results', 'boundary-realdata');
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		join(dir, 'rotterdam-areas.csv'),
		['code,name,level,parent_code']
			.concat(
				rows.map(
					({ code }) =>
						`${code},${quote(code === 'GM0599' ? 'Rotterdam' : (names.get(code) ?? code))},${levelOf(code)},${parentOf(code)}`
				)
			)
			.join('\n') + '\n'
	);
	const observed = rows.filter((r) => r.share !== '.');
	writeFileSync(
		join(dir, 'rotterdam-2017.csv'),
		['area_code,indicator_id,year,value']
			.concat(observed.map((r) => `${r.code},owner_occupied_share,2017,${r.share}`))
			.join('\n') + '\n'
	);

	await openDataPage(page);
	await fileInput(page).setInputFiles([
		join(dir, 'rotterdam-2017.csv'),
		join(dir, 'rotterdam-areas.csv'),
		join(ROTTERDAM, 'rotterdam_buurten.geojson')
	]);
	await expect(page.locator('[data-import]')).toHaveAttribute('data-import', 'review');
	await expect(boundaryState(page)).toHaveAttribute('data-boundary-import', 'review');
	const file = page.locator('[data-boundary-file="rotterdam_buurten.geojson"]');
	await expect(file.locator('[data-boundary-count="features"]')).toHaveText('92');
	await expect(file.locator('[data-boundary-count="usable"]')).toHaveText('92');
	// Read in the same drop as the areas: none of them is known yet.
	await expect(file.locator('[data-boundary-count="matched"]')).toHaveText('0');
	await page.locator('[data-import-confirm]').click();
	await expect(page.locator('[data-import]')).toHaveAttribute('data-import', 'done');
	// Once the data is in, the same review counts them as known.
	await expect(file.locator('[data-boundary-count="matched"]')).toHaveText('92');
	await expect(file.locator('[data-boundary-problem="simplified"]')).toContainText('37.363');
	await page.locator('[data-boundary-confirm]').click();
	await expect(boundaryState(page)).toHaveAttribute('data-boundary-import', 'done');

	await page.goto('/wijk/GM0599/');
	await engineReady(page);
	const buurten = geojson.features.map((f) => f.properties.id);
	// The file has buurten only: the gemeente's map takes the buurt level.
	await expect(mapFigure(page)).toHaveAttribute('data-level', 'buurt');
	await expect(mapFigure(page)).toHaveAttribute('data-indicator', 'owner_occupied_share');
	await expect(mapFigure(page)).toHaveAttribute('data-year', '2017');
	await expectMapShapes(page, buurten, 0);
	for (const { code, share } of observed.filter((r) =>
		['BU05990110', 'BU05990320'].includes(r.code)
	))
		await expect(mapFigure(page).locator(`path[data-area="${code}"]`)).toHaveAttribute(
			'data-value',
			String(Number(share))
		);
	if (process.env.BOUNDARY_SCREENSHOTS) await screenshots(page, 'rotterdam-map', true);
	expect(problems.pageErrors).toEqual([]);
});

const PDOK = resolve('..', 'shared', 'realdata', 'pdok-gemeenten-2023', 'gemeenten.json');

test('PDOK’s gemeenten 2023 give a gemeente without wijk shapes the map of all gemeenten', async ({
	page,
	problems
}) => {
	test.skip(!existsSync(PDOK), `real data not found at ${PDOK} (../shared/realdata is absent)`);
	test.setTimeout(150_000);
	// The file's own attributes as data: inhabitants on 1 January 2023 per gemeente, as an
	// indicator added in the same drop. Read here, not by the app.
	const pdok = JSON.parse(readFileSync(PDOK, 'utf8')) as {
		features: {
			properties: { gemeentecode: string; gemeentenaam: string; aantalInwoners: number };
		}[];
	};
	const gemeenten = pdok.features.map((f) => f.properties);
	const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
	const dir = resolve('test-results', 'boundary-realdata');
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		join(dir, 'areas.csv'),
		['code,name,level,parent_code']
			.concat(gemeenten.map((g) => `${g.gemeentecode},${quote(g.gemeentenaam)},gemeente,`))
			.join('\n') + '\n'
	);
	writeFileSync(
		join(dir, 'indicators.csv'),
		'id,theme,label_nl,label_en,unit,direction,decimals,source,description_nl,description_en\n' +
			'inhabitants,people,Aantal inwoners,Inhabitants,aantal,none,0,CBS via PDOK,Inwoners op 1 januari.,Inhabitants on 1 January.\n'
	);
	writeFileSync(
		join(dir, 'inwoners-2023.csv'),
		['area_code,indicator_id,year,value']
			.concat(
				gemeenten
					// One gemeente of the file has no count.
					.filter((g) => typeof g.aantalInwoners === 'number')
					.map((g) => `${g.gemeentecode},inhabitants,2023,${g.aantalInwoners}`)
			)
			.join('\n') + '\n'
	);
	await openDataPage(page);
	await fileInput(page).setInputFiles(
		['inwoners-2023.csv', 'areas.csv', 'indicators.csv'].map((f) => join(dir, f))
	);
	await expect(page.locator('[data-import]')).toHaveAttribute('data-import', 'review');
	await expect(page.locator('[data-import-error]')).toHaveCount(0);
	await page.locator('[data-import-confirm]').click();
	await expect(page.locator('[data-import]')).toHaveAttribute('data-import', 'done');
	await fileInput(page).setInputFiles(PDOK);
	const file = page.locator('[data-boundary-file="gemeenten.json"]');
	await expect(file.locator('[data-boundary-count="matched"]')).toHaveText('343');
	await page.locator('[data-boundary-confirm]').click();
	await expect(boundaryState(page)).toHaveAttribute('data-boundary-import', 'done');

	await page.goto('/wijk/GM0599/');
	await engineReady(page);
	await expect(mapFigure(page)).toHaveAttribute('data-level', 'gemeente');
	await expect(mapFigure(page)).toHaveAttribute('data-indicator', 'inhabitants');
	await expect(mapFigure(page).locator('[data-selected-area="GM0599"]')).toHaveCount(1);
	// Every gemeente with a shape: PDOK's 343 and the demo's own, off the coast.
	const demo = bundledAreas.filter((a) => a.level === 'gemeente').map((a) => a.code);
	await expectMapShapes(page, [...gemeenten.map((g) => g.gemeentecode), ...demo], 0);
	for (const code of ['GM0599', 'GM0193'])
		await expect(mapFigure(page).locator(`path[data-area="${code}"]`)).toHaveAttribute(
			'data-value',
			String(gemeenten.find((g) => g.gemeentecode === code)!.aantalInwoners)
		);
	if (process.env.BOUNDARY_SCREENSHOTS) await screenshots(page, 'pdok-map', true);
	expect(problems.pageErrors).toEqual([]);
});

/** Screenshots for a person to look at (BOUNDARY_SCREENSHOTS=1), at 1280 and 390 px. */
async function screenshots(page: Page, name: string, mapOnly = false) {
	const size = page.viewportSize()!;
	for (const width of [1280, 390]) {
		await page.setViewportSize({ width, height: 900 });
		const path = `test-results/boundary-screens/${name}-${width}.png`;
		if (mapOnly) await page.locator('[data-map-panel]').screenshot({ path });
		else await page.screenshot({ path, fullPage: true });
	}
	await page.setViewportSize(size);
}
