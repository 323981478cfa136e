/**
 * Generates the bundled demonstration data: data/indicators.csv, data/areas.csv,
 * data/observations.csv, data/targets.csv, data/boundaries.geojson (fictional shapes),
 * data/breaks.csv (fictional series breaks) and data/interventions.csv (fictional interventions).
 *
 * EVERY FIGURE PRODUCED HERE IS FICTIONAL. The municipality "Voorbeeldstad" (GM9999, not a real
 * CBS code), its wijken and buurten, their populations, all observations and both agreements are
 * invented so the dashboard can be demonstrated and tested without real data. The catalogue
 * (names, units, directions, publishers) follows Dutch practice so the demo reads like the real
 * thing, but no value comes from CBS, the Leefbaarometer or any other publisher.
 *
 * Regenerate with `npm run data:demo` (or `npx tsx scripts/generate-demo-data.ts`). Output is
 * deterministic: a fixed seed drives a mulberry32 PRNG, so reruns give byte-identical files.
 * Every series draws from its own stream (seeded by area, indicator and purpose), so changing the
 * model of one indicator or wijk leaves all other series unchanged.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBoundaries } from './demo-boundaries';
import { mulberry32 } from './seeded-random';

const SEED = 20250101;
const FIRST_YEAR = 2012;
const LAST_YEAR = 2025;
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

const GEMEENTE = { code: 'GM9999', name: 'Voorbeeldstad' } as const;

type Theme = 'people' | 'planet' | 'profit';
type Direction = 'up' | 'down' | 'none';
type Character = 'improving' | 'lagging' | 'mixed';
type Span = readonly [start: number, end: number];
type Series = (number | null)[];

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

interface Random {
	uniform: (min?: number, max?: number) => number;
	normal: () => number;
}

/** FNV-1a, to turn a readable stream key into a 32-bit seed. */
function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

function randomFor(...keyParts: string[]): Random {
	const next = mulberry32(hashString(`${SEED}|${keyParts.join('|')}`));
	return {
		uniform: (min = 0, max = 1) => min + (max - min) * next(),
		normal: () => {
			const u = 1 - next();
			const v = next();
			return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
		}
	};
}

// ---------------------------------------------------------------------------------------------
// Small numeric helpers

const clamp = (value: number, [min, max]: Span) => Math.min(max, Math.max(min, value));
const lerp = ([start, end]: Span, t: number) => start + (end - start) * t;

/** 0 in FIRST_YEAR, 1 in LAST_YEAR. */
const yearFraction = (year: number) => (year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR);

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

function byYear(values: readonly number[]): (year: number) => number {
	if (values.length !== YEARS.length) throw new Error('A yearly pattern needs one value per year');
	return (year) => values[year - FIRST_YEAR];
}

// ---------------------------------------------------------------------------------------------
// National background patterns. Shapes loosely follow the Dutch pattern; levels are invented.

/** Average WOZ relative to 2012: the 2013–2016 dip, then the strong rise. */
const wozIndex = byYear([
	1.0, 0.95, 0.9, 0.87, 0.86, 0.89, 0.95, 1.02, 1.11, 1.19, 1.3, 1.49, 1.53, 1.63
]);
/** Nominal personal income relative to 2012; faster from 2022 with wage catch-up. */
const incomeIndex = byYear([
	1.0, 1.01, 1.03, 1.05, 1.07, 1.1, 1.13, 1.17, 1.2, 1.24, 1.3, 1.39, 1.46, 1.51
]);
/** Social assistance caseload relative to 2012: rising until 2017, then falling. */
const assistanceIndex = byYear([
	1.0, 1.06, 1.11, 1.15, 1.18, 1.18, 1.14, 1.09, 1.08, 1.04, 0.98, 0.96, 0.96, 0.95
]);
/** Recorded crime relative to 2012: long decline, slight rebound after the lockdowns. */
const crimeIndex = byYear([
	1.0, 0.97, 0.93, 0.9, 0.87, 0.84, 0.82, 0.8, 0.78, 0.76, 0.8, 0.83, 0.84, 0.85
]);
/** Gas use is not weather-corrected, so every area shares the same mild/cold-year factor. */
const heatingDemand = byYear([
	1.0, 1.06, 0.9, 0.97, 1.0, 0.97, 0.97, 0.96, 0.93, 1.02, 0.95, 0.97, 0.95, 0.98
]);
/** Lockdown years dampen volunteering and labour participation. */
const covidDip = byYear([0, 0, 0, 0, 0, 0, 0, 0, 1, 0.8, 0.3, 0, 0, 0]);

// ---------------------------------------------------------------------------------------------
// Areas

interface Wijk {
	code: string;
	name: string;
	population: number;
	character: Character;
	/** Socio-economic position: 0 = most deprived, 1 = most affluent wijk of the city. */
	status: number;
	/** 0 = purely residential, 1 = city centre (jobs, businesses, visitors). */
	centrality: number;
	ownerShare: Span;
	socialRentShare: Span;
	vacancy: Span;
	woz2012: number;
	gas2012: number;
	electricity2012: number;
	solar2025: number;
	labelAShare: Span;
	labelEfg2012: number;
	gasFree: Span;
	chargers2025: number;
	green: number;
	paved2012: number;
	buurten: readonly string[];
}

