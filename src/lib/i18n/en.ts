import type { Messages } from './nl';

export const en: Messages = {
	siteName: 'Wijkwaarde',
	tagline: 'How are the neighbourhoods doing? People, planet and profit over the years.',
	skipToContent: 'Skip to content',
	nav: {
		label: 'Main menu',
		overview: 'Overview',
		about: 'About the figures',
		language: 'Nederlands',
		languageLabel: 'Lees deze pagina in het Nederlands',
		breadcrumb: 'Breadcrumb'
	},
	dataset: {
		label: 'Data',
		status: (name, from, to) => `${name}, ${from}–${to}`,
		fictionalNotice:
			'This is invented demonstration data for the fictional municipality of Voorbeeldstad. It shows how the dashboard works and says nothing about any real neighbourhood.',
		fictionalShort: 'fictional demo'
	},
	engine: {
		loading: 'Loading interactive features…',
		ready: 'Interactive features are ready.',
		error:
			'The calculation module (DuckDB) could not start. The charts and tables below remain usable; search and filtering may not work.',
		noWasm: 'This browser does not support WebAssembly.',
		noWorker: 'This browser does not support Web Workers.',
		timeout: 'Loading took too long.',
		noScript:
			'JavaScript is off. You see all charts, tables and definitions; searching for an area, filtering and hover details need JavaScript.'
	},
	themes: {
		people: 'People',
		planet: 'Planet',
		profit: 'Profit'
	},
	themeDescriptions: {
		people: 'Liveability, safety, participation and work.',
		planet: 'Energy, solar panels, energy labels, gas-free homes and climate adaptation.',
		profit: 'Property value, income, jobs and businesses.'
	},
	levels: {
		gemeente: 'municipality',
		wijk: 'district',
		buurt: 'neighbourhood'
	},
	overview: {
		title: 'All districts',
		intro: (gemeente, from, to) =>
			`For each district (wijk) of ${gemeente}: how many indicators per theme improved and how many worsened between ${from} and ${to}, and the course of one headline indicator per theme.`,
		wijkColumn: 'District',
		better: (n) => `${n} better`,
		worse: (n) => `${n} worse`,
		other: (n) => `${n} unchanged or unknown`,
		scoreLabel: (theme, better, worse, other) =>
			`${theme}: ${better} indicators improved, ${worse} worsened, ${other} unchanged, without direction or with too little data.`,
		headline: (label) => `Headline indicator: ${label}`,
		method:
			'Better or worse follows from the direction of each indicator (for example: less gas use is better). A change smaller than 1% counts as unchanged.',
		gemeenteLink: (name) => `See all of ${name}`
	},
	wijk: {
		titleSuffix: (level) => `(${level})`,
		partOf: (name) => `Part of ${name}`,
		reference: (name) => `Reference line: ${name}`,
		children: (level) => (level === 'wijk' ? 'Neighbourhoods in this district' : 'Districts'),
		notFound: (code) => `Area ${code} is not in the loaded data.`,
		waitingForEngine: (code) =>
			`Area ${code} was not prepared in advance. Its data will load as soon as the calculation module is ready…`,
		backToOverview: 'Back to the overview',
		noIndicators: 'No indicators match this filter.'
	},
	picker: {
		label: 'Go to another area',
		placeholder: 'Type a district or neighbourhood name',
		noResults: 'No area found',
		results: (n) => `${n} areas found; use the arrow keys to choose`,
		allAreasLink: 'All districts'
	},
	filter: {
		label: 'Filter indicators',
		placeholder: 'e.g. energy, WOZ, safe',
		shown: (n, total) => `Showing ${n} of ${total} indicators`,
		clear: 'Clear filter'
	},
	chart: {
		latest: 'Latest value',
		change: (from, to) => `Change ${from}–${to}`,
		verdict: {
			better: 'better',
			worse: 'worse',
			stable: 'unchanged',
			neutral: 'no judgement',
			insufficient: 'too little data'
		},
		neutralHint: 'Higher or lower is neither better nor worse here.',
		table: 'Table of figures',
		year: 'Year',
		missing: 'no data',
		definition: 'Definition and source',
		source: 'Source',
		unit: 'Unit',
		direction: 'Direction',
		directions: {
			up: 'higher is better',
			down: 'lower is better',
			none: 'no direction (context)'
		},
		legendArea: (name) => name,
		legendReference: (name) => `${name} (reference)`,
		municipalityReference: 'the municipality',
		tooltip: (year, value, reference, refName) =>
			reference === null ? `${year}: ${value}` : `${year}: ${value} (${refName}: ${reference})`,
		noData: 'There is no data for this indicator in this area.',
		keyboardHint: 'Use the arrow keys to move through the years.'
	},
	summary: {
		verb: { up: 'rose', down: 'fell', flat: 'stayed about the same' },
		sentence: (label, movement, from, fromYear, to, toYear) =>
			movement === 'flat'
				? `${label} stayed about the same: ${from} in ${fromYear} and ${to} in ${toYear}`
				: `${label} ${movement === 'up' ? 'rose' : 'fell'} from ${from} in ${fromYear} to ${to} in ${toYear}`,
		reference: {
			sameSlower: (name, verb) => `; ${name} ${verb} more slowly`,
			sameFaster: (name, verb) => `; ${name} ${verb} faster`,
			sameSimilar: (name, verb) => `; ${name} ${verb} at about the same pace`,
			opposite: (name, verb) => `; ${name}, by contrast, ${verb}`,
			flat: (name) => `; ${name} stayed about the same`
		},
		insufficient: (label) => `${label}: too little data to describe a trend`,
		only: (label, value, year) => `${label} was ${value} in ${year}`
	},
	about: {
		title: 'About the figures',
		intro:
			'Wijkwaarde shows, per district, how people, planet and profit develop. This page lists the definitions and sources of all indicators and how the dashboard calculates.',
		methodTitle: 'How the dashboard calculates',
		method: [
			'Better or worse: every indicator has a direction (higher is better, lower is better, or no direction). A change counts as unchanged when it is smaller than 1% of the starting value or smaller than the smallest unit shown.',
			'Missing years are gaps in the line. The dashboard does not fill them in and never counts them as zero.',
			'The reference line is the published figure of the municipality, not an average of its districts.',
			'All calculations happen in your browser. Files you add later never leave your device.'
		],
		indicatorsTitle: 'Indicators',
		privacyTitle: 'Privacy'
	},
	common: {
		close: 'Close',
		loading: 'Loading…'
	}
};
