/**
 * A trend: one line per series over the same points (e.g. complaints per month in this period and in
 * the one before), every point's number written beside it. The second series is dashed, so the two
 * differ by more than colour. A pure function from figures to an SVG string.
 */
import { COLOURS, escapeXml, formatNumber, label, niceMax, round, svgDocument } from './svg';

export interface LineSeries {
  name: string;
  /** One per point label; null where the series has no value. */
  values: (number | null)[];
  /** Names for this series' points in the description, e.g. the months of the period before. */
  pointNames?: string[];
}

export interface LineChartInput {
  id: string;
  title: string;
  description: string;
  /** The x-axis labels, e.g. months. */
  points: string[];
  series: LineSeries[];
  width?: number;
  height?: number;
}

const LEFT = 48;
const RIGHT = 36;
const TOP = 40;
const BOTTOM = 40;
const STYLE = [
  { stroke: COLOURS.current, dash: '', width: 2.5 },
  { stroke: COLOURS.previous, dash: ' stroke-dasharray="6 4"', width: 2 },
];

export function lineChart(input: LineChartInput): string {
  const width = input.width ?? 720;
  const height = input.height ?? 300;
  const plotW = width - LEFT - RIGHT;
  const plotH = height - TOP - BOTTOM;
  const max = niceMax(Math.max(0, ...input.series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const x = (i: number) => LEFT + (input.points.length > 1 ? (i * plotW) / (input.points.length - 1) : plotW / 2);
  const y = (v: number) => TOP + plotH - (v / max) * plotH;

  const said = input.series
    .map((s) => {
      const names = s.pointNames ?? input.points;
      const values = s.values.map((v, i) => (v === null ? null : `${names[i]}: ${formatNumber(v)}`)).filter(Boolean);
      return `${s.name}: ${values.length ? values.join(', ') : 'geen gegevens'}`;
    })
    .join('. ');
  const description = `${input.description} ${said}.`;

  const parts: string[] = [];
  for (const tick of [0, 0.25, 0.5, 0.75, 1].map((f) => f * max)) {
    parts.push(
      `<line x1="${LEFT}" y1="${round(y(tick))}" x2="${width - RIGHT}" y2="${round(y(tick))}" stroke="${COLOURS.grid}"/>` +
        label(LEFT - 6, y(tick) + 4, formatNumber(tick), 'text-anchor="end" font-size="10"'),
    );
  }
  input.points.forEach((p, i) =>
    parts.push(label(x(i), height - BOTTOM + 16, p, 'text-anchor="middle" font-size="10"')),
  );
  input.series.forEach((s, k) => {
    const style = STYLE[k % STYLE.length];
    const path = s.values
      .map((v, i) => (v === null ? null : `${round(x(i))},${round(y(v))}`))
      .filter(Boolean)
      .join(' ');
    parts.push(
      `<g><title>${escapeXml(s.name)}</title>` +
        `<polyline points="${path}" fill="none" stroke="${style.stroke}" stroke-width="${style.width}"${style.dash}/>` +
        s.values
          .map((v, i) =>
            v === null
              ? ''
              : `<circle cx="${round(x(i))}" cy="${round(y(v))}" r="3" fill="${style.stroke}"/>` +
                label(x(i), y(v) - 7 + k * 18, formatNumber(v), `text-anchor="middle" font-size="10"`),
          )
          .join('') +
        `</g>`,
    );
    // Legend, top left.
    const lx = LEFT + k * 220;
    parts.push(
      `<line x1="${lx}" y1="16" x2="${lx + 24}" y2="16" stroke="${style.stroke}" stroke-width="${style.width}"${style.dash}/>` +
        label(lx + 30, 20, s.name),
    );
  });
  return svgDocument({ id: input.id, title: input.title, description, width, height }, parts.join(''));
}
