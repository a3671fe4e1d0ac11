/**
 * R6: what complaints teach, for a period and for the period of equal length before it — volume,
 * timeliness, the open backlog, corrective actions and satisfaction. Every figure is an aggregate the
 * database computes (one small module per concept); the API, the charts, the CSV and the monthly report
 * all read this one summary, so they never disagree.
 */
import { previousPeriod, type ReportPeriod } from '../domain/report-period';
import type { Database } from '../infra/database';
import { backlog, type Backlog } from './backlog';
import { correctiveActions, type CorrectiveActions } from './corrective-actions';
import { promises, type Promises } from './promises';
import { replyTime, type ReplyTime } from './reply-time';
import { satisfaction, type Satisfaction } from './satisfaction';
import { scopeOf, type ReportScope } from './scope';
import { termOutcomes, type Outcomes } from './timeliness';
import { volume, type Volume } from './volume';

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

async function figuresOf(s: ReportScope): Promise<Figures> {
  const [v, terms, promised, replyDays, open, repaired, satisfied] = await Promise.all([
    volume(s),
    termOutcomes(s),
    promises(s),
    replyTime(s),
    backlog(s),
    correctiveActions(s),
    satisfaction(s),
  ]);
  return {
    period: s.period,
    volume: v,
    timeliness: {
      reply: terms.reply,
      acknowledgement: terms.acknowledgement,
      promises: promised,
      callback: terms.callback,
      replyDays,
      termMissedAtEntry: terms.termMissed,
    },
    backlog: open,
    correctiveActions: repaired,
    satisfaction: satisfied,
  };
}

export async function reportSummary(db: Database, period: ReportPeriod, zone: string, now: Date): Promise<Summary> {
  const [current, previous] = await Promise.all([
    figuresOf(scopeOf(db, period, zone, now)),
    figuresOf(scopeOf(db, previousPeriod(period), zone, now)),
  ]);
  return { measuredAt: now.toISOString(), timeZone: zone, current, previous };
}
