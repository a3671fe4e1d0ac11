/**
 * The report page's sections (R6): volume, timeliness, the open backlog, corrective actions and
 * satisfaction, each figure beside the period before.
 */
import type { Channel } from '../../domain/channels';
import type { Summary } from '../../reports/summary';
import { html, type Html } from '../html';
import { PATHS, type PageContext } from '../layout';
import { breakdownRows, chartWithTable, daysText, figureTable, shareText, type FigureRow } from './report-tables';

export type ReportChart = keyof PageContext['t']['reports']['charts'];

export function volume(ctx: PageContext, s: Summary, chart: (name: ReportChart) => string): Html {
  const t = ctx.t.reports;
  const { current: c, previous: p } = s;
  const n = ctx.formats.number;
  const months: FigureRow[] = c.volume.perMonth.map((m, i) => {
    const before = p.volume.perMonth[i];
    return {
      label: ctx.formats.month(m.month),
      current: n(m.count),
      previous: before ? t.monthBefore(n(before.count), ctx.formats.month(before.month)) : '',
    };
  });
  const periods = periodsOf(ctx, s);
  const alt = (name: ReportChart) => t.charts[name](periods.current, periods.previous);
  const breakdown = (caption: string, head: string, rows: FigureRow[], name?: ReportChart) => {
    const table = rows.length
      ? figureTable(ctx, { caption, head, rows })
      : html`<h3>${caption}</h3><p class="empty">${t.noValues}</p>`;
    return chartWithTable(name && rows.length ? chart(name) : undefined, name ? alt(name) : '', table);
  };
  const channel = (v: string) => ctx.t.channel[v as Channel] ?? v;
  return html`<section class="report-section" aria-labelledby="volume">
  <h2 id="volume">${t.volume}</h2>
  ${figureTable(ctx, { caption: t.total, head: t.figure, rows: [{ label: t.total, current: n(c.volume.total), previous: n(p.volume.total) }] })}
  ${chartWithTable(chart('volume-trend'), alt('volume-trend'), figureTable(ctx, { caption: t.perMonth, head: t.month, rows: months }))}
  ${breakdown(t.perChannel, t.channel, breakdownRows(ctx, c.volume.perChannel, p.volume.perChannel, channel), 'channels')}
  ${breakdown(t.perService, t.service, breakdownRows(ctx, c.volume.perService, p.volume.perService))}
  ${breakdown(t.perCategory, t.category, breakdownRows(ctx, c.volume.perCategory, p.volume.perCategory), 'categories')}
  ${breakdown(t.perCause, t.cause, breakdownRows(ctx, c.volume.perCause, p.volume.perCause), 'causes')}
</section>`;
}

export function timeliness(ctx: PageContext, s: Summary): Html {
  const t = ctx.t.reports;
  const c = s.current.timeliness;
  const p = s.previous.timeliness;
  const promised = (x: typeof c.promises) =>
    shareText(ctx, { share: x.share, inTime: x.kept, late: x.missed, pending: x.pending });
  const rows: FigureRow[] = [
    { label: t.reply, current: shareText(ctx, c.reply), previous: shareText(ctx, p.reply) },
    {
      label: t.acknowledgement,
      current: shareText(ctx, c.acknowledgement),
      previous: shareText(ctx, p.acknowledgement),
    },
    { label: t.promises, current: promised(c.promises), previous: promised(p.promises) },
    { label: t.callback, current: shareText(ctx, c.callback), previous: shareText(ctx, p.callback) },
    {
      label: t.median,
      current: daysText(ctx, c.replyDays.median, c.replyDays.replies),
      previous: daysText(ctx, p.replyDays.median, p.replyDays.replies),
    },
    {
      label: t.p90,
      current: daysText(ctx, c.replyDays.p90, c.replyDays.replies),
      previous: daysText(ctx, p.replyDays.p90, p.replyDays.replies),
    },
    {
      label: t.termMissed,
      current: ctx.formats.number(c.termMissedAtEntry),
      previous: ctx.formats.number(p.termMissedAtEntry),
    },
  ];
  return html`<section class="report-section" aria-labelledby="timeliness">
  <h2 id="timeliness">${t.timeliness}</h2>
  <p>${t.timelinessIntro}</p>
  ${figureTable(ctx, { caption: t.timeliness, head: t.figure, rows, hidden: true })}
</section>`;
}

