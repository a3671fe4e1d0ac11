/**
 * The complaint workflow's activities: all its I/O. A factory receives the dependencies, so the
 * worker passes real ones and tests pass a real database file and a local SMTP server. The workflow
 * names complaints by reference only; who the complainant is and where they live is read from the
 * register here, at the moment of sending, so a corrected address reaches the next message.
 */
import type { MailboxActivities } from '../domain/mailbox';
import type { WorkingCalendar } from '../domain/working-calendar';
import type { ComplaintActivities } from '../domain/notifications';
import type { OrganisationContact } from '../domain/organisation-contact';
import type { PrivacyActivities } from '../domain/privacy';
import type { ReportActivities } from '../domain/reports';
import type { Config } from '../infra/config';
import { writeTogether, type Database } from '../infra/database';
import type { Keyring } from '../infra/keyring';
import { complainantLetter } from './complainant-letter';
import { noticeLateTriage } from './mailbox/late-triage';
import { mailNotice } from './mailbox/mail-notice';
import { heartbeating } from './mailbox/heartbeat';
import { takeInMail } from './mailbox/take-in';
import { waitForMail } from './mailbox/wait-for-mail';
import { addresseeOf, letterSubjectOf } from './complainant-message';
import { deliver } from './deliver';
import { createReportActivities } from './monthly-report';
import { createWhatIfActivities } from './what-if';
import type { ProcedureTerms } from '../domain/terms';
import type { WhatIfActivities } from '../domain/what-if-run';
import { createPrivacyActivities } from './retention';
import { attachmentStore, type AttachmentStore } from '../infra/attachment-store';
import { eventStatements } from './register-projection';
import { formatDate, formatMoment } from './format';
import type { Mailer } from './mailer';
import { staffRecipient } from './staff-recipient';
import { statusLinkOf } from './status-link';
import { staffNotice } from './templates/staff-notices';

export interface ActivityDeps {
  db: Database;
  mailer: Mailer;
  /** To open the sealed status link that every message to the complainant carries, when it is sent. */
  keys: Keyring;
  organisationName: string;
  /** How complainants reach the organisation: under its name in every letter and e-mail to them. */
  organisationContact: OrganisationContact;
  timeZone: string;
  staffEmail: string;
  managerEmail: string;
  /** Base URL of the staff pages, for links in notices. */
  publicUrl: string;
  /** R6: who gets the monthly report; absent: the manager's address. */
  reportRecipients?: string[];
  /** Attachments' files: sent with an e-mail to the complainant, removed by anonymisation. */
  attachments: AttachmentStore;
  /** Issue 22: the what-if's baseline (today's terms) and the workflow bundle its replay runs. */
  whatIf?: { terms: ProcedureTerms; bundlePath?: string };
  /** Issue 21: the mailbox read for replies and new complaints; absent: none is read. */
  mailbox?: {
    url: string;
    maxBytes: number;
    triageWorkingDays: number;
    calendar: WorkingCalendar;
    /** A reply's files are kept with its complaint within the limits of uploads (ATTACHMENT_MAX_*). */
    attachmentLimits: { maxBytes: number; maxFiles: number };
  };
}

/** The activities' dependencies as configuration gives them. */
export function activityDeps(config: Config, db: Database, mailer: Mailer, keys: Keyring): ActivityDeps {
  return {
    db,
    mailer,
    keys,
    organisationName: config.organisationName,
    organisationContact: config.organisationContact,
    timeZone: config.terms.timeZone,
    staffEmail: config.mail.staff,
    managerEmail: config.mail.manager,
    publicUrl: config.publicUrl,
    reportRecipients: config.monthlyReport.recipients,
    attachments: attachmentStore(config.attachments.dir, keys),
    whatIf: { terms: config.terms, bundlePath: config.worker.bundlePath },
    ...(config.mailbox
      ? {
          mailbox: {
            url: config.mailbox.url,
            maxBytes: config.mailbox.maxBytes,
            triageWorkingDays: config.mailbox.triageWorkingDays,
            calendar: config.terms.calendar,
            attachmentLimits: { maxBytes: config.attachments.maxBytes, maxFiles: config.attachments.maxFiles },
          },
        }
      : {}),
  };
}

/** Every activity the worker runs: the complaint workflow's, the monthly report's, the retention sweep's, the mailbox's. */
export type Activities = ComplaintActivities &
  ReportActivities &
  PrivacyActivities &
  MailboxActivities &
  WhatIfActivities;

export function createActivities(deps: ActivityDeps): Activities {
  return {
    ...complaintActivities(deps),
    ...createReportActivities({
      db: deps.db,
      mailer: deps.mailer,
      organisationName: deps.organisationName,
      timeZone: deps.timeZone,
      recipients: deps.reportRecipients ?? [deps.managerEmail],
    }),
    ...createPrivacyActivities({ db: deps.db, attachments: deps.attachments }),
    ...mailboxActivities(deps),
    ...whatIfActivities(deps),
  };
}

/** Issue 22: without a baseline (a worker made for one purpose) a what-if cannot run, and says so. */
function whatIfActivities(deps: ActivityDeps): WhatIfActivities {
  const w = deps.whatIf;
  if (!w) {
    return {
      runWhatIf: () => Promise.reject(new Error('this worker was started without the terms a what-if needs')),
    };
  }
  const workflowBundle = w.bundlePath ? { codePath: w.bundlePath } : undefined;
  return createWhatIfActivities({ db: deps.db, terms: w.terms, workflowBundle });
}

