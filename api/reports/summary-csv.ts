/**
 * The summary's figures as CSV, one figure per record with the period and the one before side by side,
 * so a spreadsheet can chart or compare them. Months are paired by position (the first month of the
 * period beside the first month of the one before); breakdowns by value.
 */
import { countOf, valuesOf } from '../../reports/compare';
import type { Breakdown } from '../../reports/volume';
import type { Figures, Summary } from '../../reports/summary';
import type { Outcomes } from '../../reports/timeliness';
import { BOM, csvRecord, type Field } from './csv';

type Line = [section: string, figure: string, key: Field, current: Field, previous: Field];

const share = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);

function breakdownLines(figure: string, current: Breakdown, previous: Breakdown): Line[] {
  return [
    ...valuesOf(current, previous).map((v): Line => ['volume', figure, v, countOf(current, v), countOf(previous, v)]),
    ['volume', figure, '(other)', current.other.count, previous.other.count],
    ['volume', figure, '(not recorded)', current.notRecorded, previous.notRecorded],
  ];
}

function outcomeLines(figure: string, c: Outcomes, p: Outcomes): Line[] {
  return [
    ['timeliness', figure, 'in time', c.inTime, p.inTime],
    ['timeliness', figure, 'late', c.late, p.late],
    ['timeliness', figure, 'pending', c.pending, p.pending],
    ['timeliness', figure, 'not needed', c.notNeeded, p.notNeeded],
    ['timeliness', figure, 'share in time', share(c.share), share(p.share)],
  ];
}

export function summaryLines(c: Figures, p: Figures): Line[] {
  const { promises: cp, replyDays: cd } = c.timeliness;
  const { promises: pp, replyDays: pd } = p.timeliness;
  return [
    ['period', 'from', null, c.period.from, p.period.from],
    ['period', 'to', null, c.period.to, p.period.to],
    ['volume', 'total', null, c.volume.total, p.volume.total],
    ...c.volume.perMonth.map((m, i): Line => {
      const before = p.volume.perMonth[i];
      return ['volume', 'per month', before ? `${m.month} vs ${before.month}` : m.month, m.count, before?.count];
    }),
    ...breakdownLines('per channel', c.volume.perChannel, p.volume.perChannel),
    ...breakdownLines('per service', c.volume.perService, p.volume.perService),
    ...breakdownLines('per category', c.volume.perCategory, p.volume.perCategory),
    ...breakdownLines('per cause', c.volume.perCause, p.volume.perCause),
    ...outcomeLines('reply within term', c.timeliness.reply, p.timeliness.reply),
    ...outcomeLines('acknowledgement sent in time', c.timeliness.acknowledgement, p.timeliness.acknowledgement),
    ...outcomeLines('callback in time', c.timeliness.callback, p.timeliness.callback),
    ['timeliness', 'promises', 'made', cp.made, pp.made],
    ['timeliness', 'promises', 'kept', cp.kept, pp.kept],
    ['timeliness', 'promises', 'missed', cp.missed, pp.missed],
    ['timeliness', 'promises', 'replaced', cp.replaced, pp.replaced],
    ['timeliness', 'promises', 'pending', cp.pending, pp.pending],
    ['timeliness', 'promises', 'share kept', share(cp.share), share(pp.share)],
    ['timeliness', 'days to reply', 'replies', cd.replies, pd.replies],
    ['timeliness', 'days to reply', 'median', cd.median, pd.median],
    ['timeliness', 'days to reply', 'p90', cd.p90, pd.p90],
    ['timeliness', 'term missed at entry', null, c.timeliness.termMissedAtEntry, p.timeliness.termMissedAtEntry],
    ['backlog', 'as of', null, c.backlog.asOfDate, p.backlog.asOfDate],
    ['backlog', 'open', 'total', c.backlog.total, p.backlog.total],
    ...c.backlog.byAge.map((b, i): Line => ['backlog', 'open', `${b.age} days`, b.count, p.backlog.byAge[i].count]),
    ['corrective actions', 'count', null, c.correctiveActions.count, p.correctiveActions.count],
    ['satisfaction', 'answers', null, c.satisfaction.answers, p.satisfaction.answers],
    ['satisfaction', 'average', null, c.satisfaction.average, p.satisfaction.average],
    ...([1, 2, 3, 4, 5] as const).map((k): Line => [
      'satisfaction',
      'score',
      k,
      c.satisfaction.distribution[k],
      p.satisfaction.distribution[k],
    ]),
  ];
}

export function summaryCsv(summary: Summary): string {
  const header = csvRecord(['section', 'figure', 'key', 'current', 'previous']);
  return BOM + header + summaryLines(summary.current, summary.previous).map(csvRecord).join('');
}