/** Spans run from 2012 to 2025 before character effects and noise. */
const WIJKEN: readonly Wijk[] = [
	{
		code: 'WK999900',
		name: 'Centrum',
		population: 9800,
		character: 'mixed',
		status: 0.55,
		centrality: 1,
		ownerShare: [35, 37],
		socialRentShare: [30, 27],
		vacancy: [6.8, 5.9],
		woz2012: 238000,
		gas2012: 1050,
		electricity2012: 2300,
		solar2025: 14,
		labelAShare: [4, 32],
		labelEfg2012: 45,
		gasFree: [1, 12],
		chargers2025: 26,
		green: 9,
		paved2012: 62,
		buurten: ['Marktkwartier', 'Kerkbuurt', 'Stationsbuurt', 'Vestingwal']
	},
	{
		code: 'WK999901',
		name: 'Havenkwartier',
		population: 6200,
		character: 'improving',
		status: 0.35,
		centrality: 0.6,
		ownerShare: [28, 40],
		socialRentShare: [48, 37],
		vacancy: [8.2, 4.1],
		woz2012: 176000,
		gas2012: 950,
		electricity2012: 2150,
		solar2025: 24,
		labelAShare: [10, 55],
		labelEfg2012: 33,
		gasFree: [4, 36],
		chargers2025: 21,
		green: 14,
		paved2012: 55,
		buurten: ['Kadeneiland', 'Pakhuisbuurt', 'Werfkade', 'Zeilmakerskwartier']
	},
	{
		code: 'WK999902',
		name: 'Molenwijk',
		population: 14500,
		character: 'lagging',
		status: 0.15,
		centrality: 0.15,
		ownerShare: [22, 23],
		socialRentShare: [64, 62],
		vacancy: [3.1, 3.4],
		woz2012: 158000,
		gas2012: 980,
		electricity2012: 2200,
		solar2025: 18,
		labelAShare: [3, 26],
		labelEfg2012: 38,
		gasFree: [0.5, 7],
		chargers2025: 9,
		green: 27,
		paved2012: 48,
		buurten: ['Korenmolen', 'Watermolen', 'Molenerf', 'Zaagmolenbuurt']
	},
	{
		code: 'WK999903',
		name: 'Noorderpark',
		population: 11300,
		character: 'lagging',
		status: 0.3,
		centrality: 0.2,
		ownerShare: [38, 39],
		socialRentShare: [50, 48],
		vacancy: [2.9, 3.3],
		woz2012: 181000,
		gas2012: 1150,
		electricity2012: 2450,
		solar2025: 22,
		labelAShare: [3, 25],
		labelEfg2012: 41,
		gasFree: [0.8, 9],
		chargers2025: 11,
		green: 33,
		paved2012: 52,
		buurten: ['Parkrand', 'Vijverhof', 'Torenflats', 'Lindenhof']
	},
	{
		code: 'WK999904',
		name: 'De Akkers',
		population: 17600,
		character: 'mixed',
		status: 0.75,
		centrality: 0.2,
		ownerShare: [76, 74],
		socialRentShare: [16, 17],
		vacancy: [2.2, 2.0],
		woz2012: 252000,
		gas2012: 1250,
		electricity2012: 3150,
		solar2025: 45,
		labelAShare: [8, 48],
		labelEfg2012: 12,
		gasFree: [0.5, 10],
		chargers2025: 17,
		green: 20,
		paved2012: 68,
		buurten: ['Korenakker', 'Tarweveld', 'Gerstakker', 'Haverland']
	},
	{
		code: 'WK999905',
		name: 'Kanaalzone',
		population: 7400,
		character: 'improving',
		status: 0.15,
		centrality: 0.5,
		ownerShare: [30, 36],
		socialRentShare: [52, 45],
		vacancy: [5.2, 3.4],
		woz2012: 165000,
		gas2012: 1120,
		electricity2012: 2250,
		solar2025: 20,
		labelAShare: [4, 40],
		labelEfg2012: 42,
		gasFree: [1, 22],
		chargers2025: 18,
		green: 10,
		paved2012: 58,
		buurten: ['Jaagpad', 'Brugkwartier', 'Scheepswerf', 'Lichterbuurt']
	},
	{
		code: 'WK999906',
		name: 'Oud-West',
		population: 12900,
		character: 'improving',
		status: 0.5,
		centrality: 0.45,
		ownerShare: [44, 50],
		socialRentShare: [34, 29],
		vacancy: [3.6, 2.8],
		woz2012: 212000,
		gas2012: 1180,
		electricity2012: 2350,
		solar2025: 22,
		labelAShare: [4, 44],
		labelEfg2012: 46,
		gasFree: [0.8, 14],
		chargers2025: 21,
		green: 12,
		paved2012: 60,
		buurten: ['Blekersveld', 'Weverskwartier', 'Pottenbakkersbuurt', 'Smidsbuurt']
	},
	{
		code: 'WK999907',
		name: 'Beekdal',
		population: 5100,
		character: 'mixed',
		status: 0.95,
		centrality: 0.1,
		ownerShare: [80, 79],
		socialRentShare: [10, 10],
		vacancy: [2.4, 2.2],
		woz2012: 258000,
		gas2012: 1680,
		electricity2012: 3280,
		solar2025: 38,
		labelAShare: [3, 30],
		labelEfg2012: 40,
		gasFree: [0.5, 8],
		chargers2025: 15,
		green: 34,
		paved2012: 44,
		buurten: ['Beekhoven', 'Eikenlaan', 'Hazelaarbos', 'Bronsveld']
	},
	{
		code: 'WK999908',
		name: 'Spoorzicht',
		population: 8700,
		character: 'lagging',
		status: 0.2,
		centrality: 0.35,
		ownerShare: [34, 34],
		socialRentShare: [45, 44],
		vacancy: [3.8, 4.6],
		woz2012: 162000,
		gas2012: 1080,
		electricity2012: 2250,
		solar2025: 16,
		labelAShare: [3, 24],
		labelEfg2012: 44,
		gasFree: [0.5, 6],
		chargers2025: 8,
		green: 11,
		paved2012: 64,
		buurten: ['Seinhuis', 'Wisselbuurt', 'Emplacement', 'Perronbuurt']
	},
	{
		code: 'WK999909',
		name: 'Nieuwland',
		population: 3600,
		character: 'mixed',
		status: 0.7,
		centrality: 0.15,
		ownerShare: [78, 66],
		socialRentShare: [12, 26],
		vacancy: [8.8, 2.6],
		woz2012: 248000,
		gas2012: 1050,
		electricity2012: 2900,
		solar2025: 42,
		labelAShare: [40, 85],
		labelEfg2012: 3,
		gasFree: [35, 85],
		chargers2025: 22,
		green: 22,
		paved2012: 40,
		buurten: ['Polderzoom', 'Nieuwe Weide', 'Dijkhof', 'Kwelderveld']
	}
];

type Level = 'gemeente' | 'wijk' | 'buurt';

interface Area {
	code: string;
	name: string;
	level: Level;
	parentCode: string;
	wijk?: Wijk;
}

function buurtCode(wijk: Wijk, index: number): string {
	return `BU${wijk.code.slice(2)}${String(index + 1).padStart(2, '0')}`;
}

/** Gemeente first, then each wijk directly followed by its buurten. */
function buildAreas(): Area[] {
	const areas: Area[] = [{ ...GEMEENTE, level: 'gemeente', parentCode: '' }];
	for (const wijk of WIJKEN) {
		areas.push({
			code: wijk.code,
			name: wijk.name,
			level: 'wijk',
			parentCode: GEMEENTE.code,
			wijk
		});
		wijk.buurten.forEach((name, i) => {
			areas.push({ code: buurtCode(wijk, i), name, level: 'buurt', parentCode: wijk.code, wijk });
		});
	}
	return areas;
}

// ---------------------------------------------------------------------------------------------
// Indicator catalogue

interface Indicator {
	id: string;
	theme: Theme;
	labelNl: string;
	labelEn: string;
	unit: string;
	direction: Direction;
	decimals: number;
	source: string;
	descriptionNl: string;
	descriptionEn: string;
	/** Smooth wijk path before character effect, buurt variation and noise. */
	model: (wijk: Wijk, year: number) => number;
	/** Whether drift, noise and spread are in the indicator's unit or fractions of its value. */
	scale: 'abs' | 'rel';
	/** Size of a fully expressed wijk character by LAST_YEAR, in the good direction. */
	drift: number;
	/** Year-to-year standard deviation at wijk level (buurten get more). */
	noise: number;
	/** Standard deviation of a buurt's fixed offset from its wijk. */
	spread: number;
	bounds: Span;
	/** Publication granularity, e.g. CBS publishes WOZ in thousands of euros. */
	step?: number;
	/** Stocks such as installed panels or removed bad labels do not reverse. */
	monotone?: 'up' | 'down';
}

const PERCENT: Span = [0, 100];

const solarPath = (w: Wijk, year: number) =>
	(w.solar2025 * logistic((year - 2020) / 2.8)) / logistic((LAST_YEAR - 2020) / 2.8);

