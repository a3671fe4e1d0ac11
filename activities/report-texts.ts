/**
 * R6: the monthly report in words, in Dutch for the organisation's managers: sections of lines, each
 * figure with the month before in brackets. The e-mail body and the PDF print the same sections, so the
 * mail can be read without opening the attachment and the two never disagree.
 */
import { CHANNEL } from '../domain/explain';
import type { Channel } from '../domain/channels';
import type { Summary } from '../reports/summary';
import type { Outcomes } from '../reports/timeliness';
import type { Breakdown } from '../reports/volume';

export interface Section {
  heading: string;
  lines: string[];
}

const dutch = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const n = (v: number | null) => (v === null ? '–' : dutch.format(v));
const pct = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 2026-10 → "oktober 2026". */
export const longMonth = (month: string) => monthFormat.format(new Date(`${month}-15T12:00:00Z`));

function outcomeLine(what: string, c: Outcomes, p: Outcomes): string {
  const decided = c.inTime + c.late;
  const running = c.pending ? `; nog lopend: ${c.pending}` : '';
  return `${what}: ${c.inTime} van ${decided} = ${pct(c.share)} (${pct(p.share)})${running}`;
}

function breakdownLines(c: Breakdown, p: Breakdown, name: (v: string) => string = (v) => v): string[] {
  const before = (v: string) => p.top.find((x) => x.value.toLowerCase() === v.toLowerCase())?.count;
  const lines = c.top.map((x) => `${name(x.value)}: ${x.count} (${before(x.value) ?? (p.other.count ? '?' : 0)})`);
  if (c.other.count) lines.push(`overige (${c.other.values} andere): ${c.other.count} (${p.other.count})`);
  if (c.notRecorded) lines.push(`niet vastgelegd: ${c.notRecorded} (${p.notRecorded})`);
  return lines.length ? lines : ['geen'];
}

export function reportSections(summary: Summary): Section[] {
  const { current: c, previous: p } = summary;
  const ct = c.timeliness;
  const pt = p.timeliness;
  return [
    {
      heading: 'Aantal klachten',
      lines: [
        `Ontvangen: ${c.volume.total} (${p.volume.total})`,
        ...breakdownLines(c.volume.perChannel, p.volume.perChannel, (v) => CHANNEL[v as Channel] ?? v).map(
          (l) => `  kanaal ${l}`,
        ),
      ],
    },
    {
      heading: 'Tijdigheid',
      lines: [
        outcomeLine('Binnen de termijn beantwoord of bevestigd (R9, R3)', ct.reply, pt.reply),
        outcomeLine('Ontvangstbevestiging op tijd verstuurd (R3, R10)', ct.acknowledgement, pt.acknowledgement),
        `Toezeggingen nagekomen (R10, R4): ${ct.promises.kept} van ${ct.promises.kept + ct.promises.missed} = ` +
          `${pct(ct.promises.share)} (${pct(pt.promises.share)}); gedaan: ${ct.promises.made}, gemist: ${ct.promises.missed}`,
        outcomeLine('Op tijd teruggebeld (R7)', ct.callback, pt.callback),
        `Dagen tot antwoord: mediaan ${n(ct.replyDays.median)} (${n(pt.replyDays.median)}), ` +
          `90% binnen ${n(ct.replyDays.p90)} (${n(pt.replyDays.p90)}); ` +
          `${ct.replyDays.replies} ${ct.replyDays.replies === 1 ? 'antwoord' : 'antwoorden'}`,
        `Termijn al verstreken bij invoer: ${ct.termMissedAtEntry} (${pt.termMissedAtEntry})`,
      ],
    },
    {
      heading: `Openstaand op ${c.backlog.asOfDate}`,
      lines: [
        `Totaal: ${c.backlog.total} (${p.backlog.total})`,
        ...c.backlog.byAge.map((b, i) => `  ${b.age} dagen: ${b.count} (${p.backlog.byAge[i].count})`),
      ],
    },
    { heading: 'Categorieën', lines: breakdownLines(c.volume.perCategory, p.volume.perCategory) },
    { heading: 'Oorzaken (top 10)', lines: breakdownLines(c.volume.perCause, p.volume.perCause) },
    { heading: 'Diensten', lines: breakdownLines(c.volume.perService, p.volume.perService) },
    {
      heading: 'Verbetermaatregelen (R5)',
      lines: [
        `Genomen: ${c.correctiveActions.count} (${p.correctiveActions.count})`,
        ...c.correctiveActions.recent.map(
          (a) => `  ${a.reference}${a.category ? ` (${a.category})` : ''}: ${a.correctiveAction}`,
        ),
      ],
    },
    {
      heading: 'Tevredenheid',
      lines: [
        `Antwoorden: ${c.satisfaction.answers} (${p.satisfaction.answers}); gemiddeld ` +
          `${n(c.satisfaction.average)} (${n(p.satisfaction.average)})`,
        `  ${([1, 2, 3, 4, 5] as const).map((k) => `${k}: ${c.satisfaction.distribution[k]}`).join(', ')}`,
      ],
    },
  ];
}

export function reportTitle(month: string, organisation: string): string {
  return `Klachtenrapportage ${longMonth(month)} — ${organisation}`;
}

/** The e-mail: every section, with the month before named once at the top. */
export function reportBody(month: string, previousMonth: string, summary: Summary, organisation: string): string {
  const sections = reportSections(summary)
    .map((s) => [s.heading, ...s.lines.map((l) => `  ${l}`)].join('\n'))
    .join('\n\n');
  return (
    `${reportTitle(month, organisation)}\n` +
    `Tussen haakjes: ${longMonth(previousMonth)}. De PDF in de bijlage bevat dezelfde cijfers.\n\n` +
    `${sections}\n\n` +
    `Gemeten op ${summary.measuredAt} (tijdzone ${summary.timeZone}): termijnen die toen nog liepen, tellen als lopend.\n`
  );
}
