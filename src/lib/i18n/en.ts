import type { Messages } from './nl';

export const en: Messages = {
	siteName: 'Wijkwaarde',
	tagline: 'How are the neighbourhoods doing? People, planet and profit over the years.',
	skipToContent: 'Skip to content',
	nav: {
		label: 'Main menu',
		overview: 'Overview',
		compare: 'Compare',
		targets: 'Agreements',
		about: 'About the figures',
		language: 'Nederlands',
		languageLabel: 'Lees deze pagina in het Nederlands',
		data: 'Your data',
		breadcrumb: 'Breadcrumb'
	},
	dataset: {
		label: 'Data',
		status: (name, from, to) => `${name}, ${from}–${to}`,
		fictionalNotice:
			'This is invented demonstration data for the fictional municipality of Voorbeeldstad. It shows how the dashboard works and says nothing about any real neighbourhood.',
		fictionalShort: 'fictional demo',
		uploadsLabel: 'Your data',
		upload: (name: string, years: string) => (years ? `${name} (${years})` : name),
		demoHidden: 'demo data hidden'
	},
	data: {
		title: 'Your data',
		intro:
			'Add figures of your own and see them in the same dashboard. The files are read and kept in this browser; they go nowhere.',
		formatsTitle: 'Which files',
		formats: [
			'Observations in the long form: the columns area_code, indicator_id, year and value, one row per area, indicator and year.',
			'The same long form as a Parquet file (from R, pandas, polars or DuckDB, say, or a chart downloaded here): recognised by its content, not its name, and checked just like a CSV.',
			'A wide table: one row per area (and year, with a year or jaar column), one column per indicator.',
			'Alongside, in the same selection: areas.csv (new areas: code, name, level, parent_code), indicators.csv (new indicators) and targets.csv (agreements), with the same columns as the bundled files.',
			'Boundaries for the map: a GeoJSON or TopoJSON file (such as the CBS Wijk- en buurtkaart) in WGS84 or RD New (EPSG:28992), with each shape’s area code in code, statcode, buurtcode, wijkcode or gemeentecode. The map of your areas then draws these boundaries.'
		],
		encodingNote:
			'Comma, semicolon or tab as separator; UTF-8 or Windows-1252 is recognised automatically. Area codes follow CBS (GM0599, WK059901, BU05990101).',
		dropTitle: 'Add files',
		dropHint: 'Drop CSV or Parquet files (or a GeoJSON/TopoJSON boundary file) here, or',
		choose: 'choose files',
		chooseLabel:
			'Choose one or more CSV or Parquet files, or a boundary file (GeoJSON or TopoJSON)',
		dropActive: 'Release to read',
		maxSize: (size: string) => `${size} at most in total.`,
		tooLarge: (size: string, max: string) =>
			`These files add up to ${size}, more than this page can safely read (${max}). Nothing was read. Split the file, for example by year.`,
		yearForAll: 'Year of all rows (there is no year column)',
		yearRecheck: 'Read again with this year',
		statusTitle: 'Reading',
		reading: (percent: string, lines: string) => `Reading: ${percent} (${lines} lines read)`,
		checking: 'Checking rows…',
		progressLabel: 'Reading progress',
		cancel: 'Cancel',
		cancelled: 'Reading was cancelled. Nothing was added or changed.',
		failed: (detail: string) => `Reading failed: ${detail}. Nothing was changed.`,
		reviewTitle: 'Check before adding',
		reviewIntro:
			'Nothing has been added yet. Look at what was found, then choose whether to add the valid rows.',
		kinds: {
			observations: 'observations',
			areas: 'areas',
			indicators: 'indicators',
			targets: 'targets',
			interventions: 'interventions'
		},
		layouts: {
			long: 'long form',
			wide: 'wide table',
			cbs: 'CBS Key figures for districts and neighbourhoods'
		},
		countRead: 'Read',
		countAccepted: 'Accepted',
		countRejected: 'Rejected',
		countDuplicates: 'Repeated (used once)',
		fileRefused: 'This file as a whole could not be read; nothing from it will be added.',
		problemsTitle: (n: string) => `Findings (${n})`,
		parquetRows:
			'Row numbers count as in a spreadsheet: the column names are row 1, the first row of data is row 2.',
		moreProblems: (shown: string, total: string) =>
			`The first ${shown} of ${total} findings are listed above.`,
		noProblems: 'No findings: every row is fine.',
		summary: (observations: string, areas: string, years: string) =>
			`Ready to add: ${observations} ${observations === '1' ? 'observation' : 'observations'} for ${areas} ${areas === '1' ? 'area' : 'areas'}${years ? `, ${years}` : ''}.`,
		summaryCatalogue: (areas: string, indicators: string, targets: string) =>
			`Also: ${areas} new areas, ${indicators} new indicators and ${targets} targets.`,
		summaryProvisional: (count: string) =>
			`Of these, ${count} are provisional (marked * or ** by CBS): they are kept as provisional and the charts show them as such.`,
		nothingToAdd: 'There is nothing to add.',
		unknownTitle: 'Add unknown codes',
		unknownIntro:
			'These codes are not in the data. Rows with an unknown code were rejected; add a code if it is right and check again. A typo is never added by accident.',
		unknownAreas: 'Areas',
		unknownIndicators: 'Indicators',
		addThis: (code: string) => `Add ${code}`,
		areaName: 'Name',
		areaLevel: 'Level',
		areaParent: 'Lies in (code, may be empty)',
		indicatorLabel: 'Name',
		indicatorTheme: 'Theme',
		indicatorDirection: 'Direction',
		indicatorUnit: 'Unit',
		cannotAdd:
			'This code cannot be added: use only letters, digits, _ and - (indicators: lower-case letters, digits and _).',
		recheck: 'Check again with these additions',
		confirm: (n: string) => `Add ${n} rows`,
		confirmCatalogue: 'Add',
		adding: 'Adding…',
		done: (name: string) => `${name} was added and kept in this browser.`,
		viewOverview: 'View the overview',
		viewArea: (name: string) => `View ${name}`,
		refused:
			'Nothing from these files can be added. The findings below say why; the data already loaded has not changed.',
		datasetsTitle: 'Added data',
		noDatasets: 'You have not added data of your own yet. The dashboard shows the demo data.',
		columns: {
			name: 'Name',
			rows: 'Observations',
			years: 'Years',
			areas: 'Areas',
			added: 'Added',
			actions: 'Action'
		},
		remove: 'Remove',
		removeLabel: (name: string) => `Remove ${name}`,
		removed: (name: string) => `${name} was removed.`,
		hideDemo: 'Hide the demo data (Voorbeeldstad) while there is data of your own',
		storeErrors: {
			quota:
				'The browser has no room left to keep this (storage quota reached). Nothing was added. Remove older data or free up space in the browser.',
			unavailable:
				'This browser does not allow storing data (in a private window, for example). Data cannot be added for good here; nothing was changed.',
			failed: 'Storing in the browser failed. Nothing was changed.'
		},
		waitingForEngine: 'The engine is still loading; one moment…',
		boundaries: {
			reviewTitle: 'Boundaries: check before adding',
			statusTitle: 'Boundaries for the map',
			reading: (name: string) => `Reading ${name}…`,
			formats: { geojson: 'GeoJSON', topojson: 'TopoJSON' },
			systems: { wgs84: 'WGS84 (longitude and latitude)', 'rd-new': 'RD New (EPSG:28992)' },
			systemFrom: {
				crs: 'as the file states (crs)',
				magnitude: 'recognised by the size of the coordinates'
			},
			countFeatures: 'Shapes in the file',
			countUsable: 'Usable',
			countMatched: 'With a known area',
			countUnknown: 'Unknown code',
			codeKeys: (keys: string) => `Area code read from: ${keys}.`,
			matchedNone:
				'None of the codes belongs to an area in the loaded data. You can keep the boundaries anyway: they are drawn once you add data for those areas.',
			unknownKept:
				'Shapes with an unknown code are kept and drawn once there is data for that area.',
			refused:
				'This boundary file cannot be used. The message below says why; the map and the data already loaded have not changed.',
			confirm: (n: string) => `Add ${n} boundaries`,
			adding: 'Adding…',
			done: (name: string, matched: string) =>
				`The boundaries from ${name} are kept in this browser; ${matched} areas now have a map.`,
			viewMap: (name: string) => `See the map of ${name}`,
			tooLarge: (size: string, max: string) =>
				`This boundary file is ${size}, more than this page can safely read (${max}). Nothing was changed. Simplify it first (with mapshaper, say) or choose only your municipality.`,
			listTitle: 'Boundaries added',
			none: 'You have not added boundaries of your own. The map shows the bundled (fictional) ones.',
			columns: {
				name: 'File',
				shapes: 'Shapes',
				system: 'Coordinates',
				added: 'Added',
				actions: 'Action'
			},
			removeLabel: (name: string) => `Remove the boundaries from ${name}`,
			removed: (name: string) => `The boundaries from ${name} were removed.`,
			feature: (n: string) => `Shape ${n}`,
			problems: {
				file_empty: () => 'The file is empty.',
				not_json: (detail: string) => {
					const [line, column] = detail.split(':');
					const where =
						detail === 'end'
							? ' (the file stops in the middle of its text)'
							: column
								? ` (error at line ${line}, column ${column})`
								: '';
					return `This is not JSON, so neither GeoJSON nor TopoJSON${where}. Choose a .geojson, .json or .topojson file.`;
				},
				not_geo: (detail: string) =>
					`This is JSON, but not GeoJSON (FeatureCollection or Feature) or TopoJSON (Topology)${detail ? `; found: ${detail}` : ''}.`,
				topology_invalid: (detail: string) => `This TopoJSON file cannot be read (${detail}).`,
				no_features: () => 'The file holds no shapes (features).',
				crs_unsupported: (detail: string) =>
					`The coordinate system ${detail} is not supported. Use WGS84 or RD New (EPSG:28992).`,
				crs_mismatch: (detail: string) =>
					`The file says ${detail}, but the coordinates do not fit it. Check the coordinate system.`,
				coordinates_unknown: (detail: string) =>
					`The coordinates (spanning ${detail}) are neither WGS84 nor RD New. Export the file in WGS84 or RD New (EPSG:28992).`,
				no_usable_features: () =>
					'No shape has both an area code and a (multi)polygon; there is nothing to draw.',
				feature_invalid: () => 'This is not a GeoJSON feature; skipped.',
				code_missing: (detail: string) =>
					`No area code (code, statcode, buurtcode, wijkcode or gemeentecode)${detail ? `; properties: ${detail}` : ''}. Skipped.`,
				geometry_missing: (detail: string) => `${detail} has no geometry; skipped.`,
				geometry_unsupported: (detail: string) => {
					const [code, type] = detail.split('|');
					return `${code} is a ${type}; only areas (Polygon, MultiPolygon) can be mapped. Skipped.`;
				},
				geometry_invalid: (detail: string) =>
					`${detail} has invalid coordinates (a ring needs at least 4 numeric points); skipped.`,
				code_duplicate: (detail: string, other: string) =>
					`${detail} already appeared in shape ${other}; the parts become one area.`,
				code_unknown: (detail: string) =>
					`${detail} is not an area in the loaded data; its boundary is kept for later.`,
				reprojected: () =>
					'The coordinates are RD New (EPSG:28992) and were converted to WGS84 (the approximation of Schreutelkamp and Strang van Hees, accurate to a metre).',
				simplified: (detail: string, other: string) =>
					`Simplified for a responsive map: ${detail} points became ${other} (borders move a few metres at most).`
			}
		}
	},
	engine: {
		loading: 'Loading interactive features…',
		error:
			'The calculation module (DuckDB) could not start. The charts and tables below remain usable; search and filtering may not work.',
		noWasm: 'This browser does not support WebAssembly.',
		noWorker: 'This browser does not support Web Workers.',
		timeout: 'Loading took too long.',
		noScript: {
			intro: 'JavaScript is off. You see all charts, tables, definitions and sources.',
			needsScript: 'These work only with JavaScript:',
			features: [
				'the area picker (searching for a wijk or buurt)',
				'the filters (by indicator, party, theme, area and status)',
				'the details on hover in charts',
				'what the DuckDB calculation module does in your browser: data of other areas and your own data',
				'adding your own data (upload) and offline use'
			]
		}
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
		provisional: 'provisional',
		secret: 'secret',
		legendProvisional: 'open dot: provisional figure',
		provisionalNote: (years) =>
			years.length === 1
				? `The figure for ${years[0]} is provisional (open dot).`
				: `The figures for ${years.slice(0, -1).join(', ')} and ${years[years.length - 1]} are provisional (open dots).`,
		definition: 'Definition and source',
		source: 'Source',
		unit: 'Unit',
		direction: 'Direction',
		directions: {
			up: 'higher is better',
			down: 'lower is better',
			none: 'no direction (context)'
		},
		legendReference: (name) => `${name} (reference)`,
		municipalityReference: 'the municipality',
		tooltip: (year, value, reference, refName) =>
			reference === null ? `${year}: ${value}` : `${year}: ${value} (${refName}: ${reference})`,
		noData: 'There is no data for this indicator in this area.',
		seriesBreak: (year, reason) => `Series break in ${year}: ${reason}`,
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
	targets: {
		title: 'Performance agreements',
		intro: (gemeente) =>
			`The agreements (prestatieafspraken) made in ${gemeente}: for each target the baseline, the latest value, where the trend of recent years ends up in the target year, and the status.`,
		summary: (onCourse, withData, noData) =>
			`${onCourse} of ${withData} targets achieved or on track` +
			(noData > 0 ? `; ${noData} without data` : ''),
		agreementSummary: (onCourse, total) => `${onCourse} of ${total} achieved or on track`,
		shown: (n, total) => `Showing ${n} of ${total} targets`,
		parties: 'Parties',
		caption: (agreement) => `Targets of ${agreement}`,
		columns: {
			areaIndicator: 'Area and indicator',
			indicator: 'Indicator',
			baseline: 'Baseline',
			latest: 'Latest value',
			target: 'Target',
			projection: 'Trend in target year',
			status: 'Status and reason',
			course: 'Course'
		},
		inYear: (value, year) => `${value} in ${year}`,
		band: (low, high) => `range ${low}–${high}`,
		unit: (unit) => `in ${unit}`,
		noProjection: 'no trend',
		status: {
			achieved: 'achieved',
			'on-track': 'on track',
			'at-risk': 'at risk',
			'off-track': 'off track',
			'no-data': 'no data'
		},
		reasons: {
			'no-baseline': (c) =>
				`There is no value for the baseline year ${c.baselineYear}; without a baseline there is no telling how far away the target is.`,
			reached: (c) =>
				`The latest value (${c.latest} in ${c.latestYear}) has reached the target of ${c.target}.`,
			'deadline-passed': (c) =>
				`The target year ${c.targetYear} has passed and the latest value (${c.latest} in ${c.latestYear}) does not reach the target of ${c.target}.`,
			'too-few-observations': (c) =>
				`There are fewer than ${c.minObservations} observations; too few for a trend.`,
			'projection-reaches': (c) =>
				`The trend of the last ${c.n} observations reaches ${c.projected} in ${c.targetYear}; that meets the target of ${c.target}.`,
			'band-reaches': (c) =>
				`The trend reaches ${c.projected} in ${c.targetYear} and misses the target of ${c.target}, but the target lies within its range (${c.low} to ${c.high}).`,
			'ahead-of-path': (c) =>
				`The trend reaches ${c.projected} in ${c.targetYear} and misses the target of ${c.target}, but the latest value (${c.latest}) is on or ahead of the straight path from baseline to target (${c.path} in ${c.latestYear}).`,
			'projection-misses': (c) =>
				`The trend reaches ${c.projected} in ${c.targetYear}; its range (${c.low} to ${c.high}) misses the target of ${c.target} too, and the latest value (${c.latest}) is behind the straight path (${c.path} in ${c.latestYear}).`
		},
		rulesTitle: 'How the status is decided',
		rulesDirection:
			'The direction of a target follows from target minus baseline: a target can ask for a decrease, also of an indicator where higher or lower is not better in itself. Where the target equals the baseline the indicator’s direction counts, and without one: hold the level (within 1%).',
		rules: (window, minObservations) => [
			'No data: there is no value in the baseline year.',
			'Achieved: the latest value has reached or passed the target, in the target’s direction. A value that rounds to the target counts as reached.',
			'Off track: the target year is already in the data and the target was not reached.',
			`No data: there are fewer than ${minObservations} observations, too few for a trend.`,
			`On track: a straight line through the last ${window} observations (least squares; missing years are left out, never counted as zero) reaches the target in the target year.`,
			'At risk: that line misses the target, but the range around it reaches it, or the latest value is still on or ahead of the straight path from baseline to target.',
			'Off track: in all other cases.'
		],
		rulesBand: (z, window) =>
			`The range is an indication of about 80%: ${z} × the spread of the observations around the line × √(1 + 1/n + (year − mean year)² / Σ(year − mean year)²). It widens as the target year lies further ahead. With at most ${window} observations and a straight line as assumption it is an indication, not a certainty.`,
		rulesOrder: 'The first rule that applies decides the status.',
		filters: {
			label: 'Filter the targets',
			party: 'Party',
			theme: 'Theme',
			area: 'Area',
			status: 'Status',
			all: 'All',
			clear: 'Clear filters'
		},
		none: 'No targets match this filter.',
		empty: 'There are no agreements in the loaded data.',
		section: {
			title: 'Agreements',
			intro: (area) =>
				`Performance agreements for ${area}. The chart of each indicator also shows the target, the straight path towards it and the trend.`,
			allLink: 'All agreements',
			chartLink: (label) => `To the chart of ${label}`
		},
		sparkLabel: (label, area, target) => `Course of ${label} in ${area}, with the target ${target}`,
		chart: {
			legendTarget: (year) => `target ${year}`,
			legendPath: 'straight path from baseline',
			legendProjection: 'trend with range',
			note: (status, reason) => `Agreement: ${status}. ${reason}`
		}
	},
	targetEditor: {
		title: 'Your own targets',
		intro:
			'Add targets that are not in the data yet, for example from new performance agreements. They are kept in this browser only and never leave this device; export them as CSV to share them.',
		count: (n: number) =>
			n === 0
				? 'No targets of your own yet.'
				: n === 1
					? '1 target of your own.'
					: `${n} targets of your own.`,
		needsEngine: 'The editor is available once the calculation engine has loaded.',
		exportCsv: 'Export as CSV',
		exportFileName: 'own-targets.csv',
		importCsv: 'Import CSV',
		importConfirm: (n: number) => (n === 1 ? 'Add 1 target' : `Add ${n} targets`),
		imported: (n: number) => (n === 1 ? '1 target added.' : `${n} targets added.`),
		add: 'Add a target',
		addTitle: 'New target',
		editTitle: 'Edit target',
		edit: 'Edit',
		editLabel: (what: string) => `Edit ${what}`,
		remove: 'Remove',
		removeLabel: (what: string) => `Remove ${what}`,
		removeConfirm: (what: string) => `Remove ${what}? This cannot be undone.`,
		own: 'own',
		ownLabel: 'Your own target, kept in this browser',
		save: 'Save',
		cancel: 'Cancel',
		saved: (what: string) => `${what} has been saved.`,
		removed: (what: string) => `${what} has been removed.`,
		failed: (detail: string) => `Saving failed: ${detail}`,
		quota: 'This browser has no storage space left. Remove data on the Data page or free up space.',
		errorSummary: 'Please correct the following:',
		fields: {
			area_code: 'Area',
			indicator_id: 'Indicator',
			baseline_year: 'Baseline year',
			target_year: 'Target year',
			target_value: 'Target value',
			agreement: 'Name of the agreement',
			parties: 'Parties'
		},
		hints: {
			target_value: (unit: string) => `In ${unit}. Decimals with a point, for example 12.5.`,
			agreement: 'Choose an existing agreement or type a new name.',
			parties: 'Separate parties with a semicolon, for example: Municipality; Woonstede.'
		},
		choose: 'Choose…',
		levels: {
			gemeente: 'Municipality',
			wijk: 'Wijken (districts)',
			buurt: 'Buurten (neighbourhoods)'
		},
		problems: {
			required: (field: string) => `Enter the ${field.toLowerCase()}.`,
			area_unknown: 'Choose an area from the list.',
			indicator_unknown: 'Choose an indicator from the list.',
			year_invalid: (field: string, min: number, max: number) =>
				`${field} must be a year between ${min} and ${max}.`,
			target_year_not_after_baseline: (baseline: number) =>
				`The target year must be after the baseline year (${baseline}).`,
			value_invalid:
				'The target value is not a number. Write, for example, 12.5 (no thousands separator or unit).',
			value_out_of_range: (min: string | null, max: string | null) =>
				min !== null && max !== null
					? `The target value must be between ${min} and ${max}.`
					: min !== null
						? `The target value cannot be lower than ${min}.`
						: `The target value cannot be higher than ${max}.`,
			text_too_long: (field: string, max: number) =>
				`${field} can be at most ${max} characters long.`
		}
	},
	interventions: {
		listLabel: (label: string) => `Interventions on the chart of ${label}`,
		legend: 'intervention',
		mark: (n: number) => `intervention ${n}`,
		tooltip: (n: number, when: string, title: string) => `Intervention ${n} (${when}): ${title}`,
		before: 'Before',
		after: 'After',
		side: (from: string, fromYear: number, to: string, toYear: number, rate: string) =>
			`${from} (${fromYear}) → ${to} (${toYear}): ${rate} a year`,
		tooFew: 'too few years with figures',
		verdict: {
			better: 'After the intervention the indicator develops more favourably.',
			worse: 'After the intervention the indicator develops less favourably.',
			stable: 'Before and after, the indicator changes at about the same pace.',
			neutral: 'After the intervention the indicator develops differently (it has no direction).',
			insufficient: 'Too few years with figures to compare before and after.'
		},
		rule: (window: number) =>
			`Before and after: the average change per year over (at most) ${window} years before and ${window} years after the year of the intervention, from the first to the last year with a figure. It says what happened around the intervention, not that the intervention caused it.`,
		wijkLink: 'Log what was done in this area yourself',
		onCharts: (n: number, area: string) =>
			n === 1
				? `The charts of ${area} show 1 intervention as a numbered line.`
				: `The charts of ${area} show ${n} interventions as numbered lines.`,
		allCharts: 'on every chart of this area',
		title: 'Interventions',
		intro:
			'Log what was done in a wijk and when, for example "solar panel rental started" or "renovation of 120 homes". Each intervention is a marked line on the area\'s trend charts, with how the indicator developed before and after. Choose no indicators and it is shown on every chart of the area. Kept in this browser only; export as CSV to share.',
		count: (n: number) =>
			n === 0
				? 'No interventions of your own yet.'
				: n === 1
					? '1 intervention of your own.'
					: `${n} interventions of your own.`,
		needsEngine: 'The editor is available once the calculation engine has loaded.',
		add: 'Add intervention',
		addTitle: 'New intervention',
		editTitle: 'Edit intervention',
		edit: 'Edit',
		editLabel: (what: string) => `Edit ${what}`,
		remove: 'Remove',
		removeLabel: (what: string) => `Remove ${what}`,
		removeConfirm: (what: string) => `Remove ${what}? This cannot be undone.`,
		save: 'Save',
		cancel: 'Cancel',
		saved: (what: string) => `${what} has been saved.`,
		removed: (what: string) => `${what} has been removed.`,
		exportCsv: 'Export as CSV',
		exportFileName: 'interventions.csv',
		importCsv: 'Import CSV',
		importConfirm: (n: number) => (n === 1 ? 'Add 1 intervention' : `Add ${n} interventions`),
		imported: (n: number) => (n === 1 ? '1 intervention added.' : `${n} interventions added.`),
		columns: {
			area: 'Area',
			when: 'When',
			title: 'Intervention',
			indicators: 'Indicators',
			actions: 'Action'
		},
		viewArea: (name: string) => `View ${name}`,
		errorSummary: 'Please correct the following:',
		fields: {
			area_code: 'Area',
			year: 'Year',
			month: 'Month (optional)',
			title: 'What was done',
			description: 'Explanation (optional)',
			indicator_ids: 'Meant for the indicators'
		},
		hints: {
			title: 'Short, for example: Renovation of 120 homes.',
			indicator_ids: 'Choose none to show the intervention on every chart of the area.'
		},
		noMonth: 'no month',
		choose: 'Choose…',
		problems: {
			required: {
				area_code: 'Choose an area.',
				year: 'Enter the year.',
				title: 'Enter what was done.'
			},
			area_unknown: 'Choose an area from the list.',
			year_invalid: (min: number, max: number) => `Year must be a year between ${min} and ${max}.`,
			month_invalid: 'Month must be empty or a month from 1 to 12.',
			indicator_unknown: (ids: string) =>
				`Meant for the indicators: ${ids} is not (or no longer) in the data; untick it.`,
			text_too_long: (field: string, max: number) =>
				`${field} may be at most ${max} characters long.`
		}
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
			'All calculations happen in your browser. Files you add later never leave your device.',
			'Interventions (what was done in a wijk, and when) are numbered lines on the charts. Below a chart stands the average change per year over (at most) the 3 years before the year of the intervention and the 3 years after it, from the first to the last year with a figure; a side with fewer than 2 figures has too few years, and a series break bounds a side. The difference counts as about the same below the smallest unit shown per year or 1% of the level in the year of the intervention. This describes what happened around the intervention; it does not prove that the intervention caused it.'
		],
		indicatorsTitle: 'Indicators',
		privacyTitle: 'Privacy: what you do stays on your device',
		privacyLink: 'Privacy',
		privacyIntro:
			'What you look at, search for or add in Wijkwaarde never leaves your device. That follows from how the site is built:',
		privacyReasons: [
			'There is no server that receives anything from you. Wijkwaarde is a static website: your browser only downloads fixed files (the pages, the DuckDB calculation module and the CSV files with the figures) and does the calculations itself.',
			'There are no analytics, no cookies, no advertisements and no fonts, scripts or maps from other websites.',
			"Every page carries a Content-Security-Policy that forbids the browser to connect to any address but the site's own (connect-src 'self') or to load anything from another address (default-src 'self'). Even a bug in the code cannot send anything out.",
			'The automated tests check on every change that no page requests anything from, or sends anything to, another address.'
		],
		privacyCaveat:
			'As with every website, the web server of the organisation that publishes Wijkwaarde records which files your browser requests, with your IP address. What you enter or add never reaches that server.',
		accessibilityLink: 'Read the accessibility statement'
	},
	accessibility: {
		title: 'Accessibility statement',
		heading: 'Accessibility statement',
		footerLink: 'Accessibility',
		publisher: '[name of the municipality]',
		intro: (publisher) =>
			`${publisher} wants everyone to be able to use Wijkwaarde, including people with a disability. This statement says how accessible the site is, how that was checked and what does not work well yet.`,
		scopeTitle: 'Which website',
		scope:
			'This statement applies to Wijkwaarde: the overview of all districts, the pages per municipality, district and neighbourhood, and the pages about the figures, in Dutch and in English.',
		standardTitle: 'Which requirements apply',
		standard:
			'Websites of public sector bodies must meet the European standard EN 301 549, which refers to the Web Content Accessibility Guidelines (WCAG) 2.1 at level A and AA. In the Netherlands this is laid down in the Besluit digitale toegankelijkheid overheid.',
		statusTitle: 'Compliance status',
		statusLabel: 'Status',
		status: 'partially compliant',
		statusExplanation:
			'Wijkwaarde partially complies with WCAG 2.1 level A and AA. The automated tests below no longer find any failures, but not every requirement can be tested automatically and not all of them have been examined by hand yet.',
		auditNote:
			'No audit by an independent expert following the WCAG-EM method has been done yet. The DigiToegankelijk register grants status A (fully compliant) or B (partially compliant) only on the basis of such an audit report. The publishing organisation has this audit done before it registers this statement.',
		limitationsTitle: 'Known limitations',
		limitations: (tableLabel) => [
			`The charts are drawings. If you cannot see them, the same figures are in the table below every chart ("${tableLabel}") with a one-sentence summary. With the arrow keys you read a chart year by year.`,
			'The numbers along the chart axes are small on narrow screens. They grow when you zoom in; the table below the chart gives the same figures.',
			'The small box that follows the mouse pointer in a chart disappears when the pointer leaves the chart. The same figures are always in the table.',
			'The site has not yet been tested with screen readers (such as NVDA, JAWS, VoiceOver and TalkBack), nor with users with a disability.',
			'Not tested: high-contrast mode (forced colours), extra text spacing (WCAG 1.4.12) and voice control.',
			'Names of areas and of sources are Dutch, also on the English pages.',
			'Without JavaScript you see all charts, tables and definitions, but searching for an area and filtering do not work.'
		],
		testedTitle: 'How accessibility was tested',
		testedIntro:
			'On every change to the site, automated tests run in the Chromium browser on every kind of page, in Dutch and English:',
		tested: (skipLabel) => [
			'axe-core 4.13 with all rules for WCAG 2.1 level A and AA, on a wide screen (1280 pixels) and a phone screen (390 pixels): no failures.',
			'Headings: exactly one main heading per page and no skipped heading levels.',
			`Keyboard: the first Tab reaches the "${skipLabel}" link, which moves the focus to the content; the area search works with the keyboard alone.`,
			'Contrast: axe does not check the lines and dots in charts. A separate test computes the contrast of every line, dot and marker (at least 3:1) and of the numbers along the axes (at least 4.5:1).',
			'Reflow: at a width of 320 pixels (400% zoom) everything fits without scrolling sideways.'
		],
		contactTitle: 'Contact and feedback',
		contactIntro:
			'Did you run into something that is not accessible, or do you need information in another form? Let us know:',
		contact: [
			{ label: 'Email', value: '[email address]' },
			{ label: 'Phone', value: '[phone number]' },
			{ label: 'Post', value: '[postal address]' }
		],
		contactResponse:
			'You will get a reply within [number] working days. Within [number] weeks you will hear what we do with your report.',
		complaintTitle: 'Not satisfied?',
		complaint:
			"If you are not satisfied with the reply, you can file a complaint through [the municipality's complaints procedure]. After that you can turn to the Nationale ombudsman (National Ombudsman) or [the municipal ombudsman].",
		placeholderNote:
			'The organisation that publishes Wijkwaarde fills in the parts in square brackets.',
		dateTitle: 'Date',
		drawnUp: (date) =>
			`This statement was drawn up on ${date}. The automated tests above run on every change to the site.`
	},
	report: {
		linkShort: 'Report for the council (printable)',
		title: (agreement: string) => `Report: ${agreement}`,
		kicker: 'Report for the municipal council',
		print: 'Print or save as PDF',
		back: 'Back to all agreements',
		date: 'Date',
		data: 'Data',
		dataPeriod: (name, from, to) => `${name}, ${from}–${to}`,
		summaryTitle: 'Summary',
		areasTitle: 'How the areas are doing: people, planet and profit',
		areasIntro: (from, to) =>
			`Per area: how many indicators of each theme got better or worse between ${from} and ${to} (by the indicator's direction; the others stayed the same or have too little data).`,
		areaColumn: 'Area',
		targetsTitle: 'The targets and their status',
		chartsTitle: 'Trend per target',
		chartsIntro:
			"Per target the trend of the indicator in the area, with the municipality as a dashed line, the target, the straight path from baseline to target and the recent years' trend with its band.",
		sourcesTitle: 'Sources',
		sourceYears: (from, to) => `data ${from}–${to}`,
		notFound: 'This agreement is not in the loaded data.'
	},
	// Downloads of chart and page data (charts/ChartDownloads.svelte, components/PageDownload.svelte)
	download: {
		button: 'Download',
		chartMenu: (label) => `Download ${label}`,
		csv: 'CSV',
		csvHint: 'for any program, decimal point',
		csvExcel: 'CSV for Excel (Dutch)',
		csvExcelHint: 'semicolons, decimal comma',
		parquet: 'Parquet',
		parquetHint: 'for R, Python and DuckDB',
		svg: 'SVG',
		svgHint: 'chart as vector image',
		png: 'PNG',
		pngHint: 'chart as picture',
		page: 'Download all figures on this page (CSV)',
		busy: 'Working…',
		failed: 'The download failed.',
		source: (source) => `Source: ${source} · Wijkwaarde`,
		date: (date) => `Downloaded on ${date}`,
		subtitle: (area, from, to) => `${area}, ${from}–${to}`
	},
	pack: {
		button: 'Download council pack (ZIP)',
		hint: 'One ZIP file with every chart of this report as SVG and PNG, the figures and the targets as CSV, and a README with definitions, sources and the link to this report.',
		waiting: 'The pack can be made once the data has loaded in your browser.',
		chart: (i, n) => `Drawing chart ${i} of ${n}…`,
		zipping: 'Putting the ZIP file together…',
		done: (file, size) => `Done: ${file} (${size}) was downloaded.`,
		failed: 'The pack could not be made. Try again, or print the report to PDF.',
		readme: {
			intro:
				"This folder belongs to the Wijkwaarde report for the municipal council: the report's charts as SVG (vector) and PNG (image), the figures behind them as CSV, and this README. It was all made in the browser; nothing was sent anywhere.",
			generated: 'Made on',
			permalink: 'Report online',
			filesTitle: 'Files',
			readmeFile: 'this README',
			targetsFile:
				'the targets of the report: baseline, latest value, target, trend in the target year with its band, status and the rule that decided it',
			dataFile:
				'the figures behind the charts: per area, indicator and year the value (empty = no data), also for the municipality as the reference',
			chartFile: (indicator, area) => `chart ${indicator}, ${area}`,
			csvNote:
				'The CSV files are UTF-8 with a BOM, comma-separated with a point as the decimal separator, and numbers in full precision (not rounded). Text a spreadsheet would read as a formula starts with an apostrophe.',
			dataTitle: 'Data and sources',
			indicatorsTitle: 'Indicators: definition, unit, direction and source'
		}
	},
	map: {
		title: 'Map',
		caption: (indicator, level, year) => `${indicator}, by ${level}, ${year}`,
		ariaLabel: (indicator, level, year) =>
			`Map: ${indicator} by ${level} in ${year}. Every area is a link; the table below the map has the same figures.`,
		indicator: 'Indicator',
		scope: 'Municipality',
		allGemeenten: 'All municipalities',
		level: 'Level',
		levelNames: {
			gemeente: 'Municipality',
			wijk: 'Districts (wijken)',
			buurt: 'Neighbourhoods (buurten)'
		},
		year: 'Year',
		play: 'Play',
		pause: 'Pause',
		noData: 'no data',
		table: 'Table with the figures of the map',
		binRange: (from, to, last) => (last ? `${from} to ${to} inclusive` : `${from} to under ${to}`),
		legendDirection: {
			up: 'Dark blue is better (higher is better).',
			down: 'Dark blue is better (lower is better).',
			none: 'No direction: darker is higher, not better or worse.'
		}
	},
	compare: {
		title: 'Compare',
		intro:
			'Put up to eight areas side by side: wijken (districts), buurten (neighbourhoods) and the municipality. For each indicator you see their lines against the spread of all districts (or neighbourhoods), and a ranking with the value, the change and the rank. Every choice is in the link, so a colleague sees exactly the same.',
		areas: (max) => `Areas (at most ${max})`,
		addArea: 'Add an area',
		full: (max) => `${max} areas chosen already; remove one first`,
		indicators: 'Indicators',
		addIndicator: 'Add an indicator',
		remove: (name) => `Remove ${name}`,
		noMatch: 'Nothing found',
		matches: (n) => `${n} found; choose with the arrow keys and Enter`,
		from: 'From',
		to: 'To (inclusive)',
		indexMode: 'As an index (baseline year = 100)',
		baseline: 'Baseline year',
		spreadLevel: 'Spread and ranking of',
		copyLink: 'Copy link',
		copied: 'The link to this view has been copied.',
		copyFailed: 'Copying failed; copy the address from the address bar.',
		reading: (level, from, to, index) =>
			`Period ${from}–${to}; grey band: the middle half of all ${level}, dashed line: their median.` +
			(index === null ? '' : ` Lines as an index: the value in ${index} = 100.`),
		indexUnit: (year) => `index, ${year} = 100`,
		spreadCaption: (level) =>
			`Lines: the chosen areas, named at their end. Grey band: the middle half of the ${level} (25th to 75th percentile); dashed line: the median.`,
		rank: 'Rank',
		changeColumn: (from, to) => `Change ${from}–${to}`,
		rankingCaption: (level, year) => `Ranking of ${level.toLocaleLowerCase('en')}, ${year}`,
		deviationNote:
			'Rank 1 is best (for an indicator without a direction: the highest value). ▲/▼: more than one standard deviation above or below the mean of all areas in the list.',
		deviation: 'Deviation',
		deviations: { above: 'far above mean', below: 'far below mean' },
		chosen: '(chosen)'
	},
	themeIndex: {
		title: 'Theme index',
		intro: (year, baseline) =>
			`One number per theme: how an area's indicators in ${year} compare with the municipality in ${baseline}. 100 is the municipality's level in ${baseline}; above 100 is better, below 100 worse (each indicator's direction is taken into account).`,
		methodLink: 'How the theme index is computed, with its weights and limits',
		caption: (year, baseline) => `Theme index ${year} (municipality ${baseline} = 100)`,
		area: 'Area',
		used: (used, of) => `${used} of ${of} indicators`,
		methodTitle: 'The theme index',
		method: [
			"For each indicator with a direction: r = the area's value in the chosen year divided by the municipality's value in the baseline year. If higher is better, the index is 100 × r; if lower is better, 100 × (2 − r). An area scoring 10% better than the municipality in the baseline year therefore gets 110, whether the indicator should go up or down. Each indicator index is kept between 0 and 200, so that one indicator with a small municipal value (a share of a few per cent that triples) cannot drown out the rest.",
			'The theme index is the plain mean of those indicator indices: every indicator has the same weight. Indicators without a direction (such as the share of social rent) are left out.',
			"An indicator is left out when the municipality's value in the baseline year is missing or zero, or when the area has no value in the chosen year. An area with values for fewer than half of a theme's indicators gets no theme index. Each figure says how many indicators it rests on.",
			"The reference is the municipality's published figure (as in Rotterdam's Wijkprofiel: 100 = the city in the baseline year), not an average of the districts."
		],
		limitsTitle: 'Limits',
		limits: [
			'A ratio treats a 10% difference the same everywhere, also where indicators naturally vary a lot or little; an indicator with a small municipal value (a share of a few per cent, say) can therefore move the index strongly.',
			'Equal weights are a choice, not a truth: the theme counts indicators that partly overlap as heavily as indicators that measure something quite different.',
			'The index summarises and so hides differences: behind a striking figure, always look at the underlying indicators.'
		]
	},
	common: {
		close: 'Close',
		loading: 'Loading…'
	}
};
