/**
 * Issue 21: a mail left in triage is a complaint whose clock may already run (R9 counts from its receipt),
 * so one that waits longer than MAILBOX_TRIAGE_WORKING_DAYS is a notice to the manager, once per mail.
 * "Now" is the poller workflow's clock, as every deadline of the procedure is. The notice goes out before
 * the register notes it: a crash in between sends it twice rather than never.
 */
import { endOfLocalDay, localDate } from '../../domain/calendar';
import type { WorkingCalendar } from '../../domain/working-calendar';
import { addWorkingDays } from '../../domain/working-days';
import type { Database } from '../../infra/database';
import { formatMoment } from '../format';
import type { Mailer } from '../mailer';
import { triageLateNotice } from '../templates/staff-notices';

export interface LateTriageDeps {
  db: Database;
  mailer: Mailer;
  managerEmail: string;
  publicUrl: string;
  timeZone: string;
  calendar: WorkingCalendar;
  triageWorkingDays: number;
}

// A round tells of this many at most; the next round goes on.
const BATCH = 100;

/** The moment a mail received at `receivedAt` has waited too long: the end of its last allowed working day. */
export function triageDue(receivedAt: Date, deps: Pick<LateTriageDeps, 'timeZone' | 'calendar' | 'triageWorkingDays'>) {
  const day = localDate(receivedAt.toISOString(), deps.timeZone);
  return new Date(endOfLocalDay(addWorkingDays(day, deps.triageWorkingDays, deps.calendar), deps.timeZone));
}

export async function noticeLateTriage(deps: LateTriageDeps, now: Date): Promise<number> {
  const waiting = await deps.db.incomingMail.findMany({
    where: { status: 'triage', lateNoticeAt: null },
    orderBy: { receivedAt: 'asc' },
    select: { id: true, receivedAt: true },
    take: BATCH,
  });
  let told = 0;
  for (const mail of waiting) {
    // Oldest first: once one is not late yet, none after it is.
    if (now.getTime() < triageDue(mail.receivedAt, deps).getTime()) break;
    const text = triageLateNotice({
      received: formatMoment(mail.receivedAt.toISOString(), deps.timeZone),
      workingDays: deps.triageWorkingDays,
      link: `${deps.publicUrl}/app/mailbox/${mail.id}`,
    });
    await deps.mailer.send({
      to: deps.managerEmail,
      subject: text.subject,
      text: text.body,
      messageId: `<mailbox-late-${mail.id}@klachtenregister>`,
    });
    await deps.db.incomingMail.update({ where: { id: mail.id }, data: { lateNoticeAt: now } });
    told += 1;
  }
  return told;
}
