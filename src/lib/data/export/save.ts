/**
 * Handing export files to the browser as downloads. Browser only; the files are made in the page
 * (nothing is sent anywhere) and passed on through an object URL.
 */
import type { Locale } from '$lib/i18n/locale';
import { toCsv, type CsvDialect } from './csv';
import type { ExportRow } from './rows';

export const MIME = {
	csv: 'text/csv;charset=utf-8',
	parquet: 'application/vnd.apache.parquet',
	svg: 'image/svg+xml;charset=utf-8',
	png: 'image/png',
	zip: 'application/zip'
} as const;

export function saveBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started by now; the URL is only needed until then.
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function saveCsv(
	rows: readonly ExportRow[],
	locale: Locale,
	dialect: CsvDialect,
	baseName: string
): void {
	const text = toCsv(rows, { locale, dialect });
	const suffix = dialect === 'excel-nl' ? '-excel' : '';
	saveBlob(new Blob([text], { type: MIME.csv }), `${baseName}${suffix}.csv`);
}
