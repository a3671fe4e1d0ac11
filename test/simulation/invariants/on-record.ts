/**
 * Every step is in the register: each intake with its registration and the start of its procedure,
 * each staff action that answered 200 as its event (by the same account, at the same moment), each
 * acknowledgement with its message, and each mail the SMTP server received as a message row marked
 * sent — and each row marked sent as a mail that arrived.
 */
import { ACCOUNTS } from '../../support/harness';
import { EVENT_OF, recordedActions } from '../journal';
import { keyOfMail } from '../observe';
import { perLife } from './violation';

const iso = (ms: number | undefined) => (ms === undefined ? '?' : new Date(ms).toISOString());
const recipientOf = (to: unknown) =>
  ((Array.isArray(to) ? to[0] : to) as { value?: { address?: string }[] } | undefined)?.value?.[0]?.address;

export const everyStepOnRecord = perLife((r) => {
  if (!r.reference) return [];
  const problems: string[] = [];
  for (const action of ['registered', 'procedure_started']) {
    if (!r.events.some((e) => e.action === action)) problems.push(`no ${action} event`);
  }

  const actions = recordedActions(r.journal);
  const staffEvents = r.events.filter((e) => e.actor !== 'system' && e.action !== 'registered');
  for (let i = 0; i < Math.max(actions.length, staffEvents.length); i++) {
    const a = actions[i];
    const e = staffEvents[i];
    if (!e) problems.push(`${a.what} at ${iso(a.at)} answered 200 but is not on record`);
    else if (!a) problems.push(`event ${e.key} (${e.action} by ${e.actor}) without an accepted action`);
    else if (
      EVENT_OF[a.what] !== e.action ||
      ACCOUNTS[a.role] !== e.actor ||
      !(e.at! >= a.at && e.at! <= a.answeredAt)
    ) {
      problems.push(
        `${a.what} by ${ACCOUNTS[a.role]} at ${iso(a.at)} is on record as ${e.action} by ${e.actor} at ${iso(e.at)}`,
      );
    }
  }

  const rows = new Map(r.messages.map((m) => [m.key, m]));
  r.events
    .filter((e) => e.action === 'acknowledged')
    .forEach((e, i) => {
      if (!rows.has(`${r.reference}/acknowledgement-${i + 1}`))
        problems.push(`${e.key} has no acknowledgement message`);
    });

  const arrived = new Map<string, number>();
  for (const mail of r.mails) {
    const key = keyOfMail(mail)!;
    arrived.set(key, (arrived.get(key) ?? 0) + 1);
    const row = rows.get(key);
    if (!row) problems.push(`mail ${key} arrived without a message row`);
    else if (row.status !== 'sent') problems.push(`mail ${key} arrived, its row says ${row.status}`);
    else if (row.subject !== mail.subject || row.recipient !== recipientOf(mail.to)) {
      problems.push(`mail ${key} went to ${recipientOf(mail.to)} as "${mail.subject}", its row says otherwise`);
    }
  }
  for (const row of r.messages) {
    if (row.status === 'sent' && !arrived.has(row.key)) problems.push(`${row.key} is marked sent but never arrived`);
  }
  return problems;
});
