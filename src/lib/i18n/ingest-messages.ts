/**
 * What the user reads about a problem found in an uploaded file, in Dutch and English: what is
 * wrong, where, and where it helps what to do. One template per problem code; the type makes a
 * missing code or language a compile error.
 *
 * Messages are plain text and quote the file's own text literally: render them as text (Svelte's
 * `{message}`), never as HTML. A cell holding `<img src=x onerror=…>` must show as those characters.
 */
import type {
	DecimalSeparator,
	Delimiter,
	Problem,
	ProblemCode,
	ProblemParams
} from '$lib/data/ingest/problems';
import { formatNumber } from './format';
import type { Locale } from './locale';

/**
 * What a problem's number counts: a CSV's lines (as a text editor shows them), or the rows of a
 * Parquet file's table as a spreadsheet shows them (column names = row 1, first data row = 2).
 */
export type RowUnit = 'line' | 'row';

/** The noun for one numbered place, and for a list of them (`regel 4, 9`, `lines 4, 9`). */
const UNIT_WORDS: Record<Locale, Record<RowUnit, { one: string; many: string }>> = {
	nl: { line: { one: 'regel', many: 'regel' }, row: { one: 'rij', many: 'rij' } },
	en: { line: { one: 'line', many: 'lines' }, row: { one: 'row', many: 'rows' } }
};

type Templates = {
	[C in ProblemCode]: (params: ProblemParams[C], unit: { one: string; many: string }) => string;
};

const DELIMITER_NAMES: Record<Locale, Record<Delimiter, string>> = {
	nl: { ',': 'komma', ';': 'puntkomma', '\t': 'tab' },
	en: { ',': 'comma', ';': 'semicolon', '\t': 'tab' }
};
const DECIMAL_NAMES: Record<Locale, Record<DecimalSeparator, string>> = {
	nl: { point: 'punt', comma: 'komma' },
	en: { point: 'point', comma: 'comma' }
};

function delimiterList(candidates: string, locale: Locale): string {
	const names = [...candidates].map((c) => DELIMITER_NAMES[locale][c as Delimiter] ?? c);
	const and = locale === 'nl' ? ' en ' : ' and ';
	return names.length <= 1
		? (names[0] ?? '')
		: `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1]}`;
}

