/**
 * Bytes of a dropped file → text. A file is only ever read as the encoding it can be: strict
 * UTF-8 first (what the data contract asks for), Windows-1252 when the bytes are not UTF-8 (what
 * Excel and older CBS exports write on Dutch Windows), UTF-16 only with its byte order mark (Excel's
 * "Unicode text"). Binary files are refused before anyone tries to read them as a table.
 */
import { problem, type BinaryFormat, type Problem } from './problems';
import { decodeWindows1252 } from './windows-1252';

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
	/** The text without its byte order mark. */
	text: string;
	encoding: TextEncoding;
	bom: boolean;
}

export interface DecodeResult {
	/** Null when the file was refused (a fatal problem says why). */
	decoded: DecodedText | null;
	problems: Problem[];
}

/** How much of the file the binary check looks at. */
export const BINARY_SAMPLE_BYTES = 64 * 1024;
/**
 * Share of control bytes above which a file is binary. Text files have practically none; the
 * margin lets a stray control character (an old DOS end-of-file 0x1A, say) through to be reported
 * in its cell instead of refusing the whole file.
 */
export const BINARY_CONTROL_SHARE = 0.1;

export const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
	return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function binaryFormat(bytes: Uint8Array): BinaryFormat {
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip'; // xlsx, ods, docx
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2'; // xls
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
	return 'unknown';
}

/** A NUL byte, or too many other control bytes, in the first 64 KB. Tab, LF, VT, FF, CR are text. */
export function looksBinary(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
	if (n === 0) return false;
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if (b === 0) return true;
		if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control++;
	}
	return control / n > BINARY_CONTROL_SHARE;
}

/**
 * Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, nothing past
 * U+10FFFF), or -1. TextDecoder's fatal mode says only *that* a file is not UTF-8; this says where,
 * so the message can name the line.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let min = 0x80;
		let max = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) need = 1;
		else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			if (b === 0xe0) min = 0xa0;
			if (b === 0xed) max = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			if (b === 0xf0) min = 0x90;
			if (b === 0xf4) max = 0x8f;
		} else return i;
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			// Only the first continuation byte has the narrowed range.
			if (c === undefined || c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) return i;
		}
		i += need + 1;
	}
	return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

export function decodeBytes(bytes: Uint8Array): DecodeResult {
	const utf8Bom = startsWith(bytes, UTF8_BOM);
	if (bytes.length === 0 || (utf8Bom && bytes.length === UTF8_BOM.length)) {
		return { decoded: null, problems: [problem('file_empty', null, null, {})] };
	}

	// UTF-16 is all NUL bytes to the binary check; its byte order mark is the only safe sign of it.
	for (const [encoding, bom] of [
		['utf-16le', [0xff, 0xfe]],
		['utf-16be', [0xfe, 0xff]]
	] as const) {
		if (startsWith(bytes, bom)) {
			try {
				const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(
					bytes.subarray(2)
				);
				return { decoded: { text, encoding, bom: true }, problems: [] };
			} catch {
				break; // not UTF-16 after all: the binary check decides
			}
		}
	}

	if (looksBinary(bytes)) {
		return {
			decoded: null,
			problems: [problem('file_binary', null, null, { format: binaryFormat(bytes) })]
		};
	}

	const body = utf8Bom ? bytes.subarray(UTF8_BOM.length) : bytes;
	try {
		// The browser's own strict decoder is many times faster than the byte walk below, which
		// only runs to say where a file that is not UTF-8 goes wrong.
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
		return { decoded: { text, encoding: 'utf-8', bom: utf8Bom }, problems: [] };
	} catch {
		// not UTF-8: find where, below
	}
	const line = lineAt(body, Math.max(0, firstInvalidUtf8(body)));
	if (utf8Bom) {
		// The file says it is UTF-8 and mostly is: a damaged stretch, not another encoding.
		// Reading it as Windows-1252 would turn every correct accented letter into two wrong ones.
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
		return {
			decoded: { text, encoding: 'utf-8', bom: true },
			problems: [problem('encoding_invalid_utf8', line, null, {})]
		};
	}
	return {
		decoded: { text: decodeWindows1252(body), encoding: 'windows-1252', bom: false },
		problems: [problem('encoding_windows_1252', line, null, {})]
	};
}
