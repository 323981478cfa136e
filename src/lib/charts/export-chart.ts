/**
 * A chart on screen → a self-contained SVG (and from it a PNG) with a title band above and a
 * legend, source and date band below, as a reader needs it outside the page.
 *
 * The chart's look lives in the page's CSS (custom properties, scoped classes), which a
 * standalone file does not have: every drawn element gets its computed style as SVG presentation
 * attributes (`fill`, `stroke`, …). Presentation attributes, not `style` attributes: the page's
 * CSP forbids inline styles, and presentation attributes are plain markup. Interactive parts (the
 * focus marker) and ARIA are left out. The PNG is drawn from that SVG (as a `data:` image, which
 * the CSP's img-src allows) on an offscreen canvas. Browser only.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Properties that decide how a chart element looks, copied as presentation attributes. */
const SHAPE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-opacity',
	'opacity'
] as const;
const TEXT_PROPERTIES = [
	'fill',
	'font-family',
	'font-size',
	'font-weight',
	'font-variant-numeric',
	'text-anchor',
	'dominant-baseline'
] as const;

export interface LegendEntry {
	label: string;
	/** A drawn element of the chart whose look the legend sample copies (`path.area`). */
	sample: string;
	/** Drawn as a line (default), as the target's diamond or as a dot (a provisional value). */
	shape?: 'line' | 'diamond' | 'dot';
}

export interface ChartCaption {
	title: string;
	subtitle: string;
	legend: readonly LegendEntry[];
	/** `Bron: CBS, Kerncijfers wijken en buurten · Wijkwaarde`. */
	source: string;
	/** `Gedownload op 23 november 2026`. */
	date: string;
}

export interface ChartImage {
	svg: string;
	width: number;
	height: number;
}

const PAD = 12;
const TITLE_SIZE = 14;
const TEXT_SIZE = 11;
const LINE = 1.35;
const BACKGROUND = '#ffffff';
const INK = '#1a1a1a';
const MUTED = '#555555';

function element<K extends keyof SVGElementTagNameMap>(
	name: K,
	attributes: Record<string, string | number>
): SVGElementTagNameMap[K] {
	const el = document.createElementNS(SVG_NS, name);
	for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
	return el;
}

type Measure = (text: string, fontSize: number, bold: boolean) => number;

/** Text widths in the chart's font, measured on a canvas (the SVG is laid out by no one else). */
function canvasMeasure(fontFamily: string): Measure {
	const context = document.createElement('canvas').getContext('2d');
	return (text, fontSize, bold) => {
		if (!context) return text.length * fontSize * (bold ? 0.62 : 0.56);
		context.font = `${bold ? 700 : 400} ${fontSize}px ${fontFamily}`;
		return context.measureText(text).width;
	};
}

/** Words into lines no wider than `width` user units. */
export function wrapText(
	text: string,
	width: number,
	fontSize: number,
	measure: Measure,
	bold = false
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const longer = line ? `${line} ${word}` : word;
		if (line && measure(longer, fontSize, bold) > width) {
			lines.push(line);
			line = word;
		} else line = longer;
	}
	if (line) lines.push(line);
	return lines;
}

function textBlock(
	lines: readonly string[],
	x: number,
	y: number,
	size: number,
	attributes: Record<string, string | number>
): SVGTextElement {
	const text = element('text', { x, y, 'font-size': size, ...attributes });
	lines.forEach((line, i) => {
		const span = element('tspan', { x, dy: i === 0 ? 0 : size * LINE });
		span.textContent = line;
		text.append(span);
	});
	return text;
}

/** Copies the computed look of `live` and its descendants onto `copy` (same structure). */
function inlineStyles(live: Element, copy: Element): void {
	const style = getComputedStyle(live);
	if (style.display === 'none' || style.visibility === 'hidden') {
		copy.remove();
		return;
	}
	const tag = live.tagName.toLowerCase();
	const properties = tag === 'text' || tag === 'tspan' ? TEXT_PROPERTIES : SHAPE_PROPERTIES;
	if (tag !== 'svg' && tag !== 'defs' && tag !== 'clippath') {
		for (const property of properties) {
			const value = style.getPropertyValue(property);
			if (value) copy.setAttribute(property, value);
		}
	}
	const liveChildren = [...live.children];
	const copyChildren = [...copy.children];
	liveChildren.forEach((child, i) => inlineStyles(child, copyChildren[i]));
}