const nl: Templates = {
	file_empty: () => 'Het bestand is leeg.',
	file_binary: ({ format }) =>
		({
			zip: 'Dit is geen CSV-bestand maar een gecomprimeerd bestand, zoals een Excel-werkmap (.xlsx). Sla het in Excel op als CSV en probeer het opnieuw.',
			ole2: 'Dit is een Excel-bestand (.xls), geen CSV-bestand. Sla het in Excel op als CSV en probeer het opnieuw.',
			pdf: 'Dit is een PDF-bestand, geen CSV-bestand.',
			unknown: 'Dit is geen tekstbestand: het bevat binaire gegevens. Kies een CSV-bestand.'
		})[format],
	encoding_windows_1252: () =>
		'Het bestand is niet als UTF-8 opgeslagen (vanaf deze regel) en is gelezen als Windows-1252. Controleer of letters als ë en é goed zijn overgekomen.',
	encoding_invalid_utf8: () =>
		'Het bestand is UTF-8, maar deze regel bevat tekens die dat niet zijn; ze zijn vervangen door �. Controleer de namen en codes op deze regel.',
	delimiter_not_found: () =>
		'De kopregel bevat geen komma, puntkomma of tab, dus de kolommen zijn niet te scheiden. Staat er een titel boven de kolomnamen? Haal die dan weg.',
	delimiter_ambiguous: ({ candidates }) =>
		`Niet te bepalen wat de kolommen scheidt: ${delimiterList(candidates, 'nl')} passen allebei. Sla het bestand op met één scheidingsteken.`,
	decimal_point_detected: ({ delimiter }) =>
		`Dit bestand gebruikt een ${DELIMITER_NAMES.nl[delimiter]} tussen de kolommen en een punt als decimaalteken; de getallen zijn zo gelezen.`,
	decimal_separator_mixed: ({ comma, point, chosen }) =>
		`Het bestand gebruikt zowel een komma (${comma} keer) als een punt (${point} keer) als decimaalteken. Het is gelezen met een ${DECIMAL_NAMES.nl[chosen]}; getallen met het andere teken worden per cel gemeld.`,
	line_endings_mixed: ({ crlf, lf, cr }) =>
		`De regels eindigen niet allemaal op dezelfde manier (${crlf}× Windows, ${lf}× Unix, ${cr}× oud Mac-formaat). Dat is opgevangen; regelnummers tellen zoals in een teksteditor.`,
	header_missing: ({ value }) =>
		`De eerste regel bevat gegevens (‘${value}’) in plaats van kolomnamen. Voeg een kopregel toe, bijvoorbeeld area_code,indicator_id,year,value.`,
	header_duplicate: ({ name, positions }) =>
		`De kolomnaam ‘${name}’ komt meer dan eens voor (kolom ${positions}). Geef elke kolom een eigen naam.`,
	header_empty: ({ position }) => `Kolom ${position} heeft geen naam en wordt overgeslagen.`,
	file_no_rows: () => 'Het bestand heeft alleen een kopregel en geen gegevens.',
	quote_unterminated: ({ lastLine }) =>
		`Hier begint een aanhalingsteken dat nergens wordt gesloten: alles tot en met regel ${lastLine} is als één veld gelezen. Controleer de aanhalingstekens.`,
	quote_malformed: () =>
		'Na een afsluitend aanhalingsteken gaat het veld nog verder. Controleer de aanhalingstekens op deze regel.',
	line_count_mismatch: ({ lines, records }) =>
		`Het bestand heeft ${lines} regels, maar er zijn ${records} rijen in gelezen: aanhalingstekens hebben regels samengevoegd. Controleer de aanhalingstekens.`,
	row_ragged: ({ expected, found }) =>
		`Deze regel heeft ${found} kolommen en de kopregel ${expected}. De regel is overgeslagen.`,
	field_multiline: ({ lines }) =>
		`Een veld loopt over ${lines} regels, waarschijnlijk door een los aanhalingsteken. De rij is overgeslagen.`,
	column_missing: () =>
		'Deze kolom ontbreekt in de kopregel; zonder deze kolom is het bestand niet te lezen.',
	column_ignored: () => 'Deze kolom hoort niet bij de tabel en wordt genegeerd.',
	area_column_missing: ({ candidates }) =>
		`Geen kolom met gebiedscodes gevonden (gezocht naar: ${candidates}).`,
	area_column_ambiguous: ({ columns }) =>
		`Meer dan één kolom kan de gebiedscode bevatten (${columns}). Kies welke.`,
	year_column_missing: () =>
		'Er is geen kolom year of jaar en er is geen jaar opgegeven. Voeg een kolom jaar toe of kies het jaar van alle rijen.',
	indicator_column_unknown: () =>
		'Deze kolom is geen bekende indicator en wordt niet ingelezen. U kunt hem als nieuwe indicator toevoegen.',
	indicator_columns_none: () =>
		'Geen enkele kolom is een bekende indicator, dus er valt niets in te lezen.',
	area_missing: () => 'De gebiedscode is leeg. De rij is overgeslagen.',
	area_unknown: ({ value }) => `‘${value}’ is geen bekend gebied. De rij is overgeslagen.`,
	indicator_missing: () => 'De indicator is leeg. De rij is overgeslagen.',
	indicator_unknown: ({ value }) => `‘${value}’ is geen bekende indicator. De rij is overgeslagen.`,
	year_missing: () => 'Het jaar is leeg. De rij is overgeslagen.',
	year_invalid: ({ value }) =>
		`‘${value}’ is geen jaartal; verwacht wordt een heel jaar zoals 2024. De rij is overgeslagen.`,
	year_out_of_range: ({ value, min, max }) =>
		`Het jaar ${value} ligt buiten ${min}–${max}. De rij is overgeslagen.`,
	codes_trimmed: ({ count }) =>
		`In ${count} ${count === 1 ? 'rij' : 'rijen'} stonden spaties om een code; die zijn weggehaald.`,
	number_whitespace_only: () =>
		'De cel bevat alleen spaties. Laat een ontbrekende waarde helemaal leeg.',
	number_not_a_number: ({ value }) => `‘${value}’ is geen getal.`,
	number_decimal_comma_in_point_file: ({ value }) =>
		`‘${value}’ is geen getal in een bestand met een punt als decimaalteken.`,
	number_decimal_point_in_comma_file: ({ value }) =>
		`‘${value}’ is geen getal in een bestand met een komma als decimaalteken.`,
	number_grouping_invalid: ({ value }) =>
		`‘${value}’ is geen getal: de punten of komma’s staan op een plek waar ze niet kunnen staan.`,
	number_grouping_ambiguous: ({ value }) =>
		`‘${value}’ kan een duizendtal zijn of een getal met decimalen. Schrijf het zonder scheidingsteken voor duizendtallen.`,
	number_out_of_range: ({ value }) => `‘${value}’ is te groot om als getal te bewaren.`,
	status_invalid: ({ value }) =>
		`‘${value}’ past hier niet als status. Laat de cel leeg voor een definitief cijfer, schrijf ‘voorlopig’ bij een voorlopig cijfer, of ‘geheim’ bij een lege waarde die geheim is.`,
	cbs_column_unmapped: () =>
		'Deze CBS-kolom hoort bij geen indicator van de catalogus en wordt niet ingelezen.',
	cbs_column_repeated: ({ indicator }) =>
		`Een eerdere kolom levert indicator ${indicator} al; deze kolom wordt niet ingelezen.`,
	cbs_indicator_not_in_catalogue: ({ indicator }) =>
		`Deze CBS-kolom is indicator ${indicator}, die nog niet in de catalogus staat. U kunt hem toevoegen.`,
	cbs_year_given: ({ year }) =>
		`Het bestand heeft geen kolom Perioden; alle cijfers zijn ingelezen als jaar ${year}, zoals opgegeven.`,
	cbs_year_from_file_name: ({ year, fileName }) =>
		`Het bestand heeft geen kolom Perioden; het jaar ${year} komt uit de bestandsnaam ‘${fileName}’. Klopt dat niet, kies dan het jaar.`,
	cbs_year_unknown: ({ fileName, candidates }) =>
		candidates
			? `Het bestand heeft geen kolom Perioden en de bestandsnaam ‘${fileName}’ noemt meer dan één jaar (${candidates}). Kies het jaar van de cijfers.`
			: 'Het bestand heeft geen kolom Perioden en de bestandsnaam noemt geen jaar. Kies het jaar van de cijfers, of geef het bestand een naam als kwb-2021.csv.',
	cbs_region_skipped: ({ kind, count }) =>
		`${count} rijen over ‘${kind}’ zijn overgeslagen: het dashboard toont gemeenten, wijken en buurten.`,
	cbs_region_mismatch: ({ value, kind }) =>
		`De code ‘${value}’ past niet bij de soort regio ‘${kind}’. De rij is overgeslagen.`,
	cbs_code_invalid: ({ value }) =>
		`‘${value}’ is geen CBS-code van een gemeente (GM0193), wijk (WK019301) of buurt (BU01930101). De rij is overgeslagen.`,
	parquet_unreadable: ({ detail }) =>
		`Dit Parquet-bestand is beschadigd of onvolledig en kon niet worden gelezen (melding van de lezer: ${detail}). Sla het opnieuw op als Parquet, of als CSV.`,
	parquet_no_rows: () => 'Het Parquet-bestand heeft kolommen maar geen rijen.',
	parquet_too_many_rows: ({ rows, max }) =>
		`Het Parquet-bestand heeft ${formatNumber(rows, 0, 'nl')} rijen; deze pagina kan er hoogstens ${formatNumber(max, 0, 'nl')} veilig inlezen. Er is niets uit gelezen. Splits het bestand, bijvoorbeeld per jaar.`,
	parquet_column_missing: ({ columns }) =>
		`Deze kolom ontbreekt (het bestand heeft: ${columns}). Parquet wordt gelezen in de lange vorm: area_code, indicator_id, year, value en eventueel status.`,
	observation_conflict: ({ area, indicator, year, rows }, unit) =>
		`${area}, ${indicator}, ${year} heeft verschillende waarden op ${unit.many} ${rows}. Geen van die rijen is ingelezen.`,
	observation_duplicate: ({ firstRow }, unit) =>
		`Dezelfde waarde als op ${unit.one} ${firstRow}; één keer ingelezen.`,
	cell_required: () => 'Deze cel is leeg maar moet een waarde hebben. De rij is overgeslagen.',
	cell_invalid: ({ value, expected }) =>
		`‘${value}’ is hier niet toegestaan; verwacht: ${expected}. De rij is overgeslagen.`,
	key_duplicate: ({ firstRow }) =>
		`Deze code staat al op regel ${firstRow}. Alleen de eerste is gebruikt.`
};

