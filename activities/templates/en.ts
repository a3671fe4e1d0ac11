import type { ComplainantTexts, LetterContext } from './texts';

const greeting = (c: LetterContext) => `Dear ${c.name},`;
const closing = (c: LetterContext) =>
  `Kind regards,\n\n${c.organisation}\n\nPlease quote reference ${c.reference} whenever you contact us about this complaint.`;

export const en: ComplainantTexts = {
  acknowledgement: (c, a) => ({
    subject: `Acknowledgement of your complaint (${c.reference})`,
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
};
