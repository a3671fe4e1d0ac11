/**
 * What every chart shares: escaping (labels are categories and causes typed by people, so they are data,
 * never markup), numbers written the Dutch way, and the accessible frame — role="img" named by its
 * <title> and described by its <desc>, which also says every number in words for screen readers.
 * Only presentation attributes, no style attributes or <style>: the pages' Content-Security-Policy
 * forbids inline styles, and an SVG embedded in a page falls under it.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for XML content or a quoted attribute; characters XML 1.0 cannot hold are dropped. */
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_IN_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const dutch = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** 1234.5 → "1.234,5". */
export const formatNumber = (n: number) => dutch.format(n);

/** Colours with a contrast of at least 4.5:1 on white; series differ by line style too, not by colour alone. */
export const COLOURS = { current: '#1d4f91', previous: '#6b6b6b', axis: '#4a4a4a', text: '#1a1a1a', grid: '#d9d9d9' };
export const FONT = 'font-family="DejaVu Sans, Verdana, sans-serif"';

/** A long label, cut to `max` characters with an ellipsis; the full text stays in the description. */
export const shorten = (label: string, max: number) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

export interface Frame {
  /** Unique within the page the chart is embedded in: the title's and description's IDs derive from it. */
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
}

export function svgDocument(frame: Frame, body: string): string {
  const id = escapeXml(frame.id);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${frame.width}" height="${frame.height}" ` +
    `viewBox="0 0 ${frame.width} ${frame.height}" aria-labelledby="${id}-title ${id}-desc" ${FONT} font-size="12">` +
    `<title id="${id}-title">${escapeXml(frame.title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(frame.description)}</desc>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    body +
    `</svg>`
  );
}

/** A text element; `text` is escaped. */
export function label(x: number, y: number, text: string, attrs = ''): string {
  return `<text x="${round(x)}" y="${round(y)}" fill="${COLOURS.text}"${attrs ? ` ${attrs}` : ''}>${escapeXml(text)}</text>`;
}

export const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A tidy axis maximum for counts, at least `max`: four equal whole-number steps, so that the grid lines
 * at its quarters read 0, 6, 12, 18, 24 rather than 0, 6.3, 12.5, 18.8, 25.
 */
export function niceMax(max: number): number {
  const quarter = Math.max(1, Math.ceil(max / 4));
  const power = 10 ** Math.floor(Math.log10(quarter));
  const step = [1, 2, 2.5, 3, 4, 5, 6, 8, 10].map((s) => s * power).find((s) => s >= quarter && Number.isInteger(s))!;
  return 4 * step;
}