const en: Templates = {
	file_empty: () => 'The file is empty.',
	file_binary: ({ format }) =>
		({
			zip: 'This is not a CSV file but a compressed file, such as an Excel workbook (.xlsx). Save it as CSV in Excel and try again.',
			ole2: 'This is an Excel file (.xls), not a CSV file. Save it as CSV in Excel and try again.',
			pdf: 'This is a PDF file, not a CSV file.',
			unknown: 'This is not a text file: it contains binary data. Choose a CSV file.'
		})[format],
	encoding_windows_1252: () =>
		'The file is not saved as UTF-8 (from this line on) and was read as Windows-1252. Check that letters such as ë and é came through correctly.',
	encoding_invalid_utf8: () =>
		'The file is UTF-8, but this line holds characters that are not; they were replaced by �. Check the names and codes on this line.',
	delimiter_not_found: () =>
		'The header line contains no comma, semicolon or tab, so the columns cannot be told apart. Is there a title above the column names? Then remove it.',
	delimiter_ambiguous: ({ candidates }) =>
		`Cannot tell what separates the columns: ${delimiterList(candidates, 'en')} both fit. Save the file with one delimiter.`,
	decimal_point_detected: ({ delimiter }) =>
		`This file uses a ${DELIMITER_NAMES.en[delimiter]} between columns and a point as decimal separator; the numbers were read that way.`,
	decimal_separator_mixed: ({ comma, point, chosen }) =>
		`The file uses both a comma (${comma} times) and a point (${point} times) as decimal separator. It was read with a ${DECIMAL_NAMES.en[chosen]}; numbers with the other one are reported cell by cell.`,
	line_endings_mixed: ({ crlf, lf, cr }) =>
		`The lines do not all end the same way (${crlf}× Windows, ${lf}× Unix, ${cr}× old Mac). This was handled; line numbers count as in a text editor.`,
	header_missing: ({ value }) =>
		`The first line holds data (‘${value}’) instead of column names. Add a header line, for example area_code,indicator_id,year,value.`,
	header_duplicate: ({ name, positions }) =>
		`The column name ‘${name}’ occurs more than once (columns ${positions}). Give every column its own name.`,
	header_empty: ({ position }) => `Column ${position} has no name and is skipped.`,
	file_no_rows: () => 'The file has only a header line and no data.',
	quote_unterminated: ({ lastLine }) =>
		`A quotation mark opens here and is never closed: everything up to line ${lastLine} was read as one field. Check the quotation marks.`,
	quote_malformed: () =>
		'A field goes on after its closing quotation mark. Check the quotation marks on this line.',
	line_count_mismatch: ({ lines, records }) =>
		`The file has ${lines} lines, but ${records} rows were read from it: quotation marks have joined lines together. Check the quotation marks.`,
	row_ragged: ({ expected, found }) =>
		`This line has ${found} columns and the header ${expected}. The line was skipped.`,
	field_multiline: ({ lines }) =>
		`A field runs over ${lines} lines, probably because of a stray quotation mark. The row was skipped.`,
	column_missing: () =>
		'This column is missing from the header; the file cannot be read without it.',
	column_ignored: () => 'This column is not part of the table and is ignored.',
	area_column_missing: ({ candidates }) =>
		`No column with area codes was found (looked for: ${candidates}).`,
	area_column_ambiguous: ({ columns }) =>
		`More than one column could hold the area code (${columns}). Choose one.`,
	year_column_missing: () =>
		'There is no year or jaar column and no year was given. Add a year column or choose the year of all rows.',
	indicator_column_unknown: () =>
		'This column is not a known indicator and is not imported. You can add it as a new indicator.',
	indicator_columns_none: () => 'No column is a known indicator, so there is nothing to import.',
	area_missing: () => 'The area code is empty. The row was skipped.',
	area_unknown: ({ value }) => `‘${value}’ is not a known area. The row was skipped.`,
	indicator_missing: () => 'The indicator is empty. The row was skipped.',
	indicator_unknown: ({ value }) => `‘${value}’ is not a known indicator. The row was skipped.`,
	year_missing: () => 'The year is empty. The row was skipped.',
	year_invalid: ({ value }) =>
		`‘${value}’ is not a year; a whole year such as 2024 is expected. The row was skipped.`,
	year_out_of_range: ({ value, min, max }) =>
		`The year ${value} is outside ${min}–${max}. The row was skipped.`,
	codes_trimmed: ({ count }) =>
		`In ${count} ${count === 1 ? 'row' : 'rows'} a code had spaces around it; they were removed.`,
	number_whitespace_only: () =>
		'The cell holds only spaces. Leave a missing value completely empty.',
	number_not_a_number: ({ value }) => `‘${value}’ is not a number.`,
	number_decimal_comma_in_point_file: ({ value }) =>
		`‘${value}’ is not a number in a file that uses a point as decimal separator.`,
	number_decimal_point_in_comma_file: ({ value }) =>
		`‘${value}’ is not a number in a file that uses a comma as decimal separator.`,
	number_grouping_invalid: ({ value }) =>
		`‘${value}’ is not a number: its points or commas are where they cannot be.`,
	number_grouping_ambiguous: ({ value }) =>
		`‘${value}’ could be thousands or a number with decimals. Write it without a thousands separator.`,
	number_out_of_range: ({ value }) => `‘${value}’ is too large to store as a number.`,
	status_invalid: ({ value }) =>
		`‘${value}’ does not fit here as a status. Leave the cell empty for a definitive figure, write ‘provisional’ next to a provisional figure, or ‘secret’ next to an empty value that is secret.`,
	cbs_column_unmapped: () =>
		'This CBS column belongs to no indicator in the catalogue and is not imported.',
	cbs_column_repeated: ({ indicator }) =>
		`An earlier column already supplies indicator ${indicator}; this column is not imported.`,
	cbs_indicator_not_in_catalogue: ({ indicator }) =>
		`This CBS column is indicator ${indicator}, which is not in the catalogue yet. You can add it.`,
	cbs_year_given: ({ year }) =>
		`The file has no Perioden column; all figures were read as the year ${year}, as given.`,
	cbs_year_from_file_name: ({ year, fileName }) =>
		`The file has no Perioden column; the year ${year} comes from the file name ‘${fileName}’. If that is wrong, choose the year.`,
	cbs_year_unknown: ({ fileName, candidates }) =>
		candidates
			? `The file has no Perioden column and the file name ‘${fileName}’ names more than one year (${candidates}). Choose the year of the figures.`
			: 'The file has no Perioden column and its name holds no year. Choose the year of the figures, or name the file like kwb-2021.csv.',
	cbs_region_skipped: ({ kind, count }) =>
		`${count} rows about ‘${kind}’ were skipped: the dashboard shows gemeenten, wijken and buurten.`,
	cbs_region_mismatch: ({ value, kind }) =>
		`The code ‘${value}’ does not fit the region kind ‘${kind}’. The row was skipped.`,
	cbs_code_invalid: ({ value }) =>
		`‘${value}’ is not a CBS code of a gemeente (GM0193), wijk (WK019301) or buurt (BU01930101). The row was skipped.`,
	parquet_unreadable: ({ detail }) =>
		`This Parquet file is damaged or incomplete and could not be read (the reader says: ${detail}). Save it again as Parquet, or as CSV.`,
	parquet_no_rows: () => 'The Parquet file has columns but no rows.',
	parquet_too_many_rows: ({ rows, max }) =>
		`The Parquet file has ${formatNumber(rows, 0, 'en')} rows; this page can safely read at most ${formatNumber(max, 0, 'en')}. Nothing was read from it. Split the file, by year for instance.`,
	parquet_column_missing: ({ columns }) =>
		`This column is missing (the file has: ${columns}). Parquet is read in the long form: area_code, indicator_id, year, value and optionally status.`,
	observation_conflict: ({ area, indicator, year, rows }, unit) =>
		`${area}, ${indicator}, ${year} has different values on ${unit.many} ${rows}. None of those rows was imported.`,
	observation_duplicate: ({ firstRow }, unit) =>
		`Same value as on ${unit.one} ${firstRow}; imported once.`,
	cell_required: () => 'This cell is empty but needs a value. The row was skipped.',
	cell_invalid: ({ value, expected }) =>
		`‘${value}’ is not allowed here; expected: ${expected}. The row was skipped.`,
	key_duplicate: ({ firstRow }) =>
		`This code is already on line ${firstRow}. Only the first one is used.`
};

