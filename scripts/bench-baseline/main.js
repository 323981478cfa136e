// Benchmark baseline: fetch the CSVs, parse them with papaparse and draw the trend grid with
// d3 in the browser. Globals `Papa` and `d3` come from the classic scripts in index.html.

const WIDTH = 320;
const HEIGHT = 180;
const MARGIN = { top: 10, right: 14, bottom: 24, left: 52 };
const REFERENCE = 'GM9999';
const THEMES = { people: 'Mens', planet: 'Milieu', profit: 'Economie' };

async function loadCsv(name) {
	const response = await fetch(`data/${name}.csv`);
	if (!response.ok) throw new Error(`${name}.csv: HTTP ${response.status}`);
	const text = await response.text();
	return Papa.parse(text, { header: true, skipEmptyLines: true }).data;
}

function seriesByIndicator(observations, code) {
	const byIndicator = new Map();
	for (const row of observations) {
		if (row.area_code !== code) continue;
		const value = row.value === '' ? null : Number(row.value);
		const list = byIndicator.get(row.indicator_id) ?? [];
		list.push({ year: Number(row.year), value });
		byIndicator.set(row.indicator_id, list);
	}
	for (const list of byIndicator.values()) list.sort((a, b) => a.year - b.year);
	return byIndicator;
}

function drawChart(container, indicator, code, area, reference, years) {
	const figure = container
		.append('figure')
		.attr('data-chart', 'trend')
		.attr('data-area', code)
		.attr('data-indicator', indicator.id);
	figure.append('figcaption').text(indicator.label_nl);
	const observed = area.filter((p) => p.value !== null);
	if (observed.length === 0) {
		figure.append('p').attr('class', 'empty').text('Geen gegevens');
		return;
	}
	const values = [...observed, ...reference.filter((p) => p.value !== null)].map((p) => p.value);
	const x = d3
		.scaleLinear()
		.domain(years)
		.range([MARGIN.left, WIDTH - MARGIN.right]);
	const y = d3
		.scaleLinear()
		.domain(d3.extent(values))
		.nice(4)
		.range([HEIGHT - MARGIN.bottom, MARGIN.top]);
	const line = d3
		.line()
		.defined((p) => p.value !== null)
		.x((p) => x(p.year))
		.y((p) => y(p.value));
	const svg = figure.append('svg').attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
	svg
		.append('g')
		.attr('transform', `translate(0,${HEIGHT - MARGIN.bottom})`)
		.call(d3.axisBottom(x).ticks(5).tickFormat(d3.format('d')));
	svg.append('g').attr('transform', `translate(${MARGIN.left},0)`).call(d3.axisLeft(y).ticks(4));
	if (reference.length > 0)
		svg.append('path').attr('class', 'reference').attr('d', line(reference));
	svg.append('path').attr('class', 'area').attr('d', line(area));
}

async function main() {
	const code = new URLSearchParams(location.search).get('code') ?? 'WK999902';
	const [observations, indicators, areas] = await Promise.all(
		['observations', 'indicators', 'areas'].map(loadCsv)
	);
	const area = areas.find((a) => a.code === code);
	document.getElementById('title').textContent = area ? area.name : code;
	document.title = `${area ? area.name : code} – Wijkwaarde baseline`;
	const years = d3.extent(observations, (row) => Number(row.year));
	const own = seriesByIndicator(observations, code);
	const gemeente = seriesByIndicator(observations, REFERENCE);
	const root = d3.select('#dashboard');
	for (const [theme, name] of Object.entries(THEMES)) {
		const inTheme = indicators.filter((indicator) => indicator.theme === theme);
		if (inTheme.length === 0) continue;
		const section = root.append('section');
		section.append('h2').text(name);
		const grid = section.append('div').attr('class', 'grid');
		for (const indicator of inTheme) {
			const series = own.get(indicator.id) ?? [];
			drawChart(grid, indicator, code, series, gemeente.get(indicator.id) ?? [], years);
		}
	}
	document.documentElement.dataset.baseline = 'ready';
}

main().catch((error) => {
	document.getElementById('dashboard').textContent = String(error);
	document.documentElement.dataset.baseline = 'error';
});