/** Issue 21: the mailbox's round; a reply that joins its complaint is noticed to staff. */
function mailboxActivities(deps: ActivityDeps): MailboxActivities {
  const { db, mailbox } = deps;
  const noticeDeps = {
    db,
    mailer: deps.mailer,
    addresses: { staff: deps.staffEmail, manager: deps.managerEmail },
    publicUrl: deps.publicUrl,
    timeZone: deps.timeZone,
  };
  const onReply = mailNotice(noticeDeps, 'reply_received');
  const onBounce = mailNotice(noticeDeps, 'message_bounced');
  return {
    // With no mailbox configured there is nothing to read: a poller left running from before finds nothing.
    takeInMail: (input) =>
      heartbeating(async () => {
        if (!mailbox) return { taken: 0, matched: 0, bounced: 0 };
        // First: a mailbox server that is down must not keep the manager from hearing of mail left waiting.
        const late = await noticeLateTriage(
          { ...noticeDeps, managerEmail: deps.managerEmail, ...mailbox },
          input?.now ? new Date(input.now) : new Date(),
        );
        const files = { db, store: deps.attachments, limits: mailbox.attachmentLimits };
        return { ...(await takeInMail({ db, ...mailbox, onReply, onBounce, files })), late };
      }),
    // With no mailbox there is nothing to wait for: the poller keeps its timer.
    waitForMail: ({ seconds }) =>
      heartbeating(async (context) =>
        mailbox ? waitForMail({ db, url: mailbox.url, cancelled: context?.cancelled }, seconds) : 'unavailable',
      ),
  };
}

function complaintActivities(deps: ActivityDeps): ComplaintActivities {
  const { db, mailer } = deps;
  const complaint = (reference: string) => db.complaint.findUniqueOrThrow({ where: { reference } });
  type Row = Awaited<ReturnType<typeof complaint>>;

  const sender = { organisation: deps.organisationName, contact: deps.organisationContact };
  const sending = (c: Row) => ({
    statusUrl: statusLinkOf(deps.publicUrl, deps.keys, c.statusTokenSealed),
    files: deps.attachments,
  });

  return {
    async sendToComplainant(message) {
      const c = await complaint(message.reference);
      // Erased on request while a message was still on its way: there is no one left to send it to.
      if (c.anonymisedAt) return { channel: message.channel ?? 'email' };
      const letter = complainantLetter(message, letterSubjectOf(c), sender, deps.timeZone);
      const { channel, recipient } = addresseeOf(c, message.channel);
      await deliver(
        db,
        mailer,
        {
          key: message.key,
          reference: message.reference,
          purpose: message.purpose,
          channel,
          recipient,
          subject: letter.subject,
          body: letter.body,
          postBy: channel === 'letter' && message.postBy ? new Date(message.postBy) : undefined,
        },
        sending(c),
      );
      return { channel };
    },

    async resendToComplainant({ messageId, key }) {
      const original = await db.message.findUniqueOrThrow({ where: { id: messageId } });
      const c = await complaint(original.reference);
      if (c.anonymisedAt) return { channel: original.channel as 'email' | 'letter' };
      const { channel, recipient } = addresseeOf(c);
      const { reference, purpose, subject, body } = original;
      // The first attempt stays on record, marked as replaced by this one before it goes out: a second
      // resend asked for once the new message has arrived finds nothing failed to send again. If this
      // one fails too, it is on record as failed itself, and can be sent again in turn.
      await db.message.updateMany({
        where: { id: messageId, status: { in: ['pending', 'failed'] } },
        data: { status: 'resent' },
      });
      // The kept body has words where the link goes: the working link is put in again now.
      await deliver(db, mailer, { key, reference, purpose, channel, recipient, subject, body }, sending(c));
      return { channel };
    },

    async notifyStaff(notice) {
      const c = await complaint(notice.reference);
      const letter = notice.messageKey
        ? await db.message.findUnique({ where: { key: notice.messageKey }, select: { id: true } })
        : null;
      // A person opens the complaint's page in the web app (signing in first if need be); a letter, its PDF.
      const link = letter
        ? `${deps.publicUrl}/api/complaints/${notice.reference}/messages/${letter.id}/letter.pdf`
        : `${deps.publicUrl}/app/complaints/${notice.reference}`;
      const text = staffNotice(notice.purpose, {
        reference: notice.reference,
        complaintSubject: c.subject,
        due: notice.dueDay ? formatDate(notice.dueDay, 'nl') : formatMoment(notice.due, deps.timeZone),
        link,
      });
      await deliver(db, mailer, {
        key: notice.key,
        reference: notice.reference,
        purpose: notice.purpose,
        channel: 'email',
        recipient: await staffRecipient(db, notice, { staff: deps.staffEmail, manager: deps.managerEmail }),
        subject: text.subject,
        body: text.body,
      });
    },

    async recordEvent(event) {
      await writeTogether(db, eventStatements(event));
    },

    async isLetterPosted(messageKey) {
      const message = await db.message.findUnique({ where: { key: messageKey }, select: { status: true } });
      return message?.status === 'posted';
    },
  };
}