export const INGEST_MESSAGES: Record<Locale, Templates> = { nl, en };

/** Where a problem is, as a reader looks for it: `Regel 14, kolom value`. Empty for the whole file. */
export function problemLocation(
	p: Pick<Problem, 'row' | 'column'>,
	locale: Locale,
	unit: RowUnit = 'line'
): string {
	const line = UNIT_WORDS[locale][unit].one;
	const column = locale === 'nl' ? 'kolom' : 'column';
	const capital = (word: string) => `${word[0].toUpperCase()}${word.slice(1)}`;
	const parts: string[] = [];
	if (p.row !== null) parts.push(`${capital(line)} ${p.row}`);
	if (p.column !== null)
		parts.push(parts.length ? `${column} ${p.column}` : `${capital(column)} ${p.column}`);
	return parts.join(', ');
}

/** What is wrong, without where. */
export function problemText(p: Problem, locale: Locale, unit: RowUnit = 'line'): string {
	const template = INGEST_MESSAGES[locale][p.code] as (
		params: Problem['params'],
		unit: { one: string; many: string }
	) => string;
	return template(p.params, UNIT_WORDS[locale][unit]);
}

/** The full message: `Regel 14, kolom value: ‘12,5’ is geen getal in een bestand met …`. */
export function problemMessage(p: Problem, locale: Locale, unit: RowUnit = 'line'): string {
	const where = problemLocation(p, locale, unit);
	return where ? `${where}: ${problemText(p, locale, unit)}` : problemText(p, locale, unit);
}
