/** Issue 21: the mails to triage (/app/mailbox), in English. */
import type { nlMailbox } from './nl-mailbox';

export const enMailbox: typeof nlMailbox = {
  mailbox: {
    title: 'E-mail to review',
    intro:
      "Mail from the complaints mailbox that belongs to no complaint. A complaint's term runs from the mail's receipt: the oldest is at the top.",
    caption: 'E-mail to review',
    from: 'From',
    subject: 'Subject',
    received: 'Received',
    age: 'Waiting',
    days: (n: number) => (n === 0 ? 'today' : n === 1 ? '1 day' : `${n} days`),
    noSubject: '(no subject)',
    none: 'There is no e-mail to review.',
    open: 'Open',
    mailTitle: (subject: string) => `E-mail: ${subject}`,
    back: 'Back to the list',
    text: "The mail's text",
    files: 'Attachments',
    filesHint:
      'Only PDF, JPEG and PNG files are kept; they join the complaint. Other attachments are still in the mailbox.',
    status: {
      triage: 'To review',
      matched: 'Joined to its complaint (a reply to our mail)',
      attached: 'Joined to a complaint',
      registered: 'Registered as a complaint',
      set_aside: 'Set aside',
      bounce: 'A bounce of a message of ours',
    },
    decidedRef: 'Complaint',
    reason: 'Reason',
    register: 'Register as a written complaint',
    registerIntro: "The details come from the mail; check them. The 14-day term counts from the mail's receipt.",
    name: "Complainant's name",
    email: "Complainant's e-mail address",
    complaintSubject: "The complaint's subject",
    description: 'Description',
    service: 'Service',
    registerSubmit: 'Register the complaint',
    attach: 'Add to an existing complaint',
    attachIntro:
      "The mail becomes a message from the complainant on the complaint's timeline. The terms do not change.",
    reference: "The complaint's reference",
    referenceHint: 'For example KL-2026-00042.',
    attachSubmit: 'Add',
    setAside: 'Set aside: not a complaint',
    setAsideReason: 'Why is this not a complaint?',
    setAsideSubmit: 'Set aside',
    setAsideDone: 'The mail has been set aside.',
    refusals: {
      too_large: 'This mail is too large to take in (MAILBOX_MAX_BYTES). Read it in the mailbox itself.',
      malformed: 'This mail could not be read. Read it in the mailbox itself.',
    },
  },
};