export function backlog(ctx: PageContext, s: Summary, chart: (name: ReportChart) => string): Html {
  const t = ctx.t.reports;
  const { current: c, previous: p } = s;
  const n = ctx.formats.number;
  const [at, before] = [ctx.formats.day(c.backlog.asOfDate), ctx.formats.day(p.backlog.asOfDate)];
  const rows: FigureRow[] = [
    ...c.backlog.byAge.map((b, i) => ({
      label: t.ageDays(b.age),
      current: n(b.count),
      previous: n(p.backlog.byAge[i].count),
    })),
    { label: t.backlogTotal, current: n(c.backlog.total), previous: n(p.backlog.total) },
  ];
  return html`<section class="report-section" aria-labelledby="backlog">
  <h2 id="backlog">${t.backlog(at)}</h2>
  <p>${t.backlogIntro(before)}</p>
  ${chartWithTable(chart('backlog'), t.charts.backlog(at, before), figureTable(ctx, { caption: t.backlog(at), head: t.age, rows }))}
</section>`;
}

export function corrective(ctx: PageContext, s: Summary, mayReadComplaints: boolean): Html {
  const t = ctx.t.reports;
  const { current: c, previous: p } = s;
  const count = figureTable(ctx, {
    caption: t.corrective,
    hidden: true,
    head: t.figure,
    rows: [
      {
        label: t.correctiveCount,
        current: ctx.formats.number(c.correctiveActions.count),
        previous: ctx.formats.number(p.correctiveActions.count),
      },
    ],
  });
  const reference = (r: string) => (mayReadComplaints ? html`<a href="${PATHS.complaint(r)}">${r}</a>` : r);
  const recent = c.correctiveActions.recent.length
    ? html`<table class="complaints">
  <caption class="report-caption">${t.recent}</caption>
  <thead><tr><th scope="col">${t.complaint}</th><th scope="col">${t.closed}</th><th scope="col">${t.category}</th><th scope="col">${t.measure}</th></tr></thead>
  <tbody>
    ${c.correctiveActions.recent.map(
      (a) => html`<tr>
      <th scope="row" data-label="${t.complaint}">${reference(a.reference)}</th>
      <td data-label="${t.closed}">${ctx.formats.moment(new Date(a.closedAt))}</td>
      <td data-label="${t.category}">${a.category ?? ''}</td>
      <td data-label="${t.measure}">${a.correctiveAction}</td>
    </tr>`,
    )}
  </tbody>
</table>`
    : html`<p class="empty">${t.noMeasures}</p>`;
  return html`<section class="report-section" aria-labelledby="corrective">
  <h2 id="corrective">${t.corrective}</h2>
  ${count}
  ${recent}
</section>`;
}

export function satisfaction(ctx: PageContext, s: Summary): Html {
  const t = ctx.t.reports;
  const { current: c, previous: p } = s;
  const n = ctx.formats.number;
  const average = (a: number | null) => (a === null ? t.noAverage : n(a));
  const rows: FigureRow[] = [
    { label: t.answers, current: n(c.satisfaction.answers), previous: n(p.satisfaction.answers) },
    { label: t.average, current: average(c.satisfaction.average), previous: average(p.satisfaction.average) },
    ...([1, 2, 3, 4, 5] as const).map((k) => ({
      label: t.score(k),
      current: n(c.satisfaction.distribution[k]),
      previous: n(p.satisfaction.distribution[k]),
    })),
  ];
  return html`<section class="report-section" aria-labelledby="satisfaction">
  <h2 id="satisfaction">${t.satisfaction}</h2>
  ${figureTable(ctx, { caption: t.satisfaction, head: t.figure, rows, hidden: true })}
</section>`;
}

export function periodsOf(ctx: PageContext, s: Summary) {
  const name = (p: { from: string; to: string }) =>
    ctx.t.reports.periodName(ctx.formats.day(p.from), ctx.formats.day(p.to));
  return { current: name(s.current.period), previous: name(s.previous.period) };
}
