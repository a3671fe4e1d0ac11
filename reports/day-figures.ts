/**
 * Everything the report counts about one day (days.ts), as the database computes it for many days at
 * once: the complaints received that day (volume, terms, days to reply, which are still open), the promises made that day, the
 * satisfaction answers given and the corrective actions recorded at closing that day. None of it depends
 * on the moment of measuring (a term still open keeps the moment it ends), so a finished day's figures can
 * be kept (kept-days.ts) until a write touches one of its complaints.
 */
import { backlogOfDays, type DayBacklog } from './backlog';
import { correctiveActionsOfDays } from './corrective-actions';
import type { DaysQuery } from './days';
import { promisesOfDays, type DayPromises } from './promises';
import { replyTimesOfDays, type DayReplyTimes } from './reply-time';
import { satisfactionOfDays, type DaySatisfaction } from './satisfaction';
import { termsOfDays, type DayTerms } from './timeliness';
import { volumeOfDays, type DayVolume } from './volume';

export interface DayFigures {
  volume: DayVolume;
  terms: DayTerms;
  promises: DayPromises;
  replyTimes: DayReplyTimes;
  satisfaction: DaySatisfaction;
  correctiveActions: number;
  backlog: DayBacklog;
}

/** The figures of q's days, in their order. */
export async function computeDays(q: DaysQuery): Promise<DayFigures[]> {
  const [volume, terms, promised, replyTimes, satisfied, repaired, open] = await Promise.all([
    volumeOfDays(q),
    termsOfDays(q),
    promisesOfDays(q),
    replyTimesOfDays(q),
    satisfactionOfDays(q),
    correctiveActionsOfDays(q),
    backlogOfDays(q),
  ]);
  return q.days.map((_, i) => ({
    volume: volume[i],
    terms: terms[i],
    promises: promised[i],
    replyTimes: replyTimes[i],
    satisfaction: satisfied[i],
    correctiveActions: repaired[i],
    backlog: open[i],
  }));
}
