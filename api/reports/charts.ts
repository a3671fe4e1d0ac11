/**
 * R6: the report's charts, for people who would rather look than read — drawn from the same summary as
 * the figures (so they cannot disagree), by the pure SVG functions in web/charts/. Texts in Dutch, as
 * everything the organisation's people read.
 */
import { CHANNEL } from '../../domain/explain';
import type { Channel } from '../../domain/channels';
import type { ReportPeriod } from '../../domain/report-period';
import { barChart, type Bar } from '../../web/charts/bar-chart';
import { lineChart } from '../../web/charts/line-chart';
import { countOf } from '../../reports/compare';
import type { Summary } from '../../reports/summary';
import type { Breakdown } from '../../reports/volume';

export const CHART_NAMES = ['volume-trend', 'channels', 'categories', 'causes', 'backlog'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' });
/** 2026-04 → "apr 2026". */
export const monthName = (month: string) => monthFormat.format(new Date(`${month}-15T12:00:00Z`)).replace('.', '');
export const periodName = (p: ReportPeriod) => `${p.from} t/m ${p.to}`;

function bars(current: Breakdown, previous: Breakdown, name: (v: string) => string = (v) => v): Bar[] {
  const shown: Bar[] = current.top.map((c) => ({
    label: name(c.value),
    value: c.count,
    previous: countOf(previous, c.value),
  }));
  if (current.other.count) shown.push({ label: 'overige', value: current.other.count, previous: previous.other.count });
  if (current.notRecorded) {
    shown.push({ label: 'niet vastgelegd', value: current.notRecorded, previous: previous.notRecorded });
  }
  return shown;
}

export function chartOf(name: ChartName, summary: Summary, id: string = name): string {
  const { current: c, previous: p } = summary;
  const series = { current: periodName(c.period), previous: periodName(p.period) };
  switch (name) {
    case 'volume-trend':
      return lineChart({
        id,
        title: 'Klachten per maand',
        description: `Aantal ontvangen klachten per maand, ${series.current} tegenover ${series.previous}.`,
        points: c.volume.perMonth.map((m) => monthName(m.month)),
        series: [
          { name: series.current, values: c.volume.perMonth.map((m) => m.count) },
          {
            name: series.previous,
            values: c.volume.perMonth.map((_, i) => p.volume.perMonth[i]?.count ?? null),
            pointNames: c.volume.perMonth.map((_, i) => {
              const m = p.volume.perMonth[i];
              return m ? monthName(m.month) : '';
            }),
          },
        ],
      });
    case 'channels':
      return barChart({
        id,
        title: 'Klachten per kanaal',
        description: `Ontvangen klachten per kanaal, ${series.current}; daaronder ${series.previous}.`,
        bars: bars(c.volume.perChannel, p.volume.perChannel, (v) => CHANNEL[v as Channel] ?? v),
        series,
      });
    case 'categories':
      return barChart({
        id,
        title: 'Klachten per categorie',
        description: `Ontvangen klachten per categorie (vastgelegd bij het afsluiten), ${series.current}; daaronder ${series.previous}.`,
        bars: bars(c.volume.perCategory, p.volume.perCategory),
        series,
      });
    case 'causes':
      return barChart({
        id,
        title: 'Oorzaken (top 10)',
        description: `De tien meest voorkomende oorzaken van ontvangen klachten, ${series.current}; daaronder ${series.previous}.`,
        bars: bars(c.volume.perCause, p.volume.perCause),
        series,
      });
    case 'backlog':
      return barChart({
        id,
        title: 'Openstaande klachten naar leeftijd',
        description: `Klachten die op ${c.backlog.asOfDate} openstonden, naar dagen sinds ontvangst; daaronder op ${p.backlog.asOfDate}.`,
        bars: c.backlog.byAge.map((b, i) => ({
          label: `${b.age} dagen`,
          value: b.count,
          previous: p.backlog.byAge[i].count,
        })),
        series: { current: c.backlog.asOfDate, previous: p.backlog.asOfDate },
      });
  }
}
