/**
 * The report page's building blocks: a table of figures with the period before beside them (a caption
 * and headers with their scope, so a screen reader names each number), a chart beside its table, and the
 * figures of a breakdown, a term's outcomes and the days to reply in words.
 */
import { countOf, valuesOf } from '../../reports/compare';
import type { ReplyTime } from '../../reports/reply-time';
import type { Outcomes } from '../../reports/timeliness';
import type { Breakdown } from '../../reports/volume';
import { html, type Html, type Value } from '../html';
import type { PageContext } from '../layout';

export interface FigureRow {
  label: Value;
  current: Value;
  previous: Value;
}

export function figureTable(
  ctx: PageContext,
  /** `hidden`: the caption repeats the section's heading, so only screen readers need it. */
  o: { caption: string; head: string; rows: FigureRow[]; hidden?: boolean },
): Html {
  const t = ctx.t.reports;
  return html`<table class="figures">
  <caption${o.hidden && html` class="visually-hidden"`}>${o.caption}</caption>
  <thead><tr><th scope="col">${o.head}</th><th scope="col">${t.current}</th><th scope="col">${t.previous}</th></tr></thead>
  <tbody>
    ${o.rows.map((r) => html`<tr><th scope="row">${r.label}</th><td>${r.current}</td><td>${r.previous}</td></tr>`)}
  </tbody>
</table>`;
}

/** A chart and the table of its figures, side by side where there is room. */
export function chartWithTable(src: string | undefined, alt: string, table: Html): Html {
  if (!src) return html`<div class="report-pair report-pair--table">${table}</div>`;
  return html`<div class="report-pair">
  <figure class="report-chart"><img src="${src}" alt="${alt}" width="640" loading="lazy"></figure>
  ${table}
</div>`;
}

export function breakdownRows(
  ctx: PageContext,
  current: Breakdown,
  previous: Breakdown,
  name: (value: string) => string = (v) => v,
): FigureRow[] {
  const t = ctx.t.reports;
  const n = (v: number | null) => (v === null ? t.unknown : ctx.formats.number(v));
  const rows: FigureRow[] = valuesOf(current, previous).map((v) => ({
    label: name(v),
    current: n(countOf(current, v)),
    previous: n(countOf(previous, v)),
  }));
  if (current.other.count || previous.other.count) {
    rows.push({
      label: t.other(current.other.values),
      current: n(current.other.count),
      previous: n(previous.other.count),
    });
  }
  if (current.notRecorded || previous.notRecorded) {
    rows.push({ label: t.notRecorded, current: n(current.notRecorded), previous: n(previous.notRecorded) });
  }
  return rows;
}

/** "88% (7 van 8); 1 loopt nog", or that nothing was decided yet. */
export function shareText(ctx: PageContext, o: Pick<Outcomes, 'share' | 'inTime' | 'late' | 'pending'>): string {
  const t = ctx.t.reports;
  const share = o.share === null ? t.noShare : t.share(ctx.formats.percent(o.share), o.inTime, o.inTime + o.late);
  return o.pending ? `${share}; ${t.pending(o.pending)}` : share;
}

export function daysText(ctx: PageContext, days: number | null, replies: ReplyTime['replies']): string {
  const t = ctx.t.reports;
  if (days === null || !replies) return t.noReplies;
  return `${t.days(ctx.formats.number(days), days === 1)} (${t.replies(replies)})`;
}
