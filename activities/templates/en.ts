import type { ComplainantTexts, LetterContext, NextInWords } from './texts';

const greeting = (c: LetterContext) => `Dear ${c.name},`;
// The organisation's name with how to reach it: every letter and e-mail says where to turn (R5).
const signature = (c: LetterContext) => [c.organisation, ...c.contact].join('\n');
const closing = (c: LetterContext) =>
  [
    c.statusUrl ? `You can always see where your complaint stands through your personal link:\n${c.statusUrl}` : '',
    `Kind regards,\n\n${signature(c)}`,
    `Please quote reference ${c.reference} whenever you contact us about this complaint.`,
  ]
    .filter(Boolean)
    .join('\n\n');

const NEXT: Record<NextInWords['step'], (n: NextInWords) => string> = {
  reply: (n) =>
    `A member of staff will look into your complaint carefully. You will receive our reply by ${n.by} at the latest. Should that not be possible, we will tell you before that date how and when we will reply.`,
  call_back: (n) => `We will call you back by ${n.by}.`,
  close: () =>
    'You have already received our answer during our conversation. Would you like us to confirm it in writing? Then please let us know.',
  none: () => 'We will keep you informed.',
};

export const en: ComplainantTexts = {
  contactLabels: { phone: 'Phone', email: 'E-mail', website: 'Website' },

  receipt: (c, a) => ({
    subject: `We have received your complaint (${c.reference})`,
    body: [
      greeting(c),
      `On ${c.receivedOn} we received your complaint about "${c.complaintSubject}". Thank you for letting us know. Your complaint has been registered under reference ${c.reference}.`,
      NEXT[a.next.step](a.next),
      closing(c),
    ].join('\n\n'),
  }),

  lateReceipt: (c, a) => ({
    subject: `We have received your complaint (${c.reference})`,
    body: [
      greeting(c),
      `On ${c.receivedOn} we received your complaint about "${c.complaintSubject}". Thank you for letting us know. Your complaint has been registered under reference ${c.reference}.`,
      `We are sorry that you hear from us only now: we took your complaint into handling later than we want to. Our apologies for that.`,
      `A member of staff will look into your complaint carefully. You will receive our official reply by ${a.expectedBy} at the latest. Should that not be possible, we will let you know before that date.`,
      closing(c),
    ].join('\n\n'),
  }),

  acknowledgement: (c, a) => ({
    subject: `Our reply to your complaint will follow later (${c.reference})`,
    body: [
      greeting(c),
      `On ${c.receivedOn} we received your complaint about "${c.complaintSubject}". Thank you for taking the trouble to let us know. Your complaint has been registered under reference ${c.reference}.`,
      a.way
        ? `We cannot give you a full answer straight away. This is how we will handle your complaint: ${a.way}`
        : `We cannot give you a full answer straight away. A member of staff is looking into your complaint carefully and will contact you if needed.`,
      `You will receive our official reply by ${a.expectedBy} at the latest. Should that not be possible, we will let you know before that date.`,
      closing(c),
    ].join('\n\n'),
  }),

  newDate: (c, a) => ({
    subject: `New date for our reply to your complaint (${c.reference})`,
    body: [
      greeting(c),
      a.later
        ? `We told you that you would receive our reply to your complaint about "${c.complaintSubject}" by ${a.previousExpectedBy}. It will take longer than that, and we apologise.`
        : `We told you that you would receive our reply to your complaint about "${c.complaintSubject}" by ${a.previousExpectedBy}. We can reply sooner than that.`,
      a.way ? `This is how we will handle your complaint further: ${a.way}` : '',
      `You will receive our official reply by ${a.expectedBy} at the latest.`,
      closing(c),
    ]
      .filter(Boolean)
      .join('\n\n'),
  }),

  writtenConfirmation: (c, a) => ({
    subject: `Written confirmation of our answer to your complaint (${c.reference})`,
    body: [
      greeting(c),
      `As agreed, we confirm in writing the answer we gave you orally on ${a.answeredOn} to your complaint about "${c.complaintSubject}":`,
      a.answer,
      `If you have any questions, or do not agree with this answer, please do get in touch.`,
      closing(c),
    ].join('\n\n'),
  }),

  progress: (c, a) => ({
    subject: `Progress of your complaint (${c.reference})`,
    body: [
      greeting(c),
      `We promised you a reply to your complaint about "${c.complaintSubject}" by ${a.expectedBy}. We have not managed that, and we apologise.`,
      `Your complaint has now been put before a manager, who will make sure you receive an answer as soon as possible and will keep you informed personally.`,
      closing(c),
    ].join('\n\n'),
  }),

  reply: (c, a) => ({
    subject: `Our reply to your complaint (${c.reference})`,
    body: [greeting(c), a.text, closing(c)].join('\n\n'),
  }),

  reopened: (c, a) => ({
    subject: `Your complaint is being handled again (${c.reference})`,
    body: [
      greeting(c),
      `You let us know that you do not agree with how your complaint about "${c.complaintSubject}" was dealt with. Thank you for that. We have taken your complaint into handling again.`,
      `You will receive our reply by ${a.expectedBy} at the latest.`,
      closing(c),
    ].join('\n\n'),
  }),

  interim: (c, a) => ({
    subject: a.subject ? `${a.subject} (${c.reference})` : `About your complaint (${c.reference})`,
    body: [greeting(c), a.text, closing(c)].join('\n\n'),
  }),

  closed: (c, a) => ({
    subject: `Your complaint has been dealt with (${c.reference})`,
    body: [
      greeting(c),
      `We have closed the handling of your complaint about "${c.complaintSubject}". Thank you for telling us what went wrong.`,
      ...(a.replyByPost
        ? ['We have sent you our answer by post. If it has not reached you yet, it will within a few days.']
        : []),
      c.statusUrl
        ? `Are you satisfied with how we dealt with your complaint? We would like to hear it. You can tell us through your personal link, where you also find everything we sent you:\n${c.statusUrl}`
        : 'Are you satisfied with how we dealt with your complaint? We would like to hear it.',
      'Do you disagree with the outcome? Then please let us know, and we will take your complaint into handling again.',
      closing({ ...c, statusUrl: undefined }),
    ].join('\n\n'),
  }),

  statusLink: (c) => ({
    subject: `Your personal link to your complaint (${c.reference})`,
    body: [
      greeting(c),
      `You asked us for the link with which you can follow your complaint about "${c.complaintSubject}". If you did not ask for it, there is nothing you need to do: the link was sent to you only.`,
      closing(c),
    ].join('\n\n'),
  }),
};
