import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8, looksBinary } from '$lib/data/ingest/decode';
import { decodeWindows1252 } from '$lib/data/ingest/windows-1252';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeBytes', () => {
	it('reads UTF-8 and strips its byte order mark', () => {
		const result = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('naam\nCafé €')]));
		expect(result.decoded).toEqual({ text: 'naam\nCafé €', encoding: 'utf-8', bom: true });
		expect(result.problems).toEqual([]);
	});

	it('falls back to Windows-1252 and says from which line', () => {
		// "Zuid\nCaf\xe9 \x80 \x93x\x94": é, €, and curly quotes in 0x80–0x9F, where Node 20's own
		// windows-1252 decoder is wrong (nodejs/node#60888) and ours is not.
		const result = decodeBytes(
			bytes(...utf8('Zuid\nCaf'), 0xe9, 0x20, 0x80, 0x20, 0x93, 0x78, 0x94)
		);
		expect(result.decoded).toEqual({
			text: 'Zuid\nCafé € “x”',
			encoding: 'windows-1252',
			bom: false
		});
		expect(result.problems).toEqual([
			{ row: 2, column: null, code: 'encoding_windows_1252', params: {} }
		]);
	});

	it('keeps a UTF-8 file with a byte order mark UTF-8, replacing a damaged stretch and saying where', () => {
		const result = decodeBytes(bytes(0xef, 0xbb, 0xbf, ...utf8('a\nb\n€'), 0xe9));
		expect(result.decoded?.text).toBe('a\nb\n€\ufffd');
		expect(result.problems.map((p) => [p.code, p.row])).toEqual([['encoding_invalid_utf8', 3]]);
	});

	it('reads UTF-16 with a byte order mark (Excel "Unicode text")', () => {
		const le = decodeBytes(bytes(0xff, 0xfe, 0x61, 0x00, 0x09, 0x00, 0xeb, 0x00));
		expect(le.decoded).toEqual({ text: 'a\të', encoding: 'utf-16le', bom: true });
		const be = decodeBytes(bytes(0xfe, 0xff, 0x00, 0x61));
		expect(be.decoded?.text).toBe('a');
	});

	it('refuses empty files', () => {
		expect(decodeBytes(bytes()).problems[0].code).toBe('file_empty');
		expect(decodeBytes(bytes(0xef, 0xbb, 0xbf)).problems[0].code).toBe('file_empty');
	});

	it('refuses binary files and names workbook and PDF formats', () => {
		const zip = decodeBytes(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00));
		expect(zip.decoded).toBeNull();
		expect(zip.problems).toEqual([
			{ row: null, column: null, code: 'file_binary', params: { format: 'zip' } }
		]);
		const xls = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0);
		expect(decodeBytes(xls).problems[0].params).toEqual({ format: 'ole2' });
		const controls = bytes(...utf8('%PDF-1.7\n'), 1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f);
		expect(decodeBytes(controls).problems[0].params).toEqual({ format: 'pdf' });
	});

	it('lets one stray control character through to be reported in its cell', () => {
		const text = `area_code,indicator_id,year,value\n${'GM9999,woz_value,2020,1\n'.repeat(5)}\x1a`;
		expect(looksBinary(utf8(text))).toBe(false);
		expect(decodeBytes(utf8(text)).decoded?.text).toBe(text);
	});

	it('only looks at the first 64 KB for binary content', () => {
		const big = new Uint8Array(70 * 1024).fill(0x61);
		big[69 * 1024] = 0;
		expect(looksBinary(big)).toBe(false);
		big[10] = 0;
		expect(looksBinary(big)).toBe(true);
	});
});

describe('firstInvalidUtf8', () => {
	it.each([
		[[0x61, 0x62], -1],
		[[0xc3, 0xa9], -1],
		[[0xf0, 0x9f, 0x98, 0x80], -1],
		[[0x61, 0xc0, 0xaf], 1], // overlong
		[[0xed, 0xa0, 0x80], 0], // surrogate
		[[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
		[[0x61, 0xe2, 0x82], 1], // truncated
		[[0x80], 0]
	])('%j → %d', (input, expected) => {
		expect(firstInvalidUtf8(new Uint8Array(input))).toBe(expected);
	});

	it('agrees with the strict TextDecoder on every two-byte sequence', () => {
		const strict = new TextDecoder('utf-8', { fatal: true });
		for (let a = 0x80; a < 0x100; a++) {
			for (let b = 0; b < 0x100; b += 7) {
				const input = new Uint8Array([a, b]);
				let valid = true;
				try {
					strict.decode(input);
				} catch {
					valid = false;
				}
				expect(firstInvalidUtf8(input) === -1).toBe(valid);
			}
		}
	});
});

describe('decodeWindows1252', () => {
	it('maps 0x80–0x9F by the WHATWG table and the rest as Latin-1', () => {
		expect(decodeWindows1252(bytes(0x80, 0x8a, 0x9f, 0x81))).toBe('€ŠŸ\u0081');
		expect(decodeWindows1252(bytes(0x41, 0xe9, 0xeb, 0xff))).toBe('Aéëÿ');
	});

	it('matches the platform decoder outside 0x80–0x9F (where Node 20 is right)', () => {
		const all = Uint8Array.from({ length: 256 }, (_, i) => i).filter((b) => b < 0x80 || b > 0x9f);
		expect(decodeWindows1252(all)).toBe(new TextDecoder('windows-1252').decode(all));
	});

	it('decodes large inputs', () => {
		const big = new Uint8Array(100_000).fill(0xe9);
		expect(decodeWindows1252(big)).toBe('é'.repeat(100_000));
	});
});
