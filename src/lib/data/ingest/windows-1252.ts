/**
 * Windows-1252 to text, by table. Our own because Node 20's TextDecoder('windows-1252') maps
 * 0x80–0x9F to the C1 controls (nodejs/node#60888: € becomes U+0080), so the unit tests and the
 * browser would disagree; this way both run the same code.
 */

/** 0x80–0x9F as the WHATWG Encoding Standard's index-windows-1252 maps them. */
const HIGH_CONTROL_RANGE = [
	0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
	0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178
];

/** Every byte is a character: 0x00–0x7F ASCII, 0xA0–0xFF Latin-1, 0x80–0x9F the table above. */
export function decodeWindows1252(bytes: Uint8Array): string {
	const CHUNK = 8192;
	const parts: string[] = [];
	const codes = new Array<number>(CHUNK);
	for (let start = 0; start < bytes.length; start += CHUNK) {
		const end = Math.min(start + CHUNK, bytes.length);
		codes.length = end - start;
		for (let i = start; i < end; i++) {
			const b = bytes[i];
			codes[i - start] = b >= 0x80 && b <= 0x9f ? HIGH_CONTROL_RANGE[b - 0x80] : b;
		}
		parts.push(String.fromCharCode(...codes));
	}
	return parts.join('');
}
