/**
 * Writes the ingest fixtures whose exact bytes matter (byte order marks, CR/CRLF/LF line endings,
 * Windows-1252, UTF-16, binary) into tests/fixtures/ingest/, and the Parquet fixtures into
 * tests/fixtures/ingest-parquet/ and tests/fixtures/upload/. The outputs are committed; this
 * script says how they were made and remakes them byte for byte:
 *
 *   tsx scripts/make-ingest-fixtures.ts
 *
 * The hand-written fixtures next to them are plain UTF-8 with LF endings.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';

type ColumnSource = Parameters<typeof parquetWriteBuffer>[0]['columnData'][number];

const DIR = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'ingest');

const BOM = [0xef, 0xbb, 0xbf];
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const utf8 = (text: string) => [...new TextEncoder().encode(text)];

function write(name: string, bytes: number[]): void {
	writeFileSync(join(DIR, name), Uint8Array.from(bytes));
}

const lines = (ending: string, ...rows: string[]) => rows.map((r) => r + ending).join('');

write('bom-crlf.csv', [
	...BOM,
	...utf8(
		lines(
			'\r\n',
			'area_code,indicator_id,year,value',
			'GM9999,woz_value,2020,250',
			'WK999901,woz_value,2020,260'
		)
	)
]);

// Lines 1–2 CRLF, 3 LF, 4 CRLF, 5 LF: line 4 has an unknown area, to pin the line count.
write(
	'mixed-line-endings.csv',
	utf8(
		'area_code,indicator_id,year,value\r\n' +
			'GM9999,woz_value,2020,250\r\n' +
			'WK999901,woz_value,2020,260\n' +
			'WK000000,woz_value,2020,270\r\n' +
			'WK999902,woz_value,2020,280\n'
	)
);

// Classic Mac OS line endings; line 3 has an unknown area.
write(
	'cr-only.csv',
	utf8(
		lines(
			'\r',
			'area_code,indicator_id,year,value',
			'GM9999,woz_value,2020,250',
			'WK000000,woz_value,2020,1',
			'WK999901,woz_value,2020,260'
		)
	)
);

// Windows-1252 (Excel on a Dutch Windows): é = 0xE9 in an indicator id, € = 0x80 in a value,
// ‘ ’ = 0x91 0x92 around another value. The first non-UTF-8 byte is on line 2.
write('windows-1252.csv', [
	...ascii('area_code;indicator_id;year;value\r\n'),
	...ascii('GM9999;woz_waard'),
	0xe9,
	...ascii(';2020;250\r\n'),
	...ascii('WK999901;woz_value;2020;'),
	0x80,
	...ascii(' 250\r\n'),
	...ascii('WK999902;woz_value;2020;'),
	0x91,
	...ascii('12,5'),
	0x92,
	...ascii('\r\n'),
	...ascii('BU99990101;woz_value;2020;12,5\r\n')
]);

// A PNG header and some pixels, renamed to .csv.
write('binary.csv', [
	0x89,
	0x50,
	0x4e,
	0x47,
	0x0d,
	0x0a,
	0x1a,
	0x0a,
	0,
	0,
	0,
	0x0d,
	...ascii('IHDR'),
	0,
	0,
	1,
	0
]);

// An Excel workbook (a zip) renamed to .csv: only the local file header matters.
write('xlsx-renamed.csv', [
	0x50,
	0x4b,
	0x03,
	0x04,
	0x14,
	0x00,
	0x06,
	0x00,
	0x08,
	0x00,
	0,
	0,
	...ascii('[Content_Types].xml')
]);

// Excel's "Unicode text": UTF-16LE with a byte order mark, tab-separated, decimal comma.
const utf16le = (text: string) =>
	[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
write('utf16le.csv', [
	0xff,
	0xfe,
	...utf16le(
		lines(
			'\r\n',
			'area_code\tindicator_id\tyear\tvalue',
			'GM9999\twoz_value\t2020\t250,5',
			'WK999901\twoz_value\t2020\t261'
		)
	)
]);

// The long form as a CBS-minded tool writes it: BOM, CRLF, `;`, quoted and space-padded codes and
// values, `.` for secret, `*` for provisional.
write('semicolon-padded-cbs.csv', [
	...BOM,
	...utf8(
		lines(
			'\r\n',
			'"area_code";"indicator_id";"year";"value"',
			'"GM9999    ";"woz_value";2020;"     31,4"',
			'"WK999901  ";"woz_value";2020;"       ."',
			'"WK999902  ";"woz_value";2020;"   12,5*"',
			'"BU99990101";"woz_value";"2021*";"   13,0"'
		)
	)
]);

// A wide StatLine export: BOM, CRLF, `;`, theme-path headers, padded codes, `.` and decimal commas.
write('wide-cbs-style.csv', [
	...BOM,
	...utf8(
		lines(
			'\r\n',
			'"Wijken en buurten";"Regioaanduiding/Gemeentenaam (naam)";"Regioaanduiding/Codering (code)";"Perioden";"Bevolking/Aantal inwoners (aantal)";"Wonen/Gemiddelde WOZ-waarde van woningen (x 1 000 euro)"',
			'"Voorbeeldstad";"Voorbeeldstad                           ";"GM9999    ";"2023";12345;"   250,5"',
			'"Centrum";"Voorbeeldstad                           ";"WK999901  ";"2023";2000;"       ."',
			'"Noord";"Voorbeeldstad                           ";"WK999902  ";"2024*";2100;"   270,0"'
		)
	)
]);

// CBS Kerncijfers wijken en buurten, made up in the shape CBS publishes (invented figures for a
// made-up gemeente GM9999). See tests/unit/ingest-cbs.test.ts for what each must give.
const pad = (text: string, width: number) => text.padEnd(width, ' ');
const gm = pad('Voorbeeldstad', 40);

// StatLine CSV, 2021 edition: titles with theme path and unit, no Perioden column (the year comes
// from the file name), a Land row, padded codes and kinds, `.` secret, `*` provisional, decimal
// commas, WOZ in thousands, two columns the catalogue does not know.
write('cbs-kwb-2021.csv', [
	...BOM,
	...utf8(
		lines(
			'\r\n',
			'"Wijken en buurten";"Regioaanduiding/Gemeentenaam (naam)";"Regioaanduiding/Soort regio (omschrijving)";"Regioaanduiding/Codering (code)";"Regioaanduiding/Indelingswijziging wijken en buurten (code)";"Bevolking/Aantal inwoners (aantal)";"Wonen/Gemiddelde WOZ-waarde van woningen (x 1 000 euro)";"Wonen/Woningen naar eigendom/Koopwoningen (%)";"Energie/Gemiddeld aardgasverbruik/Gemiddeld aardgasverbruik totaal (m³)"',
			`"Nederland";"${pad('Nederland', 40)}";"Land      ";"NL00      ";".";17475415;290;57;1090`,
			`"Voorbeeldstad";"${gm}";"Gemeente  ";"GM9999    ";"1";52000;"   250,5";"     48";"    1150"`,
			`"Wijk 01 Centrum";"${gm}";"Wijk      ";"WK999901  ";"1";2000;"   312,0*";"       .";"     980"`,
			`"Binnenstad";"${gm}";"Buurt     ";"BU99990101";"1";400;"       .";"     21";"       ."`,
			`"Wijk 02 Noord";"${gm}";"Wijk      ";"WK999902  ";"1";2100;"   198,4";"   63**";"    1340"`
		)
	)
]);

// The next edition as OData keys: `_NN` suffixes renumbered, `Perioden` as `2022JJ00`, and the
// electricity topic under its new name. No BOM, LF.
write(
	'cbs-kwb-2022-odata.csv',
	utf8(
		lines(
			'\n',
			'ID;WijkenEnBuurten;Gemeentenaam_1;SoortRegio_2;Codering_3;Perioden;AantalInwoners_5;GemiddeldeWOZWaardeVanWoningen_39;Koopwoningen_47;GemiddeldeElektriciteitsleveringTotaal_52',
			`1;Voorbeeldstad;${gm};Gemeente  ;GM9999    ;2022JJ00;52400;261,0;47;2710`,
			`2;Wijk 01 Centrum;${gm};Wijk      ;WK999901  ;2022JJ00;2010;320,5;.;2100`,
			`3;Binnenstad;${gm};Buurt     ;BU99990101;2022JJ00;410;.;22;1890*`,
			`4;Wijk 02 Noord;${gm};Wijk      ;WK999902  ;2022JJ00;2090;205,0;64;3020`
		)
	)
);

// Rows that cannot be read: a wijk code under Soort regio Buurt, a code that is no CBS code, a
// ragged row, a value that is not a number; a Perioden column with a provisional year.
write(
	'cbs-bad-rows.csv',
	utf8(
		lines(
			'\r\n',
			'"Wijken en buurten";"Soort regio";"Codering";"Perioden";"Gemiddelde WOZ-waarde van woningen (x 1 000 euro)"',
			'"Voorbeeldstad";"Gemeente  ";"GM9999    ";"2023*";"   250,5"',
			'"Centrum";"Buurt     ";"WK999901  ";"2023";"   312,0"',
			'"Nergens";"Wijk      ";"WK99X     ";"2023";"   100,0"',
			'"Noord";"Wijk      ";"WK999902  ";"2023"',
			'"Oost";"Wijk      ";"WK999903  ";"2023";"   1.5"'
		)
	)
);

// No Perioden column, and (named so by the test) no year in the file name.
write(
	'cbs-no-year.csv',
	utf8(
		lines(
			'\n',
			'WijkenEnBuurten;SoortRegio_2;Codering_3;GemiddeldeWOZWaardeVanWoningen_35',
			'Voorbeeldstad;Gemeente  ;GM9999    ;250,5'
		)
	)
);

// Parquet in the long form, written by hyparquet-writer (the library of the Parquet export).
// The upload fixture is nieuwe-wijk.csv with typed columns: year INT32, value DOUBLE.
const UPLOAD_DIR = resolve(DIR, '..', 'upload');
const PARQUET_DIR = resolve(DIR, '..', 'ingest-parquet');
mkdirSync(PARQUET_DIR, { recursive: true });
const parquet = (columns: ColumnSource[]) =>
	new Uint8Array(parquetWriteBuffer({ columnData: columns, createdBy: 'Wijkwaarde fixtures' }));
const newWijk = readFileSync(join(UPLOAD_DIR, 'nieuwe-wijk.csv'), 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => line.split(','));
writeFileSync(
	join(UPLOAD_DIR, 'nieuwe-wijk.parquet'),
	parquet([
		{ name: 'area_code', type: 'STRING', data: newWijk.map((r) => r[0]) },
		{ name: 'indicator_id', type: 'STRING', data: newWijk.map((r) => r[1]) },
		{ name: 'year', type: 'INT32', data: newWijk.map((r) => Number(r[2])) },
		{ name: 'value', type: 'DOUBLE', data: newWijk.map((r) => Number(r[3])) }
	])
);

// Every row problem a Parquet file can have, one per row (row numbers: first data row = 2). The
// value column is text, as a tool writes it when one cell is not a number; year is INT32.
// 2 good · 3 value 'abc' · 4 year 1989 · 5 unknown area · 6 unknown indicator · 7 and 8 the same
// key with different values · 9 a value with a decimal comma · 10 an empty value (missing) ·
// 11 provisional status.
const problemRows: [string, string, number, string | null, string | null][] = [
	['WK999901', 'woz_value', 2020, '250000', null],
	['WK999901', 'woz_value', 2021, 'abc', null],
	['WK999901', 'woz_value', 1989, '100', null],
	['WK000000', 'woz_value', 2020, '1', null],
	['WK999901', 'heat_pumps', 2020, '12', null],
	['WK999902', 'woz_value', 2022, '300000', null],
	['WK999902', 'woz_value', 2022, '310000', null],
	['WK999903', 'woz_value', 2020, '12,5', null],
	['WK999903', 'woz_value', 2021, null, null],
	['WK999903', 'woz_value', 2022, '270500.5', 'provisional']
];
writeFileSync(
	join(PARQUET_DIR, 'problems.parquet'),
	parquet([
		{ name: 'area_code', type: 'STRING', data: problemRows.map((r) => r[0]) },
		{ name: 'indicator_id', type: 'STRING', data: problemRows.map((r) => r[1]) },
		{ name: 'year', type: 'INT32', data: problemRows.map((r) => r[2]) },
		{ name: 'value', type: 'STRING', data: problemRows.map((r) => r[3]), nullable: true },
		{ name: 'status', type: 'STRING', data: problemRows.map((r) => r[4]), nullable: true }
	])
);

// A Parquet file that is not the long form: CBS-like column names.
writeFileSync(
	join(PARQUET_DIR, 'wrong-columns.parquet'),
	parquet([
		{ name: 'gebied', type: 'STRING', data: ['WK999901'] },
		{ name: 'jaar', type: 'INT32', data: [2020] },
		{ name: 'woz', type: 'DOUBLE', data: [250000] }
	])
);

// Magic bytes at both ends, a damaged middle: what a broken download looks like.
const damaged = parquet([{ name: 'area_code', type: 'STRING', data: ['WK999901'] }]);
damaged.fill(0x55, 4, damaged.length - 8);
writeFileSync(join(PARQUET_DIR, 'damaged.parquet'), damaged);
