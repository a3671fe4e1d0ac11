/**
 * The complaint workflow's activities: all its I/O. A factory receives the dependencies, so the
 * worker passes real ones and tests pass a real database file and a local SMTP server.
 */
import type { ComplaintActivities } from '../domain/notifications';
import type { Config } from '../infra/config';
import type { Database } from '../infra/database';
import { complainantLetter } from './complainant-letter';
import { deliver } from './deliver';
import { formatMoment } from './format';
import type { Mailer } from './mailer';
import { staffNotice } from './templates/staff-notices';

export interface ActivityDeps {
  db: Database;
  mailer: Mailer;
  organisationName: string;
  timeZone: string;
  staffEmail: string;
  managerEmail: string;
  /** Base URL of the staff pages, for links in notices. */
  publicUrl: string;
}

/** The activities' dependencies as configuration gives them. */
export function activityDeps(config: Config, db: Database, mailer: Mailer): ActivityDeps {
  return {
    db,
    mailer,
    organisationName: config.organisationName,
    timeZone: config.terms.timeZone,
    staffEmail: config.mail.staff,
    managerEmail: config.mail.manager,
    publicUrl: config.publicUrl,
  };
}

export function createActivities(deps: ActivityDeps): ComplaintActivities {
  const { db, mailer } = deps;
  return {
    async sendToComplainant(message) {
      const letter = complainantLetter(message, deps.organisationName, deps.timeZone);
      const byEmail = message.channel === 'email' && message.complainant.email;
      await deliver(db, mailer, {
        key: message.key,
        reference: message.reference,
        purpose: message.purpose,
        channel: byEmail ? 'email' : 'letter',
        // A letter's recipient is what goes on the envelope.
        recipient: byEmail
          ? message.complainant.email!
          : [message.complainant.name, message.complainant.address].filter(Boolean).join('\n'),
        subject: letter.subject,
        body: letter.body,
      });
    },

    async notifyStaff(notice) {
      const text = staffNotice(notice.purpose, {
        reference: notice.reference,
        complaintSubject: notice.complaintSubject,
        due: formatMoment(notice.due, deps.timeZone),
        link: `${deps.publicUrl}/api/complaints/${notice.reference}`,
      });
      // A handler named by e-mail address gets their reminders; otherwise the shared complaints desk.
      const handlerAddress = notice.handler?.includes('@') ? notice.handler : deps.staffEmail;
      await deliver(db, mailer, {
        key: notice.key,
        reference: notice.reference,
        purpose: notice.purpose,
        channel: 'email',
        recipient: notice.to === 'manager' ? deps.managerEmail : handlerAddress,
        subject: text.subject,
        body: text.body,
      });
    },

    async recordEvent(event) {
      const detail = JSON.stringify(event.detail);
      await db.$transaction([
        db.complaintEvent.upsert({
          where: { key: event.key },
          create: { key: event.key, reference: event.reference, actor: event.actor, action: event.action, detail },
          update: {},
        }),
        db.complaint.update({
          where: { reference: event.reference },
          data: {
            status: event.status,
            nextDeadlineAt: event.nextDeadlineAt ? new Date(event.nextDeadlineAt) : null,
            handler: event.handler,
          },
        }),
      ]);
    },
  };
}