/** The chart's SVG as a standalone file with its caption bands. */
export function chartImage(plot: SVGSVGElement, caption: ChartCaption): ChartImage {
	const viewBox = plot.viewBox.baseVal;
	// The plot's own margins are tight (its axis labels reach its edges): a margin around it.
	const width = viewBox.width + 2 * PAD;
	const inner = width - 2 * PAD;
	const font = getComputedStyle(plot).fontFamily || 'sans-serif';
	const measure = canvasMeasure(font);

	const copy = plot.cloneNode(true) as SVGSVGElement;
	inlineStyles(plot, copy);
	copy.querySelectorAll('.focus').forEach((el) => el.remove());
	for (const el of [copy, ...copy.querySelectorAll('*')]) {
		for (const name of [...el.getAttributeNames()]) {
			if (name.startsWith('aria-') || name === 'role' || name === 'tabindex' || name === 'class')
				el.removeAttribute(name);
		}
	}

	const titleLines = wrapText(caption.title, inner, TITLE_SIZE, measure, true);
	const subtitleLines = wrapText(caption.subtitle, inner, TEXT_SIZE, measure);
	const top = PAD + titleLines.length * TITLE_SIZE * LINE + subtitleLines.length * TEXT_SIZE * LINE;
	copy.setAttribute('x', String(PAD));
	copy.setAttribute('y', String(top));
	copy.setAttribute('width', String(viewBox.width));
	copy.setAttribute('height', String(viewBox.height));
	copy.setAttribute('overflow', 'visible');

	const root = element('svg', { xmlns: SVG_NS, version: '1.1' });
	root.append(element('rect', { x: 0, y: 0, width: '100%', height: '100%', fill: BACKGROUND }));
	root.append(
		textBlock(titleLines, PAD, PAD + TITLE_SIZE, TITLE_SIZE, {
			'font-family': font,
			'font-weight': 700,
			fill: INK
		}),
		textBlock(
			subtitleLines,
			PAD,
			PAD + titleLines.length * TITLE_SIZE * LINE + TEXT_SIZE,
			TEXT_SIZE,
			{
				'font-family': font,
				fill: MUTED
			}
		),
		copy
	);

	// Legend: a short sample of each line as drawn, then its label.
	let y = top + viewBox.height + PAD + TEXT_SIZE;
	for (const entry of caption.legend) {
		const drawn = plot.querySelector(entry.sample);
		if (!drawn) continue;
		const style = getComputedStyle(drawn);
		const mid = y - TEXT_SIZE * 0.35;
		const filled = { fill: style.fill, stroke: style.stroke, 'stroke-width': style.strokeWidth };
		root.append(
			entry.shape === 'diamond'
				? element('path', {
						d: `M${PAD + 11},${mid - 5}L${PAD + 16},${mid}L${PAD + 11},${mid + 5}L${PAD + 6},${mid}Z`,
						...filled
					})
				: entry.shape === 'dot'
					? element('circle', { cx: PAD + 11, cy: mid, r: 4, ...filled })
					: element('line', {
							x1: PAD,
							x2: PAD + 22,
							y1: mid,
							y2: mid,
							stroke: style.stroke,
							'stroke-width': style.strokeWidth,
							'stroke-dasharray': style.strokeDasharray
						})
		);
		const lines = wrapText(entry.label, inner - 30, TEXT_SIZE, measure);
		root.append(textBlock(lines, PAD + 30, y, TEXT_SIZE, { 'font-family': font, fill: INK }));
		y += lines.length * TEXT_SIZE * LINE;
	}
	const footer = [...wrapText(caption.source, inner, TEXT_SIZE, measure), caption.date];
	y += TEXT_SIZE * 0.5;
	root.append(textBlock(footer, PAD, y, TEXT_SIZE, { 'font-family': font, fill: MUTED }));
	const height = Math.ceil(y + (footer.length - 1) * TEXT_SIZE * LINE + PAD);

	root.setAttribute('viewBox', `0 0 ${width} ${height}`);
	// Twice its user size: a comfortable size for a document; it scales without loss.
	root.setAttribute('width', String(width * 2));
	root.setAttribute('height', String(height * 2));
	const svg = new XMLSerializer().serializeToString(root);
	return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, width, height };
}

/** The SVG drawn at `scale` × its user size onto an offscreen canvas, as PNG. */
export async function chartPng(image: ChartImage, scale = 3): Promise<Blob> {
	const img = new Image();
	img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`;
	await img.decode();
	const w = Math.round(image.width * scale);
	const h = Math.round(image.height * scale);
	if (typeof OffscreenCanvas === 'function') {
		const canvas = new OffscreenCanvas(w, h);
		canvas.getContext('2d')!.drawImage(img, 0, 0, w, h);
		return canvas.convertToBlob({ type: 'image/png' });
	}
	const canvas = document.createElement('canvas');
	canvas.width = w;
	canvas.height = h;
	canvas.getContext('2d')!.drawImage(img, 0, 0, w, h);
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG failed'))), 'image/png')
	);
}