const INDICATORS: readonly Indicator[] = [
	// People
	{
		id: 'leefbaarometer_score',
		theme: 'people',
		labelNl: 'Leefbaarometer-score',
		labelEn: 'Leefbaarometer score',
		unit: 'score',
		direction: 'up',
		decimals: 2,
		source: 'Leefbaarometer (BZK)',
		descriptionNl:
			'Samengestelde leefbaarheidsscore, berekend uit ruim negentig objectieve kenmerken van woningen, bewoners, voorzieningen, veiligheid en fysieke omgeving en geijkt op hoe bewoners hun buurt waarderen. De officiële score verschijnt eens per twee jaar en kleine verschillen tussen jaren vallen vaak binnen de modelonzekerheid.',
		descriptionEn:
			'Composite liveability score computed from more than ninety objective characteristics of housing, residents, amenities, safety and physical surroundings, calibrated on how residents rate their neighbourhood. The official score is published every two years and small year-to-year differences often fall within model uncertainty.',
		model: (w, y) => 3.8 + 0.42 * w.status + 0.06 * yearFraction(y),
		scale: 'abs',
		drift: 0.12,
		noise: 0.015,
		spread: 0.05,
		bounds: [3.4, 4.7]
	},
	{
		id: 'feels_unsafe',
		theme: 'people',
		labelNl: '% voelt zich weleens onveilig in eigen buurt',
		labelEn: '% sometimes feels unsafe in own neighbourhood',
		unit: '%',
		direction: 'down',
		decimals: 1,
		source: 'CBS Veiligheidsmonitor',
		descriptionNl:
			'Aandeel inwoners van 15 jaar en ouder dat aangeeft zich weleens onveilig te voelen in de eigen buurt, gemeten met een enquête. Het is een beleving die los van de geregistreerde criminaliteit kan bewegen, en bij kleine steekproeven per wijk is de marge enkele procentpunten.',
		descriptionEn:
			'Share of residents aged 15 and over who say they sometimes feel unsafe in their own neighbourhood, measured by survey. It is a perception that can move independently of recorded crime, and with small samples per wijk the margin is several percentage points.',
		model: (w, y) => 38 - 21 * w.status + 5 * w.centrality + 3 * yearFraction(y),
		scale: 'abs',
		drift: 7,
		noise: 1.5,
		spread: 3,
		bounds: PERCENT
	},
	{
		id: 'nuisance_experienced',
		theme: 'people',
		labelNl: '% ervaart veel overlast in de buurt',
		labelEn: '% experiences a lot of nuisance in the neighbourhood',
		unit: '%',
		direction: 'down',
		decimals: 1,
		source: 'CBS Veiligheidsmonitor',
		descriptionNl:
			'Aandeel inwoners dat zegt veel overlast te ervaren in de buurt, zoals geluidsoverlast, verloedering, verkeersoverlast of overlast van personen. Gemeten met een enquête; wat als veel overlast geldt is subjectief en kleine wijken hebben een ruime foutmarge.',
		descriptionEn:
			"Share of residents reporting a lot of nuisance in their neighbourhood, such as noise, litter and decay, traffic or anti-social behaviour. Measured by survey; what counts as 'a lot' is subjective and small wijken carry a wide margin of error.",
		model: (w, y) => 29 - 17 * w.status + 6 * w.centrality + yearFraction(y),
		scale: 'abs',
		drift: 4,
		noise: 1.3,
		spread: 2.5,
		bounds: PERCENT
	},
	{
		id: 'registered_crime',
		theme: 'people',
		labelNl: 'Geregistreerde misdrijven per 1.000 inwoners',
		labelEn: 'Recorded crimes per 1,000 residents',
		unit: 'per 1.000 inwoners',
		direction: 'down',
		decimals: 1,
		source: 'Politie / CBS',
		descriptionNl:
			'Aantal door de politie geregistreerde misdrijven per 1.000 inwoners, naar pleegplaats. Veel delicten worden niet aangegeven, en in centra en uitgaansgebieden ligt het cijfer hoog doordat bezoekers niet bij de inwoners meetellen.',
		descriptionEn:
			'Number of crimes recorded by the police per 1,000 residents, by place of offence. Many offences go unreported, and rates are high in centres and nightlife areas because visitors are not counted among the residents.',
		model: (w, y) => (88 - 58 * w.status + 40 * w.centrality) * crimeIndex(y),
		scale: 'rel',
		drift: 0.15,
		noise: 0.04,
		spread: 0.15,
		bounds: [5, 200]
	},
	{
		id: 'social_cohesion',
		theme: 'people',
		labelNl: 'Sociale cohesie, rapportcijfer',
		labelEn: 'Social cohesion, rating',
		unit: 'rapportcijfer',
		direction: 'up',
		decimals: 1,
		source: 'CBS Veiligheidsmonitor',
		descriptionNl:
			'Schaalscore van 0 tot 10 voor sociale cohesie, afgeleid uit enquêtevragen over onder meer of mensen elkaar kennen, prettig met elkaar omgaan en zich thuis voelen in de buurt. Het is een gemiddelde van meningen, dus verschillen van enkele tienden zijn zelden betekenisvol.',
		descriptionEn:
			'Scale score from 0 to 10 for social cohesion, derived from survey questions on whether people know each other, get along and feel at home in the neighbourhood. It averages opinions, so differences of a few tenths are rarely meaningful.',
		model: (w, y) => 5.6 + 1.8 * w.status - 0.15 * yearFraction(y),
		scale: 'abs',
		drift: 0.35,
		noise: 0.1,
		spread: 0.2,
		bounds: [0, 10]
	},
	{
		id: 'volunteering',
		theme: 'people',
		labelNl: '% doet vrijwilligerswerk',
		labelEn: '% does voluntary work',
		unit: '%',
		direction: 'up',
		decimals: 1,
		source: 'Gezondheidsmonitor Volwassenen en Ouderen (GGD/CBS/RIVM)',
		descriptionNl:
			'Aandeel volwassenen dat in de afgelopen twaalf maanden vrijwilligerswerk heeft gedaan, volgens een gezondheidsenquête die officieel eens per vier jaar wordt gehouden. Informele hulp aan buren of familie telt niet mee, en in de coronajaren daalde het cijfer tijdelijk.',
		descriptionEn:
			'Share of adults who did voluntary work in the past twelve months, according to a health survey officially held every four years. Informal help to neighbours or family is not included, and the figure dipped temporarily during the COVID years.',
		model: (w, y) => 20 + 16 * w.status - 3 * covidDip(y),
		scale: 'abs',
		drift: 3,
		noise: 1.2,
		spread: 2.5,
		bounds: PERCENT
	},
	{
		id: 'net_labour_participation',
		theme: 'people',
		labelNl: 'Netto arbeidsparticipatie',
		labelEn: 'Net labour participation',
		unit: '%',
		direction: 'up',
		decimals: 1,
		source: 'CBS Kerncijfers wijken en buurten',
		descriptionNl:
			'Werkzame beroepsbevolking als percentage van de bevolking van 15 tot 75 jaar, op basis van registers. Studenten en gepensioneerden drukken het cijfer, dus verschillen tussen wijken weerspiegelen ook de leeftijdsopbouw.',
		descriptionEn:
			'Employed labour force as a percentage of the population aged 15 to 75, based on registers. Students and retirees pull the figure down, so differences between wijken partly reflect age structure.',
		model: (w, y) => 55 + 15 * w.status + 3.5 * yearFraction(y) - 1.5 * covidDip(y),
		scale: 'abs',
		drift: 5,
		noise: 0.6,
		spread: 2,
		bounds: PERCENT
	},
	{
		id: 'social_assistance_share',
		theme: 'people',
		labelNl: '% inwoners met bijstandsuitkering',
		labelEn: '% residents receiving social assistance',
		unit: '%',
		direction: 'down',
		decimals: 1,
		source: 'CBS Kerncijfers wijken en buurten',
		descriptionNl:
			'Aandeel inwoners met een bijstandsuitkering op grond van de Participatiewet, berekend als het aantal uitkeringsontvangers gedeeld door het aantal inwoners. Het cijfer volgt de conjunctuur en het gemeentelijk beleid, en wordt voor kleine buurten afgerond of niet gepubliceerd.',
		descriptionEn:
			'Share of residents receiving social assistance under the Participation Act, computed as the number of recipients divided by the population. It follows the business cycle and municipal policy, and for small buurten it is rounded or not published.',
		model: (w, y) => (11 - 9.5 * w.status) * assistanceIndex(y),
		scale: 'rel',
		drift: 0.25,
		noise: 0.03,
		spread: 0.2,
		bounds: [0.3, 100]
	},
	{
		id: 'low_income_households',
		theme: 'people',
		labelNl: '% huishoudens met een laag inkomen',
		labelEn: '% households with a low income',
		unit: '%',
		direction: 'down',
		decimals: 1,
		source: 'CBS Kerncijfers wijken en buurten',
		descriptionNl:
			'Aandeel particuliere huishoudens met een inkomen onder de lage-inkomensgrens van CBS, een grens die jaarlijks voor prijsontwikkeling wordt gecorrigeerd. Huishoudens met alleen studiefinanciering tellen niet mee en de cijfers verschijnen met ongeveer twee jaar vertraging.',
		descriptionEn:
			'Share of private households with an income below the CBS low-income threshold, which is adjusted for price changes each year. Households living on student finance only are excluded, and figures appear with a lag of about two years.',
		model: (w, y) => (19.5 - 15 * w.status) * (1 - 0.25 * yearFraction(y)),
		scale: 'rel',
		drift: 0.2,
		noise: 0.03,
		spread: 0.15,
		bounds: [0.5, 100]
	},
	// Planet
	{
		id: 'gas_use_home',
		theme: 'planet',
		labelNl: 'Gemiddeld aardgasverbruik woningen',
		labelEn: 'Average natural gas consumption of dwellings',
		unit: 'm³',
		direction: 'down',
		decimals: 0,
		source: 'CBS Kerncijfers wijken en buurten',
		descriptionNl:
			'Gemiddeld jaarlijks aardgasverbruik per woning in kubieke meters, op basis van meetgegevens van netbeheerders. Het verbruik hangt ook af van het weer, en waar veel woningen op stadsverwarming zitten of geen gasaansluiting hebben zegt het gemiddelde weinig over isolatie.',
		descriptionEn:
			"Average annual natural gas consumption per dwelling in cubic metres, based on grid operators' metering data. Consumption also depends on the weather, and where many homes use district heating or have no gas connection the average says little about insulation.",
		model: (w, y) =>
			w.gas2012 * (1 - 0.22 * yearFraction(y)) * (y >= 2022 ? 0.92 : 1) * heatingDemand(y),
		scale: 'rel',
		drift: 0.06,
		noise: 0.015,
		spread: 0.08,
		bounds: [300, 3000],
		step: 10
	},
	{
		id: 'electricity_use_home',
		theme: 'planet',
		labelNl: 'Gemiddelde elektriciteitslevering woningen',
		labelEn: 'Average electricity delivered to dwellings',
		unit: 'kWh',
		direction: 'down',
		decimals: 0,
		source: 'CBS Kerncijfers wijken en buurten',
		descriptionNl:
			'Gemiddelde jaarlijkse elektriciteitslevering via het net per woning in kWh. Stroom van eigen zonnepanelen telt grotendeels niet mee, waardoor het cijfer daalt naarmate er meer panelen liggen; in 2023 is de definitie aangepast, wat een breuk in de reeks geeft.',
		descriptionEn:
			'Average annual electricity delivered from the grid per dwelling in kWh. Power from own solar panels is largely not counted, so the figure falls as panels spread; the definition changed in 2023, causing a break in the series.',
		model: (w, y) => w.electricity2012 * (1 - 0.08 * yearFraction(y)) - 7 * solarPath(w, y),
		scale: 'rel',
		drift: 0.04,
		noise: 0.01,
		spread: 0.06,
		bounds: [500, 6000],
		step: 10
	},
	{
		id: 'solar_panels_share',
		theme: 'planet',
		labelNl: '% woningen met zonnepanelen',
		labelEn: '% dwellings with solar panels',
		unit: '%',
		direction: 'up',
		decimals: 1,
		source: 'Klimaatmonitor (RWS)',
		descriptionNl:
			'Aandeel woningen met een zonnestroominstallatie, geschat als het aantal installaties bij woningen gedeeld door de woningvoorraad. Installaties op gedeelde daken van appartementencomplexen worden niet altijd aan afzonderlijke woningen toegerekend.',
		descriptionEn:
			'Share of dwellings with a solar PV installation, estimated as installations at dwellings divided by the housing stock. Installations on shared roofs of apartment blocks are not always attributed to individual dwellings.',
		model: solarPath,
		scale: 'rel',
		drift: 0.2,
		noise: 0.02,
		spread: 0.2,
		bounds: PERCENT,
		monotone: 'up'
	},
	{
		id: 'energy_label_a_share',
		theme: 'planet',
		labelNl: '% woningen met energielabel A of beter',
		labelEn: '% dwellings with energy label A or better',
		unit: '%',
		direction: 'up',
		decimals: 1,
		source: 'RVO EP-Online',
		descriptionNl:
			'Aandeel woningen met een geregistreerd energielabel A of beter (A tot en met A++++) van alle woningen met een label. Woningen zonder geregistreerd label ontbreken, en sinds 2021 worden labels volgens NTA 8800 bepaald, wat een sprong in de reeks kan geven.',
		descriptionEn:
			'Share of dwellings with a registered energy label A or better (A up to A++++) among all dwellings with a label. Dwellings without a registered label are missing, and labels have been determined under NTA 8800 since 2021, which can cause a jump in the series.',
		model: (w, y) => lerp(w.labelAShare, yearFraction(y) ** 1.3),
		scale: 'rel',
		drift: 0.15,
		noise: 0.02,
		spread: 0.2,
		bounds: PERCENT,
		monotone: 'up'
	},
	{
		id: 'energy_label_efg_share',
		theme: 'planet',
		labelNl: '% woningen met energielabel E, F of G',
		labelEn: '% dwellings with energy label E, F or G',
		unit: '%',
		direction: 'down',
		decimals: 1,
		source: 'RVO EP-Online',
		descriptionNl:
			'Aandeel woningen met een geregistreerd energielabel E, F of G van alle woningen met een label. Volgens de nationale prestatieafspraken moeten deze labels eind 2028 uit het corporatiebezit verdwenen zijn; verouderde labels die nog niet zijn vervangen kunnen het beeld vertekenen.',
		descriptionEn:
			'Share of dwellings with a registered energy label E, F or G among all dwellings with a label. Under the national performance agreements these labels must be gone from housing-association stock by the end of 2028; outdated labels not yet replaced can distort the picture.',
		model: (w, y) => {
			// Housing associations work through their E/F/G stock steadily; private owners pick the
			// cheap improvements first and then stall, which is why a city-wide zero is hard to reach.
			const t = yearFraction(y);
			const socialPart = w.socialRentShare[0] / 100;
			const socialRemaining = 1 - 0.9 * t ** 1.1;
			const privateRemaining = 1 - 0.6 * (2 * t - t ** 2);
			return w.labelEfg2012 * (socialPart * socialRemaining + (1 - socialPart) * privateRemaining);
		},
		scale: 'rel',
		drift: 0.35,
		noise: 0.02,
		spread: 0.2,
		bounds: PERCENT,
		monotone: 'down'
	},
	{
		id: 'gas_free_homes',
		theme: 'planet',
		labelNl: '% woningen zonder aardgasaansluiting',
		labelEn: '% dwellings without a natural gas connection',
		unit: '%',
		direction: 'up',
		decimals: 1,
		source: 'CBS Woningen; hoofdverwarmingsinstallaties, wijken en buurten',
		descriptionNl:
			'Aandeel woningen zonder aardgasaansluiting, bijvoorbeeld verwarmd met een warmtepomp of stadsverwarming. In de statistiek wordt dit meestal benaderd met woningen zonder gasverbruik, waardoor ook leegstaande woningen met een aansluiting kunnen meetellen.',
		descriptionEn:
			'Share of dwellings without a natural gas connection, for example heated by a heat pump or district heating. Statistics usually approximate this by dwellings without gas consumption, so empty homes that still have a connection may be included.',
		model: (w, y) => lerp(w.gasFree, yearFraction(y) ** 1.6),
		scale: 'rel',
		drift: 0.2,
		noise: 0.03,
		spread: 0.2,
		bounds: PERCENT,
		monotone: 'up'
	},
	{
		id: 'charging_points',
		theme: 'planet',
		labelNl: 'Publieke laadpalen per 1.000 woningen',
		labelEn: 'Public charging points per 1,000 dwellings',
		unit: 'per 1.000 woningen',
		direction: 'up',
		decimals: 1,
		source: 'CBS Kerncijfers wijken en buurten',
		descriptionNl:
			"Aantal publiek toegankelijke laadpunten voor elektrische auto's per 1.000 woningen. Laadpalen op eigen terrein of bij bedrijven tellen niet mee, dus wijken met veel opritten kunnen laag scoren terwijl er wel veel thuis wordt geladen.",
		descriptionEn:
			'Number of publicly accessible charging points for electric cars per 1,000 dwellings. Chargers on private driveways or at businesses are excluded, so wijken with many driveways can score low while plenty of charging happens at home.',
		model: (w, y) => w.chargers2025 * yearFraction(y) ** 1.8,
		scale: 'rel',
		drift: 0.2,
		noise: 0.04,
		spread: 0.3,
		bounds: [0, 200],
		monotone: 'up'
	},
	{
		id: 'green_share',
		theme: 'planet',
		labelNl: '% openbaar groen',
		labelEn: '% public green space',
		unit: '%',
		direction: 'up',
		decimals: 1,
		source: 'Atlas Natuurlijk Kapitaal (RIVM)',
		descriptionNl:
			'Aandeel van het landoppervlak dat uit openbaar groen bestaat, zoals parken, plantsoenen en bermen, op basis van kaartgegevens. Privétuinen en groene daken tellen niet mee, en kleine veranderingen kunnen ook voortkomen uit een nauwkeurigere kaart.',
		descriptionEn:
			'Share of the land area covered by public green space such as parks, planted areas and verges, based on map data. Private gardens and green roofs are excluded, and small changes may also result from more accurate mapping.',
		model: (w, y) => w.green - 0.6 * yearFraction(y),
		scale: 'abs',
		drift: 2,
		noise: 0.2,
		spread: 4,
		bounds: [1, 80]
	},
	{
		id: 'paved_gardens_share',
		theme: 'planet',
		labelNl: '% verharde tuinen',
		labelEn: '% paved gardens',
		unit: '%',
		direction: 'down',
		decimals: 1,
		source: 'Buurtdashboard klimaatadaptatie (Klimaateffectatlas)',
		descriptionNl:
			'Aandeel van het oppervlak van particuliere tuinen dat verhard is met tegels, klinkers of grind, geschat uit luchtfoto’s. Verharding vergroot wateroverlast en hittestress; de luchtfoto-analyse kan overkappingen en schaduw verkeerd inschatten.',
		descriptionEn:
			'Share of private garden area paved with tiles, bricks or gravel, estimated from aerial imagery. Paving increases flooding and heat stress; the aerial analysis can misjudge canopies and shadows.',
		// Paving kept spreading until tile-removal campaigns took off in the late 2010s.
		model: (w, y) => w.paved2012 + 3 * Math.sin(Math.PI * yearFraction(y)) - 3 * yearFraction(y),
		scale: 'abs',
		drift: 5,
		noise: 0.8,
		spread: 6,
		bounds: PERCENT
	},
	// Profit
	{
		id: 'woz_value',
		theme: 'profit',
		labelNl: 'Gemiddelde WOZ-waarde van woningen',
		labelEn: 'Average WOZ value of dwellings',
		unit: '€',
		direction: 'up',
		decimals: 0,
		source: 'CBS Kerncijfers wijken en buurten',
		descriptionNl:
			'Gemiddelde WOZ-waarde van woningen in euro, zoals de gemeente die voor de belastingheffing vaststelt. De waarde verwijst naar 1 januari van het voorgaande jaar en loopt dus een jaar achter op de woningmarkt; een stijging is niet voor iedereen gunstig, omdat de woonlasten meestijgen.',
		descriptionEn:
			'Average WOZ value of dwellings in euros, as assessed by the municipality for property tax. It refers to 1 January of the previous year and so lags the housing market by a year; a rise is not good news for everyone, as housing costs rise with it.',
		model: (w, y) => w.woz2012 * wozIndex(y),
		scale: 'rel',
		drift: 0.07,
		noise: 0.01,
		spread: 0.12,
		bounds: [50000, 2000000],
		step: 1000
	},
	{
		id: 'owner_occupied_share',
		theme: 'profit',
		labelNl: '% koopwoningen',
		labelEn: '% owner-occupied dwellings',
		unit: '%',
		direction: 'none',
		decimals: 1,
		source: 'CBS Kerncijfers wijken en buurten',
		descriptionNl:
			'Aandeel koopwoningen in de woningvoorraad, op basis van de geregistreerde eigendomssituatie. Dit is een contextindicator zonder goede of slechte richting: meestal is een menging van koop en huur het beleidsdoel.',
		descriptionEn:
			'Share of owner-occupied dwellings in the housing stock, based on registered ownership. This is a context indicator without a good or bad direction: a mix of owner-occupied and rented homes is usually the policy aim.',
		model: (w, y) => lerp(w.ownerShare, yearFraction(y)),
		scale: 'abs',
		drift: 0,
		noise: 0.4,
		spread: 6,
		bounds: PERCENT
	},
	{
		id: 'social_rent_share',
		theme: 'profit',
		labelNl: '% huurwoningen in bezit van woningcorporaties',
		labelEn: '% rented dwellings owned by housing associations',
		unit: '%',
		direction: 'none',
		decimals: 1,
		source: 'CBS Kerncijfers wijken en buurten',
		descriptionNl:
			'Aandeel huurwoningen in bezit van woningcorporaties in de totale woningvoorraad. Contextindicator: veel gemeenten streven naar minstens 30% sociale huur, maar in wijken met een hoog aandeel juist naar meer menging.',
		descriptionEn:
			'Share of dwellings owned by housing associations in the total housing stock. A context indicator: many municipalities aim for at least 30% social rent overall, but for more mixing in wijken where the share is high.',
		model: (w, y) => lerp(w.socialRentShare, yearFraction(y)),
		scale: 'abs',
		drift: 0,
		noise: 0.4,
		spread: 6,
		bounds: PERCENT
	},
	{
		id: 'income_per_resident',
		theme: 'profit',
		labelNl: 'Gemiddeld inkomen per inwoner',
		labelEn: 'Average income per resident',
		unit: '€',
		direction: 'up',
		decimals: 0,
		source: 'CBS Kerncijfers wijken en buurten',
		descriptionNl:
			'Gemiddeld persoonlijk inkomen per inwoner in euro: het totale inkomen gedeeld door alle inwoners, kinderen inbegrepen. Enkele hoge inkomens trekken het gemiddelde op, het is niet gecorrigeerd voor inflatie en voor kleine gebieden wordt het niet gepubliceerd.',
		descriptionEn:
			'Average personal income per resident in euros: total income divided by all residents, children included. A few high incomes pull the mean up, it is not adjusted for inflation, and it is not published for small areas.',
		model: (w, y) => (21500 + 8000 * w.status) * incomeIndex(y),
		scale: 'rel',
		drift: 0.06,
		noise: 0.01,
		spread: 0.08,
		bounds: [5000, 200000],
		step: 100
	},
	{
		id: 'jobs_per_1000',
		theme: 'profit',
		labelNl: 'Banen per 1.000 inwoners van 15–74 jaar',
		labelEn: 'Jobs per 1,000 residents aged 15–74',
		unit: 'per 1.000 inwoners',
		direction: 'up',
		decimals: 0,
		source: 'LISA Vestigingenregister',
		descriptionNl:
			'Aantal banen op adressen in het gebied per 1.000 inwoners van 15 tot en met 74 jaar, volgens het vestigingenregister. Het meet de werkgelegenheid in de wijk, niet of de bewoners zelf werk hebben; in centra en bij bedrijventerreinen ligt het cijfer ver boven 1.000.',
		descriptionEn:
			'Number of jobs located in the area per 1,000 residents aged 15 to 74, according to the business-location register. It measures employment in the wijk, not whether its residents work; centres and business parks score far above 1,000.',
		model: (w, y) =>
			(300 + 1100 * w.centrality ** 1.5) * (1 + 0.08 * yearFraction(y) - 0.02 * covidDip(y)),
		scale: 'rel',
		drift: 0.1,
		noise: 0.02,
		spread: 0.25,
		bounds: [50, 5000]
	},
	{
		id: 'businesses_per_1000',
		theme: 'profit',
		labelNl: 'Bedrijfsvestigingen per 1.000 inwoners',
		labelEn: 'Business establishments per 1,000 residents',
		unit: 'per 1.000 inwoners',
		direction: 'up',
		decimals: 1,
		source: 'CBS Kerncijfers wijken en buurten',
		descriptionNl:
			"Aantal bedrijfsvestigingen per 1.000 inwoners, inclusief zzp'ers die op een woonadres staan ingeschreven. De groei van het aantal zzp'ers laat het cijfer stijgen zonder dat er per se meer bedrijvigheid is.",
		descriptionEn:
			'Number of business establishments per 1,000 residents, including self-employed people registered at a home address. Growth in self-employment pushes the figure up without necessarily adding much economic activity.',
		model: (w, y) => (55 + 95 * w.centrality) * (1 + 0.3 * yearFraction(y)),
		scale: 'rel',
		drift: 0.1,
		noise: 0.015,
		spread: 0.15,
		bounds: [10, 1000]
	},
	{
		id: 'vacancy_share',
		theme: 'profit',
		labelNl: '% onbewoonde woningen',
		labelEn: '% unoccupied dwellings',
		unit: '%',
		direction: 'down',
		decimals: 1,
		source: 'CBS Kerncijfers wijken en buurten',
		descriptionNl:
			'Aandeel woningen waarop op 1 januari niemand staat ingeschreven. Het is geen zuivere leegstand: ook woningen die tijdelijk leeg staan door verhuizing, renovatie of pas opgeleverde nieuwbouw tellen mee.',
		descriptionEn:
			'Share of dwellings with nobody registered at the address on 1 January. It is not pure vacancy: homes temporarily empty because of a move, renovation or recent completion are included.',
		model: (w, y) => lerp(w.vacancy, yearFraction(y)),
		scale: 'rel',
		drift: 0.15,
		noise: 0.05,
		spread: 0.2,
		bounds: [0.3, 100]
	},
	{
		id: 'household_wealth_median',
		theme: 'profit',
		labelNl: 'Mediaan vermogen van particuliere huishoudens',
		labelEn: 'Median wealth of private households',
		unit: '€',
		direction: 'up',
		decimals: 0,
		source: 'CBS Kerncijfers wijken en buurten',
		descriptionNl:
			'Mediaan van het vermogen van particuliere huishoudens in euro: bezittingen zoals de eigen woning en spaargeld minus schulden zoals de hypotheek. Het vermogen kan negatief zijn en hangt sterk af van het woningbezit, dus het beweegt mee met de huizenprijzen.',
		descriptionEn:
			'Median net wealth of private households in euros: assets such as the own home and savings minus debts such as the mortgage. It can be negative and depends heavily on home ownership, so it moves with house prices.',
		// Home equity drives wealth, so owner-heavy wijken follow the WOZ index most closely.
		model: (w, y) =>
			(6000 + 150000 * w.status ** 2.2) * (1 + (w.ownerShare[0] / 100) * (wozIndex(y) - 1) * 1.2),
		scale: 'rel',
		drift: 0.15,
		noise: 0.03,
		spread: 0.25,
		bounds: [1000, 2000000],
		step: 1000
	},
	{
		id: 'disposable_income_households',
		theme: 'profit',
		labelNl: 'Gem. gestandaardiseerd inkomen van huishoudens',
		labelEn: 'Average standardised household income',
		unit: '€',
		direction: 'up',
		decimals: 0,
		source: 'CBS Kerncijfers wijken en buurten',
		descriptionNl:
			'Gemiddeld besteedbaar inkomen van huishoudens in euro, gestandaardiseerd naar grootte en samenstelling van het huishouden zodat de welvaart vergelijkbaar wordt. Het is niet gecorrigeerd voor inflatie en komt met ongeveer twee jaar vertraging beschikbaar.',
		descriptionEn:
			'Average disposable household income in euros, standardised for household size and composition so that living standards become comparable. It is not adjusted for inflation and becomes available with a lag of about two years.',
		model: (w, y) => (24000 + 9500 * w.status) * (1 + 0.85 * (incomeIndex(y) - 1)),
		scale: 'rel',
		drift: 0.05,
		noise: 0.008,
		spread: 0.07,
		bounds: [5000, 200000],
		step: 100
	}
];

