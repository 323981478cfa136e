/**
 * Writes the ingest fixtures whose exact bytes matter (byte order marks, CR/CRLF/LF line endings,
 * Windows-1252, UTF-16, binary) into tests/fixtures/ingest/. The outputs are committed; this
 * script says how they were made and remakes them byte for byte:
 *
 *   tsx scripts/make-ingest-fixtures.ts
 *
 * The hand-written fixtures next to them are plain UTF-8 with LF endings.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
