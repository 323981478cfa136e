/** Dutch, the default language. en.ts has the same keys (enforced by its type). */
export const nl = {
	siteName: 'Wijkwaarde',
	tagline: 'Hoe ontwikkelen de wijken zich? Mens, milieu en economie door de jaren heen.',
	skipToContent: 'Naar de inhoud',
	nav: {
		label: 'Hoofdmenu',
		overview: 'Overzicht',
		about: 'Over de cijfers',
		language: 'English',
		languageLabel: 'Read this page in English',
		breadcrumb: 'Kruimelpad'
	},
	dataset: {
		label: 'Gegevens',
		status: (name: string, from: number, to: number) => `${name}, ${from}–${to}`,
		fictionalNotice:
			'Dit zijn verzonnen demonstratiegegevens van de fictieve gemeente Voorbeeldstad. Ze laten zien hoe het dashboard werkt en zeggen niets over een echte wijk.',
		fictionalShort: 'fictieve demo'
	},
	engine: {
		loading: 'Interactieve functies worden geladen…',
		ready: 'Interactieve functies zijn klaar.',
		error:
			'De rekenmodule (DuckDB) kon niet starten. De grafieken en tabellen hieronder blijven bruikbaar; zoeken en filteren werken misschien niet.',
		noWasm: 'Deze browser ondersteunt geen WebAssembly.',
		noWorker: 'Deze browser ondersteunt geen Web Workers.',
		timeout: 'Het laden duurde te lang.',
		noScript:
			'JavaScript staat uit. U ziet alle grafieken, tabellen en definities; zoeken naar een gebied, filteren en de muisaanwijzer-details werken alleen met JavaScript.'
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
		wijkColumn: 'Wijk',
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
		backToOverview: 'Terug naar het overzicht',
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
		definition: 'Definitie en bron',
		source: 'Bron',
		unit: 'Eenheid',
		direction: 'Richting',
		directions: {
			up: 'hoger is beter',
			down: 'lager is beter',
			none: 'geen richting (context)'
		},
		legendArea: (name: string) => name,
		legendReference: (name: string) => `${name} (referentie)`,
		/** How a summary sentence names a gemeente that is the reference line. */
		municipalityReference: 'de gemeente',
		tooltip: (year: number, value: string, reference: string | null, refName: string) =>
			reference === null ? `${year}: ${value}` : `${year}: ${value} (${refName}: ${reference})`,
		noData: 'Voor deze indicator zijn geen gegevens voor dit gebied.',
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
	about: {
		title: 'Over de cijfers',
		intro:
			'Wijkwaarde laat per wijk zien hoe mens (people), milieu (planet) en economie (profit) zich ontwikkelen. Hier staan de definities en bronnen van alle indicatoren en hoe het dashboard rekent.',
		methodTitle: 'Zo rekent het dashboard',
		method: [
			'Beter of slechter: elke indicator heeft een richting (hoger is beter, lager is beter, of geen richting). Een verandering telt als gelijk wanneer die kleiner is dan 1% van de beginwaarde of kleiner dan de kleinste getoonde eenheid.',
			'Ontbrekende jaren zijn gaten in de lijn. Het dashboard vult ze niet in en telt ze niet als nul.',
			'De referentielijn is het gepubliceerde cijfer van de gemeente, geen gemiddelde van de wijken.',
			'Alle berekeningen gebeuren in uw browser. Bestanden die u later toevoegt, verlaten uw apparaat niet.'
		],
		indicatorsTitle: 'Indicatoren',
		privacyTitle: 'Privacy'
	},
	common: {
		close: 'Sluiten',
		loading: 'Laden…'
	}
};

export type Messages = typeof nl;