// ---------------------------------------------------------------------------------------------
// Series generation

/** Sign of a change that counts as improvement; 'none' indicators carry no character. */
function goodSign(direction: Direction): number {
	return direction === 'up' ? 1 : direction === 'down' ? -1 : 0;
}

/** How strongly (and which way) a wijk's character shows on one indicator; + is better. */
function characterEffect(wijk: Wijk, indicator: Indicator): number {
	const random = randomFor(wijk.code, indicator.id, 'character');
	switch (wijk.character) {
		case 'improving':
			return random.uniform(0.7, 1.2);
		case 'lagging':
			// Even lagging wijken join the energy transition, only more slowly.
			return indicator.theme === 'planet' ? -random.uniform(0.3, 0.6) : -random.uniform(0.6, 1.2);
		case 'mixed':
			return random.uniform(-0.7, 0.7);
	}
}

function shift(value: number, amount: number, scale: Indicator['scale']): number {
	return scale === 'abs' ? value + amount : value * Math.max(0, 1 + amount);
}

/** Stationary AR(1) noise: survey and register figures wobble, but not independently per year. */
function noiseSeries(random: Random, sd: number, persistence = 0.5): number[] {
	const innovationSd = sd * Math.sqrt(1 - persistence ** 2);
	let previous = sd * random.normal();
	return YEARS.map((_, i) => {
		if (i > 0) previous = persistence * previous + innovationSd * random.normal();
		return previous;
	});
}

