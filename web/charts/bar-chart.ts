/**
 * Horizontal bars (labels such as categories and causes are words, and read best on the left), each
 * with its number written beside it; optionally a thinner dashed bar for the period before. A pure
 * function from figures to an SVG string, to serve as an image or embed in a page.
 */
import { COLOURS, escapeXml, formatNumber, label, niceMax, round, shorten, svgDocument } from './svg';

export interface Bar {
  label: string;
  value: number;
  /** The same figure in the period before; absent or null: not shown. */
  previous?: number | null;
}

export interface BarChartInput {
  id: string;
  title: string;
  /** What the chart shows; the numbers are added to it in words. */
  description: string;
  bars: Bar[];
  /** Names of the two series when bars carry `previous`. */
  series?: { current: string; previous: string };
  width?: number;
}

const LABEL_WIDTH = 210;
const VALUE_WIDTH = 60;
// About as many characters as fit in LABEL_WIDTH at 12 px.
const LABEL_CHARACTERS = 26;
const TOP = 36;

export function barChart(input: BarChartInput): string {
  const width = input.width ?? 640;
  const compare = input.bars.some((b) => b.previous != null);
  const row = compare ? 34 : 24;
  const height = TOP + Math.max(input.bars.length, 1) * row + 12;
  const max = niceMax(Math.max(0, ...input.bars.flatMap((b) => [b.value, b.previous ?? 0])));
  const scale = (width - LABEL_WIDTH - VALUE_WIDTH - 10) / max;

  const said = input.bars
    .map(
      (b) =>
        `${b.label}: ${formatNumber(b.value)}${b.previous != null ? ` (daarvoor ${formatNumber(b.previous)})` : ''}`,
    )
    .join('; ');
  const description = `${input.description} ${input.bars.length ? `${said}.` : 'Geen gegevens.'}`;

  const parts: string[] = [];
  if (compare && input.series) parts.push(legend(input.series));
  if (!input.bars.length) parts.push(label(LABEL_WIDTH, TOP + 16, 'Geen gegevens'));
  input.bars.forEach((b, i) => {
    const y = TOP + i * row;
    parts.push(
      `<g><title>${escapeXml(b.label)}</title>` +
        label(LABEL_WIDTH - 8, y + 13, shorten(b.label, LABEL_CHARACTERS), 'text-anchor="end"') +
        `<rect x="${LABEL_WIDTH}" y="${y + 2}" width="${round(b.value * scale)}" height="14" fill="${COLOURS.current}"/>` +
        label(LABEL_WIDTH + b.value * scale + 6, y + 13, formatNumber(b.value), 'font-weight="bold"') +
        (compare && b.previous != null
          ? `<rect x="${LABEL_WIDTH}" y="${y + 19}" width="${round(b.previous * scale)}" height="8" fill="#ffffff" ` +
            `stroke="${COLOURS.previous}" stroke-dasharray="3 2"/>` +
            label(LABEL_WIDTH + b.previous * scale + 6, y + 27, formatNumber(b.previous), `font-size="10"`)
          : '') +
        `</g>`,
    );
  });
  parts.push(
    `<line x1="${LABEL_WIDTH}" y1="${TOP - 4}" x2="${LABEL_WIDTH}" y2="${height - 8}" stroke="${COLOURS.axis}"/>`,
  );
  return svgDocument({ id: input.id, title: input.title, description, width, height }, parts.join(''));
}

function legend(series: { current: string; previous: string }): string {
  return (
    `<rect x="${LABEL_WIDTH}" y="10" width="14" height="10" fill="${COLOURS.current}"/>` +
    label(LABEL_WIDTH + 20, 19, series.current) +
    `<rect x="${LABEL_WIDTH + 200}" y="12" width="14" height="7" fill="#ffffff" stroke="${COLOURS.previous}" stroke-dasharray="3 2"/>` +
    label(LABEL_WIDTH + 220, 19, series.previous)
  );
}
