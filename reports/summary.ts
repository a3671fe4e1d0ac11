/**
 * R6: what complaints teach, for a period and for the period of equal length before it — volume,
 * timeliness, the open backlog, corrective actions and satisfaction. Every figure is an aggregate the
 * database computes per day (one small module per concept, day-figures.ts), added up over the period's
 * days; finished days are kept (kept-days.ts). The most recent corrective actions, and what the days cannot
 * know of the backlog now, are read at each request. The API, the charts, the CSV and the monthly report all read this one summary, so they
 * never disagree.
 */
import { localDate } from '../domain/calendar';
import { previousPeriod, type ReportPeriod } from '../domain/report-period';
import type { Database } from '../infra/database';
import { backlog, type Backlog } from './backlog';
import { recentCorrectiveActions, type CorrectiveActions } from './corrective-actions';
import type { DayFigures } from './day-figures';
import { daysOf } from './days';
import { dialectOf } from './dialect';
import { figuresOfDays } from './kept-days';
import { foldPromises, type Promises } from './promises';
import { foldReplyTimes, type ReplyTime } from './reply-time';
import { foldSatisfaction, type Satisfaction } from './satisfaction';
import { scopeOf, type ReportScope } from './scope';
import { foldTerms, type Outcomes } from './timeliness';
import { foldVolume, type Volume } from './volume';

export interface Timeliness {
  /** R9/R3: replied to or acknowledged before the reply term ended. */
  reply: Outcomes;
  /** R3/R10: the acknowledgement went out (e-mail sent, letter posted) before the reply term ended. */
  acknowledgement: Outcomes;
  /** R10/R4: promised dates. */
  promises: Promises;
  /** R7: called back before the callback was due. */
  callback: Outcomes;
  /** R9: days from receipt to reply. */
  replyDays: ReplyTime;
  /** R3/R9: the reply term had ended before the complaint was entered. */
  termMissedAtEntry: number;
}

export interface Figures {
  period: ReportPeriod;
  volume: Volume;
  timeliness: Timeliness;
  backlog: Backlog;
  correctiveActions: CorrectiveActions;
  satisfaction: Satisfaction;
}

export interface Summary {
  /** When it was computed: terms not ended by then count as pending. */
  measuredAt: string;
  timeZone: string;
  current: Figures;
  previous: Figures;
}

type Day = { day: string; figures: DayFigures };

/** The figures of `s`'s period from `days`: every day from the register's first to at least the period's last. */
async function figuresOf(s: ReportScope, days: Day[]): Promise<Figures> {
  const inPeriod = days.filter((d) => d.day >= s.period.from && d.day <= s.period.to);
  const [open, recent] = await Promise.all([
    backlog(
      s,
      days.map((d) => ({ day: d.day, backlog: d.figures.backlog })),
    ),
    recentCorrectiveActions(s),
  ]);
  const terms = foldTerms(
    inPeriod.map((d) => d.figures.terms),
    s.now,
  );
  return {
    period: s.period,
    volume: foldVolume(
      inPeriod.map((d) => ({ day: d.day, volume: d.figures.volume })),
      s.months.map((m) => m.month),
    ),
    timeliness: {
      reply: terms.reply,
      acknowledgement: terms.acknowledgement,
      promises: foldPromises(inPeriod.map((d) => d.figures.promises)),
      callback: terms.callback,
      replyDays: foldReplyTimes(inPeriod.map((d) => d.figures.replyTimes)),
      termMissedAtEntry: terms.termMissed,
    },
    backlog: open,
    correctiveActions: { count: inPeriod.reduce((sum, d) => sum + d.figures.correctiveActions, 0), recent },
    satisfaction: foldSatisfaction(inPeriod.map((d) => d.figures.satisfaction)),
  };
}

/** The local day of the register's first complaint; undefined while it has none. */
async function firstDay(db: Database, zone: string): Promise<string | undefined> {
  const first = await db.complaint.findFirst({ orderBy: { receivedAt: 'asc' }, select: { receivedAt: true } });
  return first ? localDate(first.receivedAt.toISOString(), zone) : undefined;
}

export async function reportSummary(db: Database, period: ReportPeriod, zone: string, now: Date): Promise<Summary> {
  const before = previousPeriod(period);
  // Both periods' days (the period before ends the day before this one begins), and for the backlog every
  // day of receipt before them.
  const first = await firstDay(db, zone);
  const days = daysOf({ from: first && first < before.from ? first : before.from, to: period.to }, zone);
  const figures = await figuresOfDays({ db, dialect: dialectOf(db), zone, now }, days);
  const all = days.map((d, i) => ({ day: d.day, figures: figures[i] }));
  const [current, previous] = await Promise.all([
    figuresOf(scopeOf(db, period, zone, now), all),
    figuresOf(scopeOf(db, before, zone, now), all),
  ]);
  return { measuredAt: now.toISOString(), timeZone: zone, current, previous };
}