function wijkTrend(wijk: Wijk, indicator: Indicator): number[] {
	const effect = characterEffect(wijk, indicator) * goodSign(indicator.direction) * indicator.drift;
	return YEARS.map((year) =>
		shift(indicator.model(wijk, year), effect * yearFraction(year), indicator.scale)
	);
}

/** A buurt keeps a fixed distance from its wijk plus a small trend of its own. */
function buurtTrend(code: string, wijkPath: number[], indicator: Indicator): number[] {
	const random = randomFor(code, indicator.id, 'offset');
	const offset = indicator.spread * random.normal();
	const ownTrend = 0.5 * indicator.spread * random.normal();
	return wijkPath.map((value, i) =>
		shift(value, offset + ownTrend * yearFraction(YEARS[i]), indicator.scale)
	);
}

function finish(values: number[], indicator: Indicator): number[] {
	const bounded = values.map((value) => clamp(value, indicator.bounds));
	if (!indicator.monotone) return bounded;
	const pick = indicator.monotone === 'up' ? Math.max : Math.min;
	return bounded.map((_, i) => pick(...bounded.slice(0, i + 1)));
}

function addNoise(path: number[], indicator: Indicator, sd: number, key: string): number[] {
	const noise = noiseSeries(randomFor(key, indicator.id, 'noise'), sd);
	return finish(
		path.map((value, i) => shift(value, noise[i], indicator.scale)),
		indicator
	);
}

