/** Dutch, the default language. en.ts has the same keys (enforced by its type). */

/** The figures a status sentence can use, already formatted in the indicator's unit. */
export interface TargetReasonContext {
	baselineYear: number;
	targetYear: number;
	target: string;
	latest: string;
	latestYear: number;
	/** The projection in the target year and its band; '' when there is no trend. */
	projected: string;
	low: string;
	high: string;
	/** The straight path's value in the latest year. */
	path: string;
	n: number;
	minObservations: number;
}

export const nl = {
	siteName: 'Wijkwaarde',
	tagline: 'Hoe ontwikkelen de wijken zich? Mens, milieu en economie door de jaren heen.',
	skipToContent: 'Naar de inhoud',
	nav: {
		label: 'Hoofdmenu',
		overview: 'Overzicht',
		compare: 'Vergelijken',
		targets: 'Afspraken',
		about: 'Over de cijfers',
		language: 'English',
		languageLabel: 'Read this page in English',
		data: 'Eigen gegevens',
		breadcrumb: 'Kruimelpad'
	},
	dataset: {
		label: 'Gegevens',
		status: (name: string, from: number, to: number) => `${name}, ${from}–${to}`,
		fictionalNotice:
			'Dit zijn verzonnen demonstratiegegevens van de fictieve gemeente Voorbeeldstad. Ze laten zien hoe het dashboard werkt en zeggen niets over een echte wijk.',
		fictionalShort: 'fictieve demo',
		uploadsLabel: 'Eigen gegevens',
		upload: (name: string, years: string) => (years ? `${name} (${years})` : name),
		demoHidden: 'demonstratiegegevens verborgen'
	},
	data: {
		title: 'Eigen gegevens',
		intro:
			'Voeg uw eigen cijfers toe en bekijk ze in hetzelfde dashboard. De bestanden worden in deze browser gelezen en bewaard; ze gaan nergens heen.',
		formatsTitle: 'Welke bestanden',
		formats: [
			'Waarnemingen in de lange vorm: de kolommen area_code, indicator_id, year en value, één rij per gebied, indicator en jaar.',
			'Dezelfde lange vorm als Parquet-bestand (bijvoorbeeld uit R, pandas, polars of DuckDB, of een download van een grafiek hier): herkend aan de inhoud, niet aan de naam, en net zo gecontroleerd als een CSV.',
			'Een brede tabel: één rij per gebied (en jaar, met een kolom jaar of year), één kolom per indicator.',
			'Daarnaast, in dezelfde keuze: areas.csv (nieuwe gebieden: code, name, level, parent_code), indicators.csv (nieuwe indicatoren) en targets.csv (afspraken), met dezelfde kolommen als de meegeleverde bestanden.',
			'Grenzen voor de kaart: een GeoJSON- of TopoJSON-bestand (bijvoorbeeld de CBS Wijk- en buurtkaart) in WGS84 of RD New (EPSG:28992), met de gebiedscode per vlak in code, statcode, buurtcode, wijkcode of gemeentecode. De kaart van uw gebieden tekent dan deze grenzen.'
		],
		encodingNote:
			'Komma, puntkomma of tab als scheidingsteken; UTF-8 of Windows-1252 wordt vanzelf herkend. Gebiedscodes volgen het CBS (GM0599, WK059901, BU05990101).',
		dropTitle: 'Bestanden toevoegen',
		dropHint:
			'Sleep CSV- of Parquet-bestanden (of een GeoJSON/TopoJSON-grenzenbestand) hierheen, of',
		choose: 'kies bestanden',
		chooseLabel:
			'Kies een of meer CSV- of Parquet-bestanden, of een grenzenbestand (GeoJSON of TopoJSON)',
		dropActive: 'Laat los om in te lezen',
		maxSize: (size: string) => `Samen hoogstens ${size}.`,
		tooLarge: (size: string, max: string) =>
			`Deze bestanden zijn samen ${size}; dat is meer dan deze pagina veilig kan inlezen (${max}). Er is niets ingelezen. Splits het bestand, bijvoorbeeld per jaar.`,
		yearForAll: 'Jaar van alle rijen (er is geen jaarkolom)',
		yearRecheck: 'Opnieuw lezen met dit jaar',
		statusTitle: 'Inlezen',
		reading: (percent: string, lines: string) => `Inlezen: ${percent} (${lines} regels gelezen)`,
		checking: 'Rijen controleren…',
		progressLabel: 'Voortgang van het inlezen',
		cancel: 'Annuleren',
		cancelled: 'Het inlezen is geannuleerd. Er is niets toegevoegd of veranderd.',
		failed: (detail: string) => `Het inlezen is mislukt: ${detail}. Er is niets veranderd.`,
		reviewTitle: 'Controle vóór het toevoegen',
		reviewIntro:
			'Er is nog niets toegevoegd. Bekijk wat er gevonden is en kies dan of u de goede rijen wilt toevoegen.',
		kinds: {
			observations: 'waarnemingen',
			areas: 'gebieden',
			indicators: 'indicatoren',
			targets: 'afspraken',
			interventions: 'interventies'
		},
		layouts: { long: 'lange vorm', wide: 'brede tabel', cbs: 'CBS Kerncijfers wijken en buurten' },
		countRead: 'Gelezen',
		countAccepted: 'Goedgekeurd',
		countRejected: 'Afgekeurd',
		countDuplicates: 'Dubbel (één keer gebruikt)',
		fileRefused: 'Dit bestand kon als geheel niet worden gelezen; er wordt niets uit toegevoegd.',
		problemsTitle: (n: string) => `Meldingen (${n})`,
		parquetRows:
			'Rijnummers tellen zoals in een spreadsheet: de kolomnamen zijn rij 1, de eerste rij gegevens is rij 2.',
		moreProblems: (shown: string, total: string) =>
			`De eerste ${shown} van ${total} meldingen staan hierboven.`,
		noProblems: 'Geen meldingen: alle rijen zijn in orde.',
		summary: (observations: string, areas: string, years: string) =>
			`Klaar om toe te voegen: ${observations} ${observations === '1' ? 'waarneming' : 'waarnemingen'} voor ${areas} ${areas === '1' ? 'gebied' : 'gebieden'}${years ? `, ${years}` : ''}.`,
		summaryCatalogue: (areas: string, indicators: string, targets: string) =>
			`Verder: ${areas} nieuwe gebieden, ${indicators} nieuwe indicatoren en ${targets} afspraken.`,
		summaryProvisional: (count: string) =>
			`Daarvan zijn er ${count} voorlopig (bij het CBS gemarkeerd met * of **): ze blijven als voorlopig bewaard en de grafieken tonen ze zo.`,
		nothingToAdd: 'Er is niets om toe te voegen.',
		unknownTitle: 'Onbekende codes toevoegen',
		unknownIntro:
			'Deze codes staan niet in de gegevens. Rijen met een onbekende code zijn afgekeurd; voeg de code toe als die klopt en controleer opnieuw. Een tikfout voegt u zo niet per ongeluk toe.',
		unknownAreas: 'Gebieden',
		unknownIndicators: 'Indicatoren',
		addThis: (code: string) => `${code} toevoegen`,
		areaName: 'Naam',
		areaLevel: 'Niveau',
		areaParent: 'Ligt in (code, mag leeg)',
		indicatorLabel: 'Naam',
		indicatorTheme: 'Thema',
		indicatorDirection: 'Richting',
		indicatorUnit: 'Eenheid',
		cannotAdd:
			'Deze code kan niet worden toegevoegd: gebruik alleen letters, cijfers, _ en - (indicatoren: kleine letters, cijfers en _).',
		recheck: 'Opnieuw controleren met deze toevoegingen',
		confirm: (n: string) => `${n} rijen toevoegen`,
		confirmCatalogue: 'Toevoegen',
		adding: 'Toevoegen…',
		done: (name: string) => `${name} is toegevoegd en bewaard in deze browser.`,
		viewOverview: 'Bekijk het overzicht',
		viewArea: (name: string) => `Bekijk ${name}`,
		refused:
			'Niets uit deze bestanden kan worden toegevoegd. De meldingen hieronder zeggen waarom; de gegevens die er al waren zijn niet veranderd.',
		datasetsTitle: 'Toegevoegde gegevens',
		noDatasets:
			'U hebt nog geen eigen gegevens toegevoegd. Het dashboard toont de demonstratiegegevens.',
		columns: {
			name: 'Naam',
			rows: 'Waarnemingen',
			years: 'Jaren',
			areas: 'Gebieden',
			added: 'Toegevoegd',
			actions: 'Actie'
		},
		remove: 'Verwijderen',
		removeLabel: (name: string) => `Verwijder ${name}`,
		removed: (name: string) => `${name} is verwijderd.`,
		hideDemo: 'Verberg de demonstratiegegevens (Voorbeeldstad) zolang er eigen gegevens zijn',
		storeErrors: {
			quota:
				'De browser heeft geen ruimte meer om dit te bewaren (opslaglimiet bereikt). Er is niets toegevoegd. Verwijder oudere gegevens of maak ruimte vrij in de browser.',
			unavailable:
				'Deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster). Toevoegen kan hier niet blijvend; er is niets veranderd.',
			failed: 'Opslaan in de browser is mislukt. Er is niets veranderd.'
		},
		waitingForEngine: 'De rekenmodule wordt nog geladen; even geduld…',
		boundaries: {
			reviewTitle: 'Grenzen: controle vóór het toevoegen',
			statusTitle: 'Grenzen voor de kaart',
			reading: (name: string) => `${name} wordt gelezen…`,
			formats: { geojson: 'GeoJSON', topojson: 'TopoJSON' },
			systems: { wgs84: 'WGS84 (lengte- en breedtegraad)', 'rd-new': 'RD New (EPSG:28992)' },
			systemFrom: {
				crs: 'volgens het bestand (crs)',
				magnitude: 'herkend aan de grootte van de coördinaten'
			},
			countFeatures: 'Vlakken in het bestand',
			countUsable: 'Bruikbaar',
			countMatched: 'Met een bekend gebied',
			countUnknown: 'Onbekende code',
			codeKeys: (keys: string) => `Gebiedscode gelezen uit: ${keys}.`,
			matchedNone:
				'Geen van de codes hoort bij een gebied in de geladen gegevens. U kunt de grenzen toch bewaren: ze worden getekend zodra u gegevens voor die gebieden toevoegt.',
			unknownKept:
				'Vlakken met een onbekende code worden bewaard en getekend zodra er gegevens voor dat gebied zijn.',
			refused:
				'Dit grenzenbestand kan niet worden gebruikt. De melding hieronder zegt waarom; de kaart en de gegevens die er al waren zijn niet veranderd.',
			confirm: (n: string) => `${n} grenzen toevoegen`,
			adding: 'Toevoegen…',
			done: (name: string, matched: string) =>
				`De grenzen uit ${name} zijn bewaard in deze browser; ${matched} gebieden hebben nu een kaart.`,
			viewMap: (name: string) => `Bekijk de kaart van ${name}`,
			tooLarge: (size: string, max: string) =>
				`Dit grenzenbestand is ${size}; dat is meer dan deze pagina veilig kan inlezen (${max}). Er is niets veranderd. Vereenvoudig het eerst (bijvoorbeeld met mapshaper) of kies alleen uw gemeente.`,
			listTitle: 'Toegevoegde grenzen',
			none: 'U hebt nog geen eigen grenzen toegevoegd. De kaart toont de meegeleverde (fictieve) grenzen.',
			columns: {
				name: 'Bestand',
				shapes: 'Vlakken',
				system: 'Coördinaten',
				added: 'Toegevoegd',
				actions: 'Actie'
			},
			removeLabel: (name: string) => `Verwijder de grenzen uit ${name}`,
			removed: (name: string) => `De grenzen uit ${name} zijn verwijderd.`,
			feature: (n: string) => `Vlak ${n}`,
			problems: {
				file_empty: () => 'Het bestand is leeg.',
				not_json: (detail: string) => {
					const [line, column] = detail.split(':');
					const where =
						detail === 'end'
							? ' (het bestand houdt midden in de tekst op)'
							: column
								? ` (fout bij regel ${line}, kolom ${column})`
								: '';
					return `Dit is geen JSON, dus geen GeoJSON of TopoJSON${where}. Kies een .geojson-, .json- of .topojson-bestand.`;
				},
				not_geo: (detail: string) =>
					`Dit is JSON, maar geen GeoJSON (FeatureCollection of Feature) of TopoJSON (Topology)${detail ? `; gevonden: ${detail}` : ''}.`,
				topology_invalid: (detail: string) =>
					`Dit TopoJSON-bestand kan niet worden gelezen (${detail}).`,
				no_features: () => 'Het bestand bevat geen vlakken (features).',
				crs_unsupported: (detail: string) =>
					`Het coördinatenstelsel ${detail} wordt niet ondersteund. Gebruik WGS84 of RD New (EPSG:28992).`,
				crs_mismatch: (detail: string) =>
					`Het bestand zegt ${detail}, maar de coördinaten passen daar niet bij. Controleer het coördinatenstelsel.`,
				coordinates_unknown: (detail: string) =>
					`De coördinaten (van ${detail}) zijn geen WGS84 en geen RD New. Exporteer het bestand in WGS84 of RD New (EPSG:28992).`,
				no_usable_features: () =>
					'Geen enkel vlak heeft zowel een gebiedscode als een (multi)polygoon; er is niets te tekenen.',
				feature_invalid: () => 'Dit is geen GeoJSON-feature; overgeslagen.',
				code_missing: (detail: string) =>
					`Geen gebiedscode (code, statcode, buurtcode, wijkcode of gemeentecode)${detail ? `; eigenschappen: ${detail}` : ''}. Overgeslagen.`,
				geometry_missing: (detail: string) => `${detail} heeft geen geometrie; overgeslagen.`,
				geometry_unsupported: (detail: string) => {
					const [code, type] = detail.split('|');
					return `${code} is een ${type}; alleen vlakken (Polygon, MultiPolygon) kunnen op de kaart. Overgeslagen.`;
				},
				geometry_invalid: (detail: string) =>
					`${detail} heeft ongeldige coördinaten (een ring heeft minstens 4 punten met getallen nodig); overgeslagen.`,
				code_duplicate: (detail: string, other: string) =>
					`${detail} kwam al voor in vlak ${other}; de delen worden samen één gebied.`,
				code_unknown: (detail: string) =>
					`${detail} is geen gebied in de geladen gegevens; de grens wordt bewaard voor later.`,
				reprojected: () =>
					'De coördinaten zijn RD New (EPSG:28992) en zijn omgerekend naar WGS84 (benadering van Schreutelkamp en Strang van Hees, nauwkeurig tot op een meter).',
				simplified: (detail: string, other: string) =>
					`Vereenvoudigd voor een vlotte kaart: ${detail} punten werden er ${other} (grenzen wijken hoogstens enkele meters af).`
			}
		}
	},
	engine: {
		loading: 'Interactieve functies worden geladen…',
		error:
			'De rekenmodule (DuckDB) kon niet starten. De grafieken en tabellen hieronder blijven bruikbaar; zoeken en filteren werken misschien niet.',
		noWasm: 'Deze browser ondersteunt geen WebAssembly.',
		noWorker: 'Deze browser ondersteunt geen Web Workers.',
		timeout: 'Het laden duurde te lang.',
		noScript: {
			intro: 'JavaScript staat uit. U ziet alle grafieken, tabellen, definities en bronnen.',
			needsScript: 'Alleen met JavaScript werken:',
			features: [
				'de gebiedskiezer (zoeken naar een wijk of buurt)',
				'de filters (op indicator, partij, thema, gebied en status)',
				'de details bij de muisaanwijzer in grafieken',
				'wat de rekenmodule DuckDB in uw browser doet: gegevens van andere gebieden en uw eigen gegevens',
				'uw eigen gegevens toevoegen (upload) en offline gebruik'
			]
		}
	},
	themes: {
		people: 'Mens',
		planet: 'Milieu',
		profit: 'Economie'
	},
	themeDescriptions: {
		people: 'Leefbaarheid, veiligheid, meedoen en werk.',
		planet: 'Energie, zonnepanelen, energielabels, aardgasvrij en klimaatadaptatie.',
		profit: 'Woningwaarde, inkomen, banen en bedrijven.'
	},
	levels: {
		gemeente: 'gemeente',
		wijk: 'wijk',
		buurt: 'buurt'
	},
	overview: {
		title: 'Alle wijken',
		intro: (gemeente: string, from: number, to: number) =>
			`Per wijk van ${gemeente}: hoeveel indicatoren per thema verbeterden en hoeveel verslechterden tussen ${from} en ${to}, en het verloop van één kernindicator per thema.`,
		better: (n: number) => `${n} beter`,
		worse: (n: number) => `${n} slechter`,
		other: (n: number) => `${n} gelijk of onbekend`,
		scoreLabel: (theme: string, better: number, worse: number, other: number) =>
			`${theme}: ${better} indicatoren verbeterd, ${worse} verslechterd, ${other} gelijk gebleven, zonder richting of onvoldoende gegevens.`,
		headline: (label: string) => `Kernindicator: ${label}`,
		method:
			'Beter of slechter volgt uit de richting van elke indicator (bijvoorbeeld: minder gasverbruik is beter). Een verandering kleiner dan 1% telt als gelijk.',
		gemeenteLink: (name: string) => `Bekijk heel ${name}`
	},
	wijk: {
		titleSuffix: (level: string) => `(${level})`,
		partOf: (name: string) => `Onderdeel van ${name}`,
		reference: (name: string) => `Referentielijn: ${name}`,
		children: (level: string): string => (level === 'wijk' ? 'Buurten in deze wijk' : 'Wijken'),
		notFound: (code: string) => `Gebied ${code} staat niet in de geladen gegevens.`,
		waitingForEngine: (code: string) =>
			`Gebied ${code} is niet vooraf opgebouwd. De gegevens worden geladen zodra de rekenmodule klaar is…`,
		noIndicators: 'Geen indicatoren gevonden voor dit filter.'
	},
	picker: {
		label: 'Ga naar een ander gebied',
		placeholder: 'Typ een wijk- of buurtnaam',
		noResults: 'Geen gebied gevonden',
		results: (n: number) => `${n} gebieden gevonden; gebruik pijltjestoetsen om te kiezen`,
		allAreasLink: 'Alle wijken'
	},
	filter: {
		label: 'Filter indicatoren',
		placeholder: 'bijv. energie, WOZ, veilig',
		shown: (n: number, total: number) => `${n} van ${total} indicatoren getoond`,
		clear: 'Wis filter'
	},
	chart: {
		latest: 'Laatste waarde',
		change: (from: number, to: number) => `Verandering ${from}–${to}`,
		verdict: {
			better: 'beter',
			worse: 'slechter',
			stable: 'gelijk',
			neutral: 'geen oordeel',
			insufficient: 'te weinig gegevens'
		},
		neutralHint: 'Hoger of lager is hier niet beter of slechter.',
		table: 'Tabel met cijfers',
		year: 'Jaar',
		missing: 'geen gegevens',
		provisional: 'voorlopig',
		secret: 'geheim',
		legendProvisional: 'open punt: voorlopig cijfer',
		provisionalNote: (years: number[]) =>
			years.length === 1
				? `Het cijfer van ${years[0]} is voorlopig (open punt).`
				: `De cijfers van ${years.slice(0, -1).join(', ')} en ${years[years.length - 1]} zijn voorlopig (open punten).`,
		definition: 'Definitie en bron',
		source: 'Bron',
		unit: 'Eenheid',
		direction: 'Richting',
		directions: {
			up: 'hoger is beter',
			down: 'lager is beter',
			none: 'geen richting (context)'
		},
		legendReference: (name: string) => `${name} (referentie)`,
		/** How a summary sentence names a gemeente that is the reference line. */
		municipalityReference: 'de gemeente',
		tooltip: (year: number, value: string, reference: string | null, refName: string) =>
			reference === null ? `${year}: ${value}` : `${year}: ${value} (${refName}: ${reference})`,
		noData: 'Voor deze indicator zijn geen gegevens voor dit gebied.',
		seriesBreak: (year: number, reason: string) => `Reeksbreuk in ${year}: ${reason}`,
		keyboardHint: 'Gebruik de pijltjestoetsen om door de jaren te gaan.'
	},
	summary: {
		verb: { up: 'steeg', down: 'daalde', flat: 'bleef ongeveer gelijk' },
		sentence: (
			label: string,
			movement: 'up' | 'down' | 'flat',
			from: string,
			fromYear: number,
			to: string,
			toYear: number
		) =>
			movement === 'flat'
				? `${label} bleef ongeveer gelijk: ${from} in ${fromYear} en ${to} in ${toYear}`
				: `${label} ${movement === 'up' ? 'steeg' : 'daalde'} van ${from} in ${fromYear} naar ${to} in ${toYear}`,
		reference: {
			sameSlower: (name: string, verb: string) => `; ${name} ${verb} minder snel`,
			sameFaster: (name: string, verb: string) => `; ${name} ${verb} sneller`,
			sameSimilar: (name: string, verb: string) => `; ${name} ${verb} ongeveer even snel`,
			opposite: (name: string, verb: string) => `; ${name} ${verb} juist`,
			flat: (name: string) => `; ${name} bleef ongeveer gelijk`
		},
		insufficient: (label: string) =>
			`${label}: te weinig gegevens om een ontwikkeling te beschrijven`,
		only: (label: string, value: string, year: number) => `${label} was ${value} in ${year}`
	},
	targets: {
		title: 'Prestatieafspraken',
		intro: (gemeente: string) =>
			`De afspraken die in ${gemeente} zijn gemaakt, met per doel de nulmeting, de laatste waarde, waar de trend van de laatste jaren in het doeljaar uitkomt, en de status.`,
		summary: (onCourse: number, withData: number, noData: number) =>
			`${onCourse} van ${withData} afspraken behaald of op koers` +
			(noData > 0 ? `; ${noData} zonder gegevens` : ''),
		agreementSummary: (onCourse: number, total: number) =>
			`${onCourse} van ${total} behaald of op koers`,
		shown: (n: number, total: number) => `${n} van ${total} afspraken getoond`,
		parties: 'Partijen',
		caption: (agreement: string) => `Doelen van ${agreement}`,
		columns: {
			areaIndicator: 'Gebied en indicator',
			indicator: 'Indicator',
			baseline: 'Nulmeting',
			latest: 'Laatste waarde',
			target: 'Doel',
			projection: 'Trend in doeljaar',
			status: 'Status en reden',
			course: 'Verloop'
		},
		inYear: (value: string, year: number) => `${value} in ${year}`,
		band: (low: string, high: string) => `marge ${low}–${high}`,
		unit: (unit: string) => `in ${unit}`,
		noProjection: 'geen trend',
		status: {
			achieved: 'behaald',
			'on-track': 'op koers',
			'at-risk': 'risico',
			'off-track': 'uit koers',
			'no-data': 'geen gegevens'
		},
		reasons: {
			'no-baseline': (c: TargetReasonContext) =>
				`Er is geen waarde voor het nulmetingsjaar ${c.baselineYear}; zonder nulmeting is niet te zeggen hoe ver het doel nog is.`,
			reached: (c: TargetReasonContext) =>
				`De laatste waarde (${c.latest} in ${c.latestYear}) heeft het doel van ${c.target} bereikt.`,
			'deadline-passed': (c: TargetReasonContext) =>
				`Het doeljaar ${c.targetYear} is voorbij en de laatste waarde (${c.latest} in ${c.latestYear}) haalt het doel van ${c.target} niet.`,
			'too-few-observations': (c: TargetReasonContext) =>
				`Er zijn minder dan ${c.minObservations} metingen; te weinig voor een trend.`,
			'projection-reaches': (c: TargetReasonContext) =>
				`De trend van de laatste ${c.n} metingen komt in ${c.targetYear} uit op ${c.projected}; dat haalt het doel van ${c.target}.`,
			'band-reaches': (c: TargetReasonContext) =>
				`De trend komt in ${c.targetYear} uit op ${c.projected} en haalt het doel van ${c.target} niet, maar het doel ligt binnen de marge (${c.low} tot ${c.high}).`,
			'ahead-of-path': (c: TargetReasonContext) =>
				`De trend komt in ${c.targetYear} uit op ${c.projected} en haalt het doel van ${c.target} niet, maar de laatste waarde (${c.latest}) ligt op of voor het rechte pad van nulmeting naar doel (${c.path} in ${c.latestYear}).`,
			'projection-misses': (c: TargetReasonContext) =>
				`De trend komt in ${c.targetYear} uit op ${c.projected}; ook de marge (${c.low} tot ${c.high}) haalt het doel van ${c.target} niet, en de laatste waarde (${c.latest}) ligt achter het rechte pad (${c.path} in ${c.latestYear}).`
		},
		rulesTitle: 'Zo bepalen we de status',
		rulesDirection:
			'De richting van een doel volgt uit doel min nulmeting: een doel kan om een daling vragen, ook bij een indicator waar hoger of lager op zich niet beter is. Is het doel gelijk aan de nulmeting, dan telt de richting van de indicator, en zonder richting: het niveau vasthouden (binnen 1%).',
		rules: (window: number, minObservations: number): string[] => [
			'Geen gegevens: er is geen waarde in het jaar van de nulmeting.',
			'Behaald: de laatste waarde heeft het doel bereikt of is er voorbij, in de richting van het doel. Een waarde die afgerond gelijk is aan het doel telt als bereikt.',
			'Uit koers: het doeljaar zit al in de gegevens en het doel is niet gehaald.',
			`Geen gegevens: er zijn minder dan ${minObservations} metingen, te weinig voor een trend.`,
			`Op koers: een rechte lijn door de laatste ${window} metingen (kleinste kwadraten; ontbrekende jaren tellen niet mee, ook niet als nul) haalt het doel in het doeljaar.`,
			'Risico: die lijn haalt het doel niet, maar de marge eromheen wel, of de laatste waarde ligt nog op of voor het rechte pad van nulmeting naar doel.',
			'Uit koers: in alle andere gevallen.'
		],
		rulesBand: (z: string, window: number) =>
			`De marge is een indicatie van ongeveer 80%: ${z} × de spreiding van de metingen rond de lijn × √(1 + 1/n + (jaar − gemiddeld jaar)² / Σ(jaar − gemiddeld jaar)²). Hij wordt breder naarmate het doeljaar verder weg ligt. Met hooguit ${window} metingen en een rechte lijn als aanname is het een indicatie, geen zekerheid.`,
		rulesOrder: 'De eerste regel die past, bepaalt de status.',
		filters: {
			label: 'Filter de afspraken',
			party: 'Partij',
			theme: 'Thema',
			area: 'Gebied',
			status: 'Status',
			all: 'Alle',
			clear: 'Wis filters'
		},
		none: 'Geen afspraken voor dit filter.',
		empty: 'Er zijn geen afspraken in de geladen gegevens.',
		section: {
			title: 'Afspraken',
			intro: (area: string) =>
				`Prestatieafspraken voor ${area}. De grafiek van elke indicator toont ook het doel, het rechte pad ernaartoe en de trend.`,
			allLink: 'Alle afspraken',
			chartLink: (label: string) => `Naar de grafiek van ${label}`
		},
		sparkLabel: (label: string, area: string, target: string) =>
			`Verloop van ${label} in ${area}, met het doel ${target}`,
		chart: {
			legendTarget: (year: number) => `doel ${year}`,
			legendPath: 'recht pad vanaf nulmeting',
			legendProjection: 'trend met marge',
			note: (status: string, reason: string) => `Afspraak: ${status}. ${reason}`
		}
	},
	targetEditor: {
		title: 'Eigen afspraken',
		intro:
			'Voeg doelen toe die nog niet in de gegevens staan, bijvoorbeeld uit nieuwe prestatieafspraken. Ze worden alleen in deze browser bewaard en verlaten dit apparaat niet; exporteer ze als CSV om ze te delen.',
		count: (n: number) =>
			n === 0
				? 'Nog geen eigen afspraken.'
				: n === 1
					? '1 eigen afspraak.'
					: `${n} eigen afspraken.`,
		needsEngine: 'De editor is beschikbaar zodra de rekenmodule geladen is.',
		exportCsv: 'Exporteer als CSV',
		exportFileName: 'eigen-afspraken.csv',
		importCsv: 'Importeer CSV',
		importConfirm: (n: number) => (n === 1 ? 'Voeg 1 afspraak toe' : `Voeg ${n} afspraken toe`),
		imported: (n: number) => (n === 1 ? '1 afspraak toegevoegd.' : `${n} afspraken toegevoegd.`),
		add: 'Afspraak toevoegen',
		addTitle: 'Nieuwe afspraak',
		editTitle: 'Afspraak bewerken',
		edit: 'Bewerken',
		editLabel: (what: string) => `Bewerk ${what}`,
		remove: 'Verwijderen',
		removeLabel: (what: string) => `Verwijder ${what}`,
		removeConfirm: (what: string) => `${what} verwijderen? Dit kan niet ongedaan worden gemaakt.`,
		own: 'eigen',
		ownLabel: 'Eigen afspraak, in deze browser bewaard',
		save: 'Opslaan',
		cancel: 'Annuleren',
		saved: (what: string) => `${what} is opgeslagen.`,
		removed: (what: string) => `${what} is verwijderd.`,
		failed: (detail: string) => `Opslaan is mislukt: ${detail}`,
		quota:
			'Er is geen ruimte meer in de opslag van deze browser. Verwijder gegevens op de pagina Gegevens of maak ruimte vrij.',
		errorSummary: 'Verbeter de volgende punten:',
		fields: {
			area_code: 'Gebied',
			indicator_id: 'Indicator',
			baseline_year: 'Jaar nulmeting',
			target_year: 'Doeljaar',
			target_value: 'Doelwaarde',
			agreement: 'Naam van de afspraak',
			parties: 'Partijen'
		},
		hints: {
			target_value: (unit: string) => `In ${unit}. Decimalen met een komma, bijvoorbeeld 12,5.`,
			agreement: 'Bestaande afspraak kiezen of een nieuwe naam typen.',
			parties: 'Scheid partijen met een puntkomma, bijvoorbeeld: Gemeente; Woonstede.'
		},
		choose: 'Kies…',
		levels: { gemeente: 'Gemeente', wijk: 'Wijken', buurt: 'Buurten' },
		problems: {
			required: (field: string) => `Vul ${field.toLowerCase()} in.`,
			area_unknown: 'Kies een gebied uit de lijst.',
			indicator_unknown: 'Kies een indicator uit de lijst.',
			year_invalid: (field: string, min: number, max: number) =>
				`${field} moet een jaartal tussen ${min} en ${max} zijn.`,
			target_year_not_after_baseline: (baseline: number) =>
				`Het doeljaar moet na het jaar van de nulmeting (${baseline}) liggen.`,
			value_invalid:
				'De doelwaarde is geen getal. Schrijf bijvoorbeeld 12,5 (zonder punt voor duizendtallen of eenheid).',
			value_out_of_range: (min: string | null, max: string | null) =>
				min !== null && max !== null
					? `De doelwaarde moet tussen ${min} en ${max} liggen.`
					: min !== null
						? `De doelwaarde kan niet lager zijn dan ${min}.`
						: `De doelwaarde kan niet hoger zijn dan ${max}.`,
			text_too_long: (field: string, max: number) => `${field} mag hooguit ${max} tekens lang zijn.`
		}
	},
	interventions: {
		/** On the charts (charts/InterventionNotes.svelte). */
		listLabel: (label: string) => `Interventies op de grafiek van ${label}`,
		legend: 'interventie',
		mark: (n: number) => `interventie ${n}`,
		tooltip: (n: number, when: string, title: string) => `Interventie ${n} (${when}): ${title}`,
		before: 'Vóór',
		after: 'Erna',
		side: (from: string, fromYear: number, to: string, toYear: number, rate: string) =>
			`${from} (${fromYear}) → ${to} (${toYear}): ${rate} per jaar`,
		tooFew: 'te weinig jaren met cijfers',
		verdict: {
			better: 'Na de interventie verloopt de indicator gunstiger.',
			worse: 'Na de interventie verloopt de indicator ongunstiger.',
			stable: 'Vóór en na verloopt de indicator ongeveer even snel.',
			neutral:
				'Na de interventie verloopt de indicator anders (deze indicator heeft geen richting).',
			insufficient: 'Te weinig jaren met cijfers om vóór en na te vergelijken.'
		},
		rule: (window: number) =>
			`Vóór en erna: de gemiddelde verandering per jaar over (hooguit) ${window} jaar vóór en ${window} jaar na het jaar van de interventie, gemeten vanaf het eerste tot het laatste jaar met een cijfer. Dat zegt wat er rond de interventie gebeurde, niet dat de interventie de oorzaak was.`,
		wijkLink: 'Zelf vastleggen wat er in dit gebied is gedaan',
		onCharts: (n: number, area: string) =>
			n === 1
				? `Op de grafieken van ${area} staat 1 interventie als genummerde lijn.`
				: `Op de grafieken van ${area} staan ${n} interventies als genummerde lijnen.`,
		allCharts: 'op alle grafieken van dit gebied',
		/** The editor on /afspraken (components/UserInterventions.svelte, InterventionEditor.svelte). */
		title: 'Interventies',
		intro:
			'Leg vast wat er in een wijk is gedaan en wanneer, bijvoorbeeld "zonnepanelen-verhuur gestart" of "renovatie 120 woningen". Elke interventie staat als gemarkeerde lijn op de trendgrafieken van het gebied, met het verloop van de indicator ervoor en erna. Kiest u geen indicatoren, dan staat ze op alle grafieken van het gebied. Alleen in deze browser bewaard; exporteer als CSV om te delen.',
		count: (n: number) =>
			n === 0
				? 'Nog geen eigen interventies.'
				: n === 1
					? '1 eigen interventie.'
					: `${n} eigen interventies.`,
		needsEngine: 'De editor is beschikbaar zodra de rekenmodule geladen is.',
		add: 'Interventie toevoegen',
		addTitle: 'Nieuwe interventie',
		editTitle: 'Interventie bewerken',
		edit: 'Bewerken',
		editLabel: (what: string) => `Bewerk ${what}`,
		remove: 'Verwijderen',
		removeLabel: (what: string) => `Verwijder ${what}`,
		removeConfirm: (what: string) => `${what} verwijderen? Dit kan niet ongedaan worden gemaakt.`,
		save: 'Opslaan',
		cancel: 'Annuleren',
		saved: (what: string) => `${what} is opgeslagen.`,
		removed: (what: string) => `${what} is verwijderd.`,
		exportCsv: 'Exporteer als CSV',
		exportFileName: 'interventies.csv',
		importCsv: 'Importeer CSV',
		importConfirm: (n: number) =>
			n === 1 ? 'Voeg 1 interventie toe' : `Voeg ${n} interventies toe`,
		imported: (n: number) =>
			n === 1 ? '1 interventie toegevoegd.' : `${n} interventies toegevoegd.`,
		columns: {
			area: 'Gebied',
			when: 'Wanneer',
			title: 'Interventie',
			indicators: 'Indicatoren',
			actions: 'Actie'
		},
		viewArea: (name: string) => `Bekijk ${name}`,
		errorSummary: 'Verbeter de volgende punten:',
		fields: {
			area_code: 'Gebied',
			year: 'Jaar',
			month: 'Maand (mag leeg)',
			title: 'Wat is er gedaan',
			description: 'Toelichting (mag leeg)',
			indicator_ids: 'Bedoeld voor de indicatoren'
		},
		hints: {
			title: 'Kort, bijvoorbeeld: Renovatie 120 woningen.',
			indicator_ids: 'Kies niets: dan staat de interventie op alle grafieken van het gebied.'
		},
		noMonth: 'geen maand',
		choose: 'Kies…',
		problems: {
			required: {
				area_code: 'Kies een gebied.',
				year: 'Vul het jaar in.',
				title: 'Vul in wat er is gedaan.'
			},
			area_unknown: 'Kies een gebied uit de lijst.',
			year_invalid: (min: number, max: number) =>
				`Jaar moet een jaartal tussen ${min} en ${max} zijn.`,
			month_invalid: 'Maand moet leeg zijn of een maand van 1 tot en met 12.',
			indicator_unknown: (ids: string) =>
				`Bedoeld voor de indicatoren: ${ids} bestaat niet (meer) in de gegevens; vink die uit.`,
			text_too_long: (field: string, max: number) => `${field} mag hooguit ${max} tekens lang zijn.`
		}
	},
	about: {
		title: 'Over de cijfers',
		intro:
			'Wijkwaarde laat per wijk zien hoe mens (people), milieu (planet) en economie (profit) zich ontwikkelen. Hier staan de definities en bronnen van alle indicatoren en hoe het dashboard rekent.',
		methodTitle: 'Zo rekent het dashboard',
		method: [
			'Beter of slechter: elke indicator heeft een richting (hoger is beter, lager is beter, of geen richting). Een verandering telt als gelijk wanneer die kleiner is dan 1% van de beginwaarde of kleiner dan de kleinste getoonde eenheid.',
			'Ontbrekende jaren zijn gaten in de lijn. Het dashboard vult ze niet in en telt ze niet als nul.',
			'De referentielijn is het gepubliceerde cijfer van de gemeente, geen gemiddelde van de wijken.',
			'Alle berekeningen gebeuren in uw browser. Bestanden die u later toevoegt, verlaten uw apparaat niet.',
			'Interventies (wat er in een wijk is gedaan, en wanneer) staan als genummerde lijn op de grafieken. Onder de grafiek staat de gemiddelde verandering per jaar in de (hooguit) 3 jaar vóór het jaar van de interventie en in de 3 jaar erna, gemeten van het eerste tot het laatste jaar met een cijfer; een kant met minder dan 2 cijfers heeft te weinig jaren, en een reeksbreuk begrenst een kant. Het verschil telt als ongeveer gelijk onder de kleinste getoonde eenheid per jaar of 1% van het niveau in het jaar van de interventie. Dat beschrijft wat er rond de interventie gebeurde; het bewijst niet dat de interventie de oorzaak was.'
		],
		indicatorsTitle: 'Indicatoren',
		privacyTitle: 'Privacy: wat u doet, blijft op uw apparaat',
		privacyLink: 'Privacy',
		privacyIntro:
			'Wat u in Wijkwaarde bekijkt, zoekt of toevoegt, verlaat uw apparaat niet. Dat volgt uit hoe de site gebouwd is:',
		privacyReasons: [
			"Er is geen server die iets van u ontvangt. Wijkwaarde is een statische website: uw browser downloadt alleen vaste bestanden (de pagina's, de rekenmodule DuckDB en de CSV-bestanden met de cijfers) en rekent daarmee zelf.",
			'Er zijn geen analytics, geen cookies, geen advertenties en geen lettertypen, scripts of kaarten van andere websites.',
			"Elke pagina heeft een Content-Security-Policy die de browser verbiedt verbinding te maken met een ander adres dan dat van de site zelf (connect-src 'self') of iets van een ander adres te laden (default-src 'self'). Ook een fout in de code kan daardoor niets naar buiten sturen.",
			'De geautomatiseerde tests controleren bij elke wijziging dat geen enkele pagina iets opvraagt bij of verstuurt naar een ander adres.'
		],
		privacyCaveat:
			'Zoals bij elke website houdt de webserver van de organisatie die Wijkwaarde publiceert bij welke bestanden uw browser opvraagt, met uw IP-adres. Wat u invoert of toevoegt, bereikt die server niet.',
		accessibilityLink: 'Lees de toegankelijkheidsverklaring'
	},
	accessibility: {
		title: 'Toegankelijkheidsverklaring',
		/** The h1, with a soft hyphen: at 320 px the compound must break, and with a hyphen. */
		heading: 'Toegankelijkheids\u00adverklaring',
		footerLink: 'Toegankelijkheid',
		/** The organisation that publishes the site fills in the bracketed parts. */
		publisher: '[naam van de gemeente]',
		intro: (publisher: string) =>
			`${publisher} wil dat iedereen Wijkwaarde kan gebruiken, ook mensen met een beperking. In deze verklaring staat in hoeverre de site toegankelijk is, hoe dat is onderzocht en wat nog niet goed werkt.`,
		scopeTitle: 'Voor welke website',
		scope:
			'Deze verklaring geldt voor Wijkwaarde: het overzicht van alle wijken, de pagina’s per gemeente, wijk en buurt, en de pagina’s over de cijfers, in het Nederlands en in het Engels.',
		standardTitle: 'Aan welke eisen de site moet voldoen',
		standard:
			'Websites van overheidsorganisaties moeten voldoen aan de Europese norm EN 301 549, die verwijst naar de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau A en AA. Dit staat in het Besluit digitale toegankelijkheid overheid.',
		statusTitle: 'Nalevingsstatus',
		statusLabel: 'Status',
		status: 'voldoet gedeeltelijk',
		statusExplanation:
			'Wijkwaarde voldoet gedeeltelijk aan WCAG 2.1 niveau A en AA. De automatische tests hieronder vinden geen fouten meer, maar niet elke eis is automatisch te testen en nog niet alle eisen zijn met de hand onderzocht.',
		auditNote:
			'Er is nog geen onderzoek gedaan door een onafhankelijke deskundige volgens de methode WCAG-EM. Het register van DigiToegankelijk kent de status A (voldoet volledig) of B (voldoet gedeeltelijk) alleen toe op grond van zo’n onderzoeksrapport. De publicerende organisatie laat dit onderzoek doen voordat zij deze verklaring registreert.',
		limitationsTitle: 'Bekende beperkingen',
		limitations: (tableLabel: string) => [
			`De grafieken zijn tekeningen. Wie ze niet kan zien, vindt dezelfde cijfers in de tabel onder elke grafiek ("${tableLabel}") en een samenvatting in één zin. Met de pijltjestoetsen leest u een grafiek jaar voor jaar.`,
			'De getallen langs de assen van de grafieken zijn op smalle schermen klein. Ze worden groter als u inzoomt; de tabel onder de grafiek geeft dezelfde cijfers.',
			'Het venstertje bij de muisaanwijzer in een grafiek volgt de muis en verdwijnt als de muis de grafiek verlaat. Dezelfde cijfers staan altijd in de tabel.',
			'De site is nog niet getest met schermlezers (zoals NVDA, JAWS, VoiceOver en TalkBack) en niet met gebruikers met een beperking.',
			'Niet getest: de weergave in de modus voor hoog contrast (geforceerde kleuren), extra tekstafstand (WCAG 1.4.12) en bediening met spraak.',
			'Namen van gebieden en van bronnen zijn Nederlands, ook op de Engelse pagina’s.',
			'Zonder JavaScript ziet u alle grafieken, tabellen en definities, maar werken zoeken naar een gebied en filteren niet.'
		],
		testedTitle: 'Hoe de toegankelijkheid is getest',
		testedIntro:
			'Bij elke wijziging van de site draaien automatische tests in de browser Chromium, op elke soort pagina, in het Nederlands en het Engels:',
		tested: (skipLabel: string) => [
			'axe-core 4.13 met alle regels voor WCAG 2.1 niveau A en AA, op een breed scherm (1280 pixels) en een telefoonscherm (390 pixels): geen fouten.',
			'Koppen: precies één hoofdkop per pagina en geen overgeslagen kopniveaus.',
			`Toetsenbord: de eerste Tab komt op de link "${skipLabel}", die de focus naar de inhoud brengt; de gebiedszoeker werkt helemaal met het toetsenbord.`,
			'Contrast: axe controleert de lijnen en punten in grafieken niet. Een eigen test berekent het contrast van elke lijn, punt en markering (minstens 3:1) en van de getallen langs de assen (minstens 4,5:1).',
			'Herschikken: bij een breedte van 320 pixels (400% zoom) past alles zonder horizontaal te scrollen.'
		],
		contactTitle: 'Contact en feedback',
		contactIntro:
			'Loopt u tegen iets aan dat niet toegankelijk is, of wilt u informatie in een andere vorm? Laat het ons weten:',
		contact: [
			{ label: 'E-mail', value: '[e-mailadres]' },
			{ label: 'Telefoon', value: '[telefoonnummer]' },
			{ label: 'Post', value: '[postadres]' }
		],
		contactResponse:
			'U krijgt binnen [aantal] werkdagen een reactie. Binnen [aantal] weken hoort u wat we met uw melding doen.',
		complaintTitle: 'Niet tevreden?',
		complaint:
			'Bent u niet tevreden met de reactie, dan kunt u een klacht indienen bij [de klachtenregeling van de gemeente]. Daarna kunt u terecht bij de Nationale ombudsman of [de gemeentelijke ombudsman].',
		placeholderNote:
			'De delen tussen rechte haken vult de organisatie in die Wijkwaarde publiceert.',
		dateTitle: 'Datum',
		drawnUp: (date: string) =>
			`Deze verklaring is opgesteld op ${date}. De automatische tests hierboven draaien bij elke wijziging van de site.`
	},
	report: {
		linkShort: 'Rapport voor de raad (afdrukbaar)',
		title: (agreement: string) => `Rapportage ${agreement}`,
		kicker: 'Rapport voor de gemeenteraad',
		print: 'Afdrukken of opslaan als pdf',
		back: 'Terug naar alle afspraken',
		date: 'Datum',
		data: 'Gegevens',
		dataPeriod: (name: string, from: number, to: number) => `${name}, ${from}–${to}`,
		summaryTitle: 'Samenvatting',
		areasTitle: 'Stand van de gebieden: mens, milieu en economie',
		areasIntro: (from: number, to: number) =>
			`Per gebied: hoeveel indicatoren van elk thema tussen ${from} en ${to} beter of slechter werden (volgens de richting van de indicator; de overige bleven gelijk of hebben te weinig gegevens).`,
		areaColumn: 'Gebied',
		targetsTitle: 'De afspraken en hun status',
		chartsTitle: 'Verloop per afspraak',
		chartsIntro:
			'Per afspraak de trend van de indicator in het gebied, met de gemeente als stippellijn, het doel, het rechte pad van nulmeting naar doel en de trend van de laatste jaren met zijn marge.',
		sourcesTitle: 'Bronnen',
		sourceYears: (from: number, to: number) => `gegevens ${from}–${to}`,
		notFound: 'Deze afspraak staat niet in de geladen gegevens.'
	},
	// Downloads of chart and page data (charts/ChartDownloads.svelte, components/PageDownload.svelte)
	download: {
		button: 'Download',
		chartMenu: (label: string) => `Download ${label}`,
		csv: 'CSV',
		csvHint: 'voor elk programma, punt als decimaalteken',
		csvExcel: 'CSV voor Excel',
		csvExcelHint: 'puntkomma, komma als decimaalteken',
		parquet: 'Parquet',
		parquetHint: 'voor R, Python en DuckDB',
		svg: 'SVG',
		svgHint: 'grafiek als vectorbeeld',
		png: 'PNG',
		pngHint: 'grafiek als afbeelding',
		page: 'Download alle cijfers van deze pagina (CSV)',
		busy: 'Bezig…',
		failed: 'Het downloaden is mislukt.',
		source: (source: string) => `Bron: ${source} · Wijkwaarde`,
		date: (date: string) => `Gedownload op ${date}`,
		subtitle: (area: string, from: number, to: number) => `${area}, ${from}–${to}`
	},
	// The council report's one-click ZIP (components/ReportPack.svelte, data/export/report-pack.ts)
	pack: {
		button: 'Download raadsstuk-pack (ZIP)',
		hint: 'Eén ZIP-bestand met elke grafiek van dit rapport als SVG en PNG, de cijfers en de afspraken als CSV, en een toelichting (README) met definities, bronnen en de link naar dit rapport.',
		waiting: 'De pack kan worden gemaakt zodra de gegevens in uw browser zijn geladen.',
		chart: (i: number, n: number) => `Grafiek ${i} van ${n} maken…`,
		zipping: 'ZIP-bestand samenstellen…',
		done: (file: string, size: string) => `Klaar: ${file} (${size}) is gedownload.`,
		failed:
			'Het maken van de pack is mislukt. Probeer het nog eens, of druk het rapport af als pdf.',
		readme: {
			intro:
				'Deze map hoort bij het rapport voor de gemeenteraad van Wijkwaarde: de grafieken van het rapport als SVG (vector) en PNG (afbeelding), de cijfers erachter als CSV, en deze toelichting. Alles is in de browser gemaakt; er is niets verstuurd.',
			generated: 'Gemaakt op',
			permalink: 'Rapport online',
			filesTitle: 'Bestanden',
			readmeFile: 'deze toelichting',
			targetsFile:
				'de afspraken van het rapport: nulmeting, laatste waarde, doel, trend in het doeljaar met marge, status en de regel die de status bepaalde',
			dataFile:
				'de cijfers achter de grafieken: per gebied, indicator en jaar de waarde (leeg = geen gegevens), ook voor de gemeente als referentie',
			chartFile: (indicator: string, area: string) => `grafiek ${indicator}, ${area}`,
			csvNote:
				'De CSV-bestanden zijn UTF-8 met BOM, met komma als scheidingsteken en een punt als decimaalteken, en getallen in volle precisie (niet afgerond). Tekst die een spreadsheet als formule zou lezen, begint met een apostrof.',
			dataTitle: 'Gegevens en bronnen',
			indicatorsTitle: 'Indicatoren: definitie, eenheid, richting en bron'
		}
	},
	map: {
		title: 'Kaart',
		caption: (indicator: string, level: string, year: number) =>
			`${indicator}, per ${level}, ${year}`,
		ariaLabel: (indicator: string, level: string, year: number) =>
			`Kaart: ${indicator} per ${level} in ${year}. Elk gebied is een link; de tabel onder de kaart heeft dezelfde cijfers.`,
		indicator: 'Indicator',
		scope: 'Gemeente',
		allGemeenten: 'Alle gemeenten',
		level: 'Niveau',
		levelNames: { gemeente: 'Gemeente', wijk: 'Wijken', buurt: 'Buurten' } as Record<
			string,
			string
		>,
		year: 'Jaar',
		play: 'Afspelen',
		pause: 'Pauze',
		noData: 'geen gegevens',
		table: 'Tabel met de cijfers van de kaart',
		binRange: (from: string, to: string, last: boolean) =>
			last ? `${from} t/m ${to}` : `${from} tot ${to}`,
		legendDirection: {
			up: 'Donkerblauw is beter (hoger is beter).',
			down: 'Donkerblauw is beter (lager is beter).',
			none: 'Geen richting: donkerder is hoger, niet beter of slechter.'
		}
	},
	compare: {
		title: 'Vergelijken',
		intro:
			'Zet tot acht gebieden naast elkaar: wijken, buurten en de gemeente. Per indicator ziet u hun lijnen tegen de spreiding van alle wijken (of buurten), en een ranglijst met de waarde, de verandering en de rangorde. Elke keuze staat in de link, zodat een collega precies hetzelfde ziet.',
		areas: (max: number) => `Gebieden (hoogstens ${max})`,
		addArea: 'Gebied toevoegen',
		full: (max: number) => `Al ${max} gebieden gekozen; verwijder er eerst een`,
		indicators: 'Indicatoren',
		addIndicator: 'Indicator toevoegen',
		remove: (name: string) => `Verwijder ${name}`,
		noMatch: 'Niets gevonden',
		matches: (n: number) => `${n} gevonden; kies met de pijltjestoetsen en Enter`,
		from: 'Van',
		to: 'Tot en met',
		indexMode: 'Als index (basisjaar = 100)',
		baseline: 'Basisjaar',
		spreadLevel: 'Spreiding en ranglijst van',
		copyLink: 'Kopieer link',
		copied: 'De link naar deze weergave is gekopieerd.',
		copyFailed: 'Kopiëren lukte niet; kopieer het adres uit de adresbalk.',
		reading: (level: string, from: number, to: number, index: number | null) =>
			`Periode ${from}–${to}; grijze band: de middelste helft van alle ${level}, stippellijn: hun mediaan.` +
			(index === null ? '' : ` Lijnen als index: de waarde in ${index} = 100.`),
		indexUnit: (year: number) => `index, ${year} = 100`,
		spreadCaption: (level: string) =>
			`Lijnen: de gekozen gebieden, met hun naam aan het eind. Grijze band: de middelste helft van de ${level} (25e tot 75e percentiel); stippellijn: de mediaan.`,
		rank: 'Rang',
		changeColumn: (from: number, to: number) => `Verandering ${from}–${to}`,
		rankingCaption: (level: string, year: number) =>
			`Ranglijst ${level.toLocaleLowerCase('nl')}, ${year}`,
		deviationNote:
			'Rang 1 is het beste (bij een indicator zonder richting: de hoogste waarde). ▲/▼: meer dan één standaardafwijking boven of onder het gemiddelde van alle gebieden in de lijst.',
		deviation: 'Afwijking',
		deviations: { above: 'ver boven gemiddelde', below: 'ver onder gemiddelde' },
		chosen: '(gekozen)'
	},
	themeIndex: {
		title: 'Thema-index',
		intro: (year: number, baseline: number) =>
			`Eén getal per thema: hoe de indicatoren van een gebied in ${year} staan tegenover de gemeente in ${baseline}. 100 is het niveau van de gemeente in ${baseline}; boven 100 is beter, onder 100 slechter (de richting van elke indicator telt mee).`,
		methodLink: 'Hoe de thema-index berekend wordt, met de gewichten en de beperkingen',
		caption: (year: number, baseline: number) => `Thema-index ${year} (gemeente ${baseline} = 100)`,
		area: 'Gebied',
		used: (used: number, of: number) => `${used} van ${of} indicatoren`,
		methodTitle: 'De thema-index',
		method: [
			'Per indicator met een richting: r = de waarde van het gebied in het gekozen jaar gedeeld door de waarde van de gemeente in het basisjaar. Is hoger beter, dan is de index 100 × r; is lager beter, dan 100 × (2 − r). Een gebied dat 10% beter scoort dan de gemeente in het basisjaar krijgt dus 110, ongeacht of de indicator omhoog of omlaag moet. Elke indicator-index ligt tussen 0 en 200: zo kan één indicator met een kleine gemeentewaarde (een aandeel van een paar procent dat verdrievoudigt) de rest niet wegdrukken.',
			'De thema-index is het gewone gemiddelde van die indicator-indexen: elke indicator weegt even zwaar. Indicatoren zonder richting (zoals het aandeel sociale huur) tellen niet mee.',
			'Een indicator telt niet mee als de gemeentewaarde in het basisjaar ontbreekt of nul is, of als het gebied in het gekozen jaar geen waarde heeft. Heeft een gebied voor minder dan de helft van de indicatoren van een thema een waarde, dan krijgt het geen thema-index. Bij elk getal staat op hoeveel indicatoren het rust.',
			'De referentie is het gepubliceerde cijfer van de gemeente (zoals in het Wijkprofiel van Rotterdam: 100 = de stad in het basisjaar), geen gemiddelde van de wijken.'
		],
		limitsTitle: 'Beperkingen',
		limits: [
			'Een verhouding behandelt 10% verschil overal gelijk, ook waar indicatoren van nature veel of weinig spreiden; een indicator met een kleine gemeentewaarde (bijvoorbeeld een aandeel van een paar procent) kan de index daardoor sterk bewegen.',
			'Gelijke gewichten zijn een keuze, geen waarheid: het thema telt indicatoren die elkaar deels overlappen even zwaar als indicatoren die iets heel anders meten.',
			'De index vat samen en verbergt daarmee verschillen: kijk bij een opvallend getal altijd naar de onderliggende indicatoren.'
		]
	},
	common: {
		close: 'Sluiten',
		loading: 'Laden…'
	}
};

export type Messages = typeof nl;
