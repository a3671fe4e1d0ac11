/**
 * R4: letters the product prepares reach the complainant only when staff print and post them. Each
 * gets a posting day — within the posting time, and early enough to arrive before its deadline — a
 * notice to the desk, and one reminder when it was not marked posted by then.
 */
import { addDays, endOfLocalDay, lastDayBefore, shiftIso } from '../domain/calendar';
import { atOrAfterWorkingDay, atOrBeforeWorkingDay, isWorkingDay } from '../domain/working-days';
import { NOTICE } from '../domain/explain';
import type { ProcedureTerms } from '../domain/terms';
import { register } from './activities';
import { lastPostingDayInTime } from './state';
import { isPast, now, sleepUntil } from './clock';
import { patched } from './patches';
import type { RegisterEvent, StaffNotice, StaffNoticePurpose } from '../domain/notifications';

/**
 * The day a letter must be posted (people are told the day; the deadline is its end); today when late.
 * `oldRules`: the complaint started before letters were kept in their term (workflows/state.ts).
 */
export function postingDay(terms: ProcedureTerms, today: string, arriveBy?: string, oldRules = false): string {
  const soon = shiftIso(now(), terms.letterPostingMs);
  const latest = arriveBy && shiftIso(arriveBy, -terms.postalDeliveryMs);
  const byArrival = !!latest && latest < soon;
  const lastInTime = arriveBy ? lastDayInTime(arriveBy, byArrival, oldRules, terms) : undefined;
  let day = lastDayBefore(soon, terms.timeZone);
  if (byArrival) day = lastInTime! < today ? today : lastInTime!;
  if (isPast(byArrival ? latest : soon)) day = today;
  // Issue 19: no desk posts on a Saturday, Sunday or holiday. Complaints started before this kept theirs.
  if (isWorkingDay(day, terms.calendar) || !patched('posting-on-working-days')) return day;
  return openPostingDay(day, today, lastInTime, terms);
}

/**
 * The last day a letter can be posted on and still arrive by `arriveBy` (workflows/state.ts). Complaints
 * started before letters were kept in their term took the day the delivery time began in, and held to it
 * only a letter that was short of posting time.
 */
function lastDayInTime(arriveBy: string, byArrival: boolean, oldRules: boolean, terms: ProcedureTerms) {
  if (!oldRules) return lastPostingDayInTime(arriveBy, terms);
  return byArrival ? lastDayBefore(shiftIso(arriveBy, -terms.postalDeliveryMs), terms.timeZone) : undefined;
}

/**
 * A closed posting day moved to an open one: the next working day, unless that is too late for a letter
 * that must arrive by a date — then the working day before, so that it still arrives in time (never
 * before today).
 */
function openPostingDay(day: string, today: string, lastInTime: string | undefined, terms: ProcedureTerms): string {
  const next = atOrAfterWorkingDay(day, terms.calendar);
  if (lastInTime === undefined || next <= lastInTime) return next;
  const before = atOrBeforeWorkingDay(addDays(day, -1), terms.calendar);
  return before >= today ? before : next;
}

/** What watching a letter needs of the procedure: its terms, and to notify staff and record a step. */
export interface PostingDesk {
  terms: ProcedureTerms;
  toStaff(
    purpose: StaffNoticePurpose,
    name: string,
    due: string,
    extra: Pick<StaffNotice, 'dueDay' | 'messageKey'>,
  ): StaffNotice;
  sendNotice(notice: StaffNotice): Promise<void>;
  record(action: RegisterEvent['action'], actor: string, detail: Record<string, unknown>): Promise<void>;
}

/** Tells the desk to post the letter by its day, and reminds once if it was not marked posted. */
export async function watchPosting(p: PostingDesk, messageKey: string, postDay: string): Promise<void> {
  const postBy = endOfLocalDay(postDay, p.terms.timeZone);
  const notice = (purpose: StaffNoticePurpose, suffix: string) =>
    p.toStaff(purpose, `${messageKey.split('/').at(-1)}/${suffix}`, postBy, { dueDay: postDay, messageKey });
  await p.sendNotice(notice('letter_to_post', 'to-post'));
  await sleepUntil(postBy, NOTICE.letter_to_post);
  if (await register.isLetterPosted(messageKey)) return;
  await p.sendNotice(notice('letter_not_posted', 'not-posted'));
  await p.record('letter_not_posted', 'system', { message: messageKey, postBy });
}