function weightedMean(seriesByWijk: number[][], weights: number[]): number[] {
	const total = weights.reduce((sum, w) => sum + w, 0);
	return YEARS.map(
		(_, i) => seriesByWijk.reduce((sum, series, j) => sum + series[i] * weights[j], 0) / total
	);
}

const BUURT_NOISE_FACTOR = 1.8;
const GEMEENTE_NOISE_FACTOR = 0.15;

/** Latent (complete, unrounded) series per area code for one indicator. */
function generateIndicator(indicator: Indicator): Map<string, number[]> {
	const latent = new Map<string, number[]>();
	for (const wijk of WIJKEN) {
		const path = wijkTrend(wijk, indicator);
		latent.set(wijk.code, addNoise(path, indicator, indicator.noise, wijk.code));
		wijk.buurten.forEach((_, i) => {
			const code = buurtCode(wijk, i);
			const buurtPath = buurtTrend(code, path, indicator);
			latent.set(code, addNoise(buurtPath, indicator, indicator.noise * BUURT_NOISE_FACTOR, code));
		});
	}
	const cityMean = weightedMean(
		WIJKEN.map((wijk) => latent.get(wijk.code) ?? []),
		WIJKEN.map((wijk) => wijk.population)
	);
	latent.set(
		GEMEENTE.code,
		addNoise(cityMean, indicator, indicator.noise * GEMEENTE_NOISE_FACTOR, GEMEENTE.code)
	);
	return latent;
}

// ---------------------------------------------------------------------------------------------
// Missing values

const SURVEY_INDICATORS = [
	'feels_unsafe',
	'nuisance_experienced',
	'social_cohesion',
	'volunteering'
];
/** Years in which the neighbourhood survey was not held in a wijk (so none of its buurten either). */
const SURVEY_GAPS: readonly { wijk: string; years: readonly number[] }[] = [
	{ wijk: 'WK999907', years: [2014, 2015] },
	{ wijk: 'WK999908', years: [2016, 2017] },
	{ wijk: 'WK999903', years: [2021, 2022] }
];
/** New-build buurten have no residents, hence no statistics, before their first completions. */
const BUURT_FIRST_YEAR: Readonly<Record<string, number>> = { BU99990903: 2014, BU99990904: 2017 };
/** Income statistics are suppressed where too few households live (a mostly commercial buurt). */
const INCOME_SUPPRESSION = {
	buurt: 'BU99990004',
	untilYear: 2016,
	indicators: [
		'income_per_resident',
		'disposable_income_households',
		'household_wealth_median',
		'low_income_households'
	]
};
const SPORADIC_MISSING_RATE = 0.012;

function isStructurallyMissing(area: Area, indicatorId: string, year: number): boolean {
	const wijkCode = area.wijk?.code;
	const surveyGap = SURVEY_GAPS.some((gap) => gap.wijk === wijkCode && gap.years.includes(year));
	if (surveyGap && SURVEY_INDICATORS.includes(indicatorId)) return true;
	if (year < (BUURT_FIRST_YEAR[area.code] ?? FIRST_YEAR)) return true;
	return (
		area.code === INCOME_SUPPRESSION.buurt &&
		year <= INCOME_SUPPRESSION.untilYear &&
		INCOME_SUPPRESSION.indicators.includes(indicatorId)
	);
}

const cellKey = (areaCode: string, indicatorId: string, year: number) =>
	`${areaCode}|${indicatorId}|${year}`;

function applyMissing(
	area: Area,
	indicatorId: string,
	values: number[],
	keep: Set<string>
): Series {
	if (area.level === 'gemeente') return values;
	const random = randomFor(area.code, indicatorId, 'missing');
	return values.map((value, i) => {
		const year = YEARS[i];
		// Draw for every cell, kept or not, so protecting a target cell does not reshuffle the rest.
		const sporadic = random.uniform() < SPORADIC_MISSING_RATE;
		if (keep.has(cellKey(area.code, indicatorId, year))) return value;
		return sporadic || isStructurallyMissing(area, indicatorId, year) ? null : value;
	});
}

// ---------------------------------------------------------------------------------------------
// Targets

const AGREEMENTS = {
	prestatie: {
		name: 'Prestatieafspraken Voorbeeldstad 2020–2030',
		parties: 'Gemeente Voorbeeldstad; Woonstichting De Voorbeeld; Huurdersvereniging Voorbeeldstad'
	},
	wijkdeal: {
		name: 'Wijkdeal Kanaalzone',
		parties: 'Gemeente Voorbeeldstad; Wijkcoöperatie Kanaalzone; Woonstichting De Voorbeeld'
	}
} as const;

type Goal =
	| { kind: 'value'; value: number }
	| { kind: 'relative'; change: number }
	| { kind: 'absolute'; change: number }
	| { kind: 'cityValue' };

interface TargetSpec {
	agreement: keyof typeof AGREEMENTS;
	area: string;
	indicator: string;
	baselineYear: number;
	targetYear: number;
	goal: Goal;
}

const TARGETS: readonly TargetSpec[] = [
	{
		agreement: 'prestatie',
		area: 'GM9999',
		indicator: 'energy_label_efg_share',
		baselineYear: 2020,
		targetYear: 2028,
		goal: { kind: 'value', value: 0 }
	},
	{
		agreement: 'prestatie',
		area: 'GM9999',
		indicator: 'gas_use_home',
		baselineYear: 2019,
		targetYear: 2030,
		goal: { kind: 'relative', change: -0.25 }
	},
	{
		agreement: 'prestatie',
		area: 'WK999903',
		indicator: 'energy_label_efg_share',
		baselineYear: 2020,
		targetYear: 2028,
		goal: { kind: 'value', value: 0 }
	},
	{
		agreement: 'prestatie',
		area: 'WK999906',
		indicator: 'energy_label_a_share',
		baselineYear: 2020,
		targetYear: 2030,
		goal: { kind: 'value', value: 50 }
	},
	{
		agreement: 'prestatie',
		area: 'WK999904',
		indicator: 'solar_panels_share',
		baselineYear: 2019,
		targetYear: 2030,
		goal: { kind: 'value', value: 40 }
	},
	{
		agreement: 'prestatie',
		area: 'WK999908',
		indicator: 'solar_panels_share',
		baselineYear: 2019,
		targetYear: 2030,
		goal: { kind: 'value', value: 40 }
	},
	{
		agreement: 'prestatie',
		area: 'WK999908',
		indicator: 'feels_unsafe',
		baselineYear: 2019,
		targetYear: 2027,
		goal: { kind: 'absolute', change: -5 }
	},
	{
		agreement: 'prestatie',
		area: 'WK999902',
		indicator: 'social_rent_share',
		baselineYear: 2019,
		targetYear: 2030,
		goal: { kind: 'value', value: 50 }
	},
	{
		agreement: 'prestatie',
		area: 'WK999909',
		indicator: 'social_rent_share',
		baselineYear: 2019,
		targetYear: 2030,
		goal: { kind: 'value', value: 30 }
	},
	{
		agreement: 'prestatie',
		area: 'WK999901',
		indicator: 'vacancy_share',
		baselineYear: 2018,
		targetYear: 2026,
		goal: { kind: 'value', value: 4.5 }
	},
	{
		agreement: 'wijkdeal',
		area: 'WK999905',
		indicator: 'net_labour_participation',
		baselineYear: 2018,
		targetYear: 2030,
		goal: { kind: 'cityValue' }
	},
	{
		agreement: 'wijkdeal',
		area: 'WK999905',
		indicator: 'social_assistance_share',
		baselineYear: 2020,
		targetYear: 2030,
		goal: { kind: 'relative', change: -0.3 }
	},
	{
		agreement: 'wijkdeal',
		area: 'WK999905',
		indicator: 'leefbaarometer_score',
		baselineYear: 2020,
		targetYear: 2030,
		goal: { kind: 'absolute', change: 0.15 }
	},
	{
		agreement: 'wijkdeal',
		area: 'WK999905',
		indicator: 'paved_gardens_share',
		baselineYear: 2021,
		targetYear: 2028,
		goal: { kind: 'value', value: 40 }
	},
	{
		agreement: 'wijkdeal',
		area: 'WK999905',
		indicator: 'businesses_per_1000',
		baselineYear: 2021,
		targetYear: 2030,
		goal: { kind: 'relative', change: 0.15 }
	}
];

/** Baseline and latest year stay observed so the dashboard can always show progress. */
function targetCells(): Set<string> {
	return new Set(
		TARGETS.flatMap((t) => [
			cellKey(t.area, t.indicator, t.baselineYear),
			cellKey(t.area, t.indicator, LAST_YEAR)
		])
	);
}

function resolveTargetValue(spec: TargetSpec, baseline: number, cityBaseline: number): number {
	switch (spec.goal.kind) {
		case 'value':
			return spec.goal.value;
		case 'relative':
			return baseline * (1 + spec.goal.change);
		case 'absolute':
			return baseline + spec.goal.change;
		case 'cityValue':
			return cityBaseline;
	}
}

type TargetStatus = 'achieved' | 'on track' | 'off track';

/** Linear path from baseline to target: on track if at least 80% of the expected progress is made. */
function assessTarget(
	spec: TargetSpec,
	baseline: number,
	latest: number,
	target: number
): TargetStatus {
	const needed = target - baseline;
	const made = latest - baseline;
	if (needed === 0 || made / needed >= 1) return 'achieved';
	const expectedShare = (LAST_YEAR - spec.baselineYear) / (spec.targetYear - spec.baselineYear);
	return made / needed >= 0.8 * expectedShare ? 'on track' : 'off track';
}

// ---------------------------------------------------------------------------------------------
// Output

const COLUMNS = {
	indicators: [
		'id',
		'theme',
		'label_nl',
		'label_en',
		'unit',
		'direction',
		'decimals',
		'source',
		'description_nl',
		'description_en'
	],
	areas: ['code', 'name', 'level', 'parent_code'],
	observations: ['area_code', 'indicator_id', 'year', 'value'],
	targets: [
		'area_code',
		'indicator_id',
		'baseline_year',
		'target_year',
		'target_value',
		'agreement',
		'parties'
	]
} as const;

function publishedValue(value: number, indicator: Indicator): number {
	const stepped = indicator.step ? Math.round(value / indicator.step) * indicator.step : value;
	return Number(stepped.toFixed(indicator.decimals));
}

function formatValue(value: number | null, indicator: Indicator): string {
	if (value === null) return '';
	const text = publishedValue(value, indicator).toFixed(indicator.decimals);
	return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

function csvField(value: string | number): string {
	const text = String(value);
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
	return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function indicatorRows(): (string | number)[][] {
	return INDICATORS.map((ind) => [
		ind.id,
		ind.theme,
		ind.labelNl,
		ind.labelEn,
		ind.unit,
		ind.direction,
		ind.decimals,
		ind.source,
		ind.descriptionNl,
		ind.descriptionEn
	]);
}

function areaRows(areas: readonly Area[]): string[][] {
	return areas.map((area) => [area.code, area.name, area.level, area.parentCode]);
}

interface Observation {
	area: Area;
	indicator: Indicator;
	year: number;
	value: number | null;
}

function buildObservations(areas: readonly Area[]): Observation[] {
	const keep = targetCells();
	const observations: Observation[] = [];
	for (const indicator of INDICATORS) {
		const latent = generateIndicator(indicator);
		for (const area of areas) {
			const values = applyMissing(area, indicator.id, latent.get(area.code) ?? [], keep);
			values.forEach((value, i) => observations.push({ area, indicator, year: YEARS[i], value }));
		}
	}
	return observations.sort(
		(a, b) =>
			compareCodeUnits(a.area.code, b.area.code) ||
			compareCodeUnits(a.indicator.id, b.indicator.id) ||
			a.year - b.year
	);
}

function observationRows(observations: readonly Observation[]): string[][] {
	return observations.map((o) => [
		o.area.code,
		o.indicator.id,
		String(o.year),
		formatValue(o.value, o.indicator)
	]);
}

interface ResolvedTarget {
	spec: TargetSpec;
	indicator: Indicator;
	baseline: number;
	latest: number;
	target: number;
	status: TargetStatus;
}

function resolveTargets(observations: readonly Observation[]): ResolvedTarget[] {
	const published = new Map<string, number>();
	for (const o of observations) {
		if (o.value !== null) {
			published.set(
				cellKey(o.area.code, o.indicator.id, o.year),
				publishedValue(o.value, o.indicator)
			);
		}
	}
	const lookup = (area: string, indicatorId: string, year: number) => {
		const value = published.get(cellKey(area, indicatorId, year));
		if (value === undefined) throw new Error(`No value for ${area} ${indicatorId} ${year}`);
		return value;
	};
	return TARGETS.map((spec) => {
		const indicator = INDICATORS.find((ind) => ind.id === spec.indicator);
		if (!indicator) throw new Error(`Unknown indicator in target: ${spec.indicator}`);
		const baseline = lookup(spec.area, spec.indicator, spec.baselineYear);
		const latest = lookup(spec.area, spec.indicator, LAST_YEAR);
		const cityBaseline = lookup(GEMEENTE.code, spec.indicator, spec.baselineYear);
		const target = publishedValue(resolveTargetValue(spec, baseline, cityBaseline), indicator);
		return {
			spec,
			indicator,
			baseline,
			latest,
			target,
			status: assessTarget(spec, baseline, latest, target)
		};
	});
}

function targetRows(targets: readonly ResolvedTarget[]): string[][] {
	return targets.map(({ spec, indicator, target }) => [
		spec.area,
		spec.indicator,
		String(spec.baselineYear),
		String(spec.targetYear),
		formatValue(target, indicator),
		AGREEMENTS[spec.agreement].name,
		AGREEMENTS[spec.agreement].parties
	]);
}

function writeCsv(
	fileName: string,
	header: readonly string[],
	rows: readonly (readonly (string | number)[])[]
): number {
	writeFileSync(join(OUT_DIR, fileName), toCsv(header, rows), 'utf8');
	return rows.length;
}

function printSummary(
	counts: Record<string, number>,
	observations: readonly Observation[],
	targets: readonly ResolvedTarget[]
): void {
	const local = observations.filter((o) => o.area.level !== 'gemeente');
	const missing = local.filter((o) => o.value === null).length;
	console.log(`Fictional demo data written to ${OUT_DIR}`);
	for (const [file, rows] of Object.entries(counts)) console.log(`  ${file}: ${rows} rows`);
	console.log(
		`  missing wijk+buurt values: ${missing} of ${local.length} (${((100 * missing) / local.length).toFixed(2)}%)`
	);
	console.log('Targets (baseline → latest vs target):');
	for (const t of targets) {
		console.log(
			`  ${t.spec.area} ${t.spec.indicator} ${t.spec.baselineYear}: ${formatValue(t.baseline, t.indicator)}` +
				` → ${LAST_YEAR}: ${formatValue(t.latest, t.indicator)}; target ${formatValue(t.target, t.indicator)}` +
				` by ${t.spec.targetYear} — ${t.status}`
		);
	}
}

function main(): void {
	mkdirSync(OUT_DIR, { recursive: true });
	const areas = buildAreas();
	const observations = buildObservations(areas);
	const targets = resolveTargets(observations);
	const counts = {
		'indicators.csv': writeCsv('indicators.csv', COLUMNS.indicators, indicatorRows()),
		'areas.csv': writeCsv('areas.csv', COLUMNS.areas, areaRows(areas)),
		'observations.csv': writeCsv(
			'observations.csv',
			COLUMNS.observations,
			observationRows(observations)
		),
		'targets.csv': writeCsv('targets.csv', COLUMNS.targets, targetRows(targets))
	};
	printSummary(counts, observations, targets);
	writeBoundaries();
	writeBreaks();
	writeInterventions();
}

/**
 * Fictional interventions, so that the demo's trend charts show marked lines with the change
 * before and after. They are only logged; the observations are not altered to suit them.
 */
function writeInterventions(): void {
	const rows = [
		[
			'WK999905',
			'2016',
			'3',
			'Buurtbeheer en extra straatverlichting',
			'Een buurtbeheerder en betere verlichting rond het winkelcentrum (fictief voorbeeld).',
			''
		],
		[
			'WK999903',
			'2018',
			'9',
			'Renovatie 120 woningen',
			'Woonstichting De Voorbeeld isoleert 120 huurwoningen en plaatst warmtepompen (fictief voorbeeld).',
			'energy_label_efg_share;energy_label_a_share;gas_use_home'
		],
		[
			'WK999904',
			'2019',
			'4',
			'Zonnepanelen-verhuur gestart',
			'Huurders kunnen zonnepanelen huren van de woningcorporatie (fictief voorbeeld).',
			'solar_panels_share;electricity_use_home'
		],
		[
			'WK999905',
			'2020',
			'',
			'Wijkdeal Kanaalzone: werkcoaches in de wijk',
			'Twee werkcoaches helpen bewoners met een bijstandsuitkering naar werk (fictief voorbeeld).',
			'net_labour_participation;social_assistance_share'
		],
		[
			'WK999908',
			'2021',
			'6',
			'Geveltuinen en ontharding',
			'Tegels eruit, groen erin: 300 geveltuinen en een onthard schoolplein (fictief voorbeeld).',
			'paved_gardens_share;green_share'
		]
	];
	writeCsv(
		'interventions.csv',
		['area_code', 'year', 'month', 'title', 'description', 'indicator_ids'],
		rows
	);
	console.log(`  interventions.csv: ${rows.length} rows`);
}

/**
 * Fictional series breaks: a changed registration method for recorded crime (every area) and a
 * boundary change of one wijk. They flag years; the values themselves are not altered.
 */
function writeBreaks(): void {
	const crime = [
		'',
		'registered_crime',
		'2016',
		'Vanaf 2016 registreert de politie misdrijven op een nieuwe manier (fictief voorbeeld); de cijfers vóór en na 2016 zijn niet goed vergelijkbaar.',
		'From 2016 the police record crimes in a new way (fictional example); figures before and after 2016 are not directly comparable.'
	];
	const boundary = (indicator: string) => [
		'WK999909',
		indicator,
		'2019',
		'Grenswijziging: in 2019 is nieuwbouwgebied De Weide bij Nieuwland gevoegd (fictief voorbeeld).',
		'Boundary change: in 2019 the new-build area De Weide was added to Nieuwland (fictional example).'
	];
	const rows = [crime, ...['woz_value', 'owner_occupied_share', 'social_rent_share'].map(boundary)];
	writeCsv('breaks.csv', ['area_code', 'indicator_id', 'year', 'reason_nl', 'reason_en'], rows);
	console.log(`  breaks.csv: ${rows.length} rows`);
}

/** One feature per line: small diffs when a shape changes. */
function writeBoundaries(): void {
	const collection = buildBoundaries(
		GEMEENTE.code,
		WIJKEN.map((wijk) => ({
			code: wijk.code,
			centrality: wijk.centrality,
			buurtCodes: wijk.buurten.map((_, i) => buurtCode(wijk, i))
		})),
		randomFor
	);
	const lines = collection.features.map((feature) => JSON.stringify(feature));
	writeFileSync(
		join(OUT_DIR, 'boundaries.geojson'),
		`{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`,
		'utf8'
	);
	console.log(`  boundaries.geojson: ${lines.length} features`);
}

main();
