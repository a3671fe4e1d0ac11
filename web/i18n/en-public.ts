/** The complainant's pages in English (the keys are nl-public.ts's). */
import type { nlPublic } from './nl-public';

export const enPublic: typeof nlPublic = {
  public: {
    header: 'Complaints',
    contact: 'Contact',
    contactText: (organisation) => `Questions about your complaint? Contact ${organisation}.`,
    contactLabels: { phone: 'Phone', email: 'E-mail', website: 'Website' },

    form: {
      title: 'Make a complaint',
      intro: (organisation, days) => `Not satisfied with ${organisation}? Tell us. We reply within ${days} days.`,
      subject: 'What is your complaint about?',
      subjectHint: 'In a few words, for example: waited too long for an appointment.',
      description: 'What happened?',
      descriptionHint: 'Tell us what happened, when, and what you expect from us.',
      service: 'Which department or service is it about?',
      serviceHint: 'If you know.',
      attachments: 'Attachments',
      attachmentsHint: (max, size) => `For instance a letter, a photo or a PDF: at most ${max} files of ${size} each.`,
      about: 'Your details',
      name: 'Your name',
      email: 'Your e-mail address',
      emailHint: 'We send you a confirmation and our reply by e-mail.',
      address: 'Your postal address',
      addressHint: 'Only if you have no e-mail address: then you get our reply by letter.',
      phone: 'Your phone number',
      phoneHint: 'If we may call you.',
      submit: 'Send the complaint',
      privacy: 'We use your details only to handle your complaint.',
      tooMany: (minutes) =>
        `Too many complaints were sent from your internet connection. Try again in ${minutes} minutes, or contact us.`,
      tooManyTitle: 'Try again later',
      sentBefore:
        'This form was sent before, with another text. What you filled in now is below. Send it again if it is a new complaint.',
      expired:
        'This form had expired and has not been sent yet. What you filled in is below. Check it and send it again.',
      filedBefore: 'Made a complaint before and lost the link to it?',
    },

    status: {
      title: 'Your complaint',
      filed: 'We have received your complaint. Keep the link to this page: here you see how your complaint is going.',
      now: 'Where does your complaint stand?',
      next: 'What happens now?',
      reference: 'Reference',
      subject: 'Subject',
      received: 'Received on',
      attachments: 'What you sent with it',
      messages: 'What we sent you',
      none: 'No messages yet.',
      notYet: 'not sent yet',
      byEmail: 'by e-mail',
      byLetter: 'by letter',
      content: 'Read the message',
      question: 'How satisfied are you with how your complaint was handled?',
      scores: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
      comment: 'Comment',
      send: 'Send',
      thanks: 'Thank you for your answer.',
      lost: 'Lost your link? Ask for it again',
    },

    code: {
      title: 'Follow your complaint with the code from our letter',
      intro:
        'Our letter gives the reference of your complaint and a code. Fill them in below to see where your complaint stands.',
      reference: 'Reference of your complaint',
      referenceHint: 'For instance KL-2026-00042.',
      code: 'Code',
      codeHint: '12 characters, for instance ABCD EFGH JKMN. Spaces and small letters are fine.',
      submit: 'To my complaint',
      tooMany: (minutes) => `A wrong code was entered too often. Try again in ${minutes} minutes, or contact us.`,
    },
    lostLink: {
      title: 'Lost the link to your complaint?',
      intro:
        'Enter the reference of your complaint and your e-mail address. If they belong together, we send the link to that e-mail address.',
      reference: 'Reference of your complaint',
      referenceHint: 'It is in our confirmation, for example KL-2026-00042.',
      email: 'Your e-mail address',
      emailHint: 'The e-mail address you gave with your complaint.',
      submit: 'Send me the link',
      requested:
        'If this reference and this e-mail address belong together, we send the link to that e-mail address. Look in your e-mail in a few minutes, also among unwanted e-mail.',
      noEmail: 'Did you give no e-mail address? Then contact us and give the reference.',
      withCode: 'Do you have a letter from us with a code? Then fill it in at',
      byPost: 'No e-mail address? Ask for the code by post',
      byPostIntro:
        'Fill in the reference of your complaint and the postcode of your address. If they belong together, we send you a letter with the short address and your code.',
      postcode: 'Postcode of your address',
      postcodeHint: 'The postcode of the address you gave with your complaint, for instance 7622 AB.',
      byPostSubmit: 'Send me the code by post',
      requestedByPost:
        'If this reference and this postcode belong together, we send you a letter with the short address and your code. It reaches you within a few working days.',
    },

    refused: {
      crossSite: {
        title: 'Form not sent',
        body: (formUrl) =>
          `This form did not come from our own website, so we did nothing with it. Do you want to make a complaint or ask for the link to your complaint? Go to ${formUrl}.`,
      },
      expired: {
        title: 'Form expired',
        body: (formUrl) =>
          `This form had expired. We did nothing with it. Go back, reload the page and send the form again. Or start again at ${formUrl}.`,
      },
    },

    unknownLink: {
      title: 'Unknown link',
      heading: 'We do not know this link to your complaint',
      body: 'Perhaps the link was not copied in full: some e-mail programs break long links. Copy the whole link from our e-mail and try again.',
      contact: (organisation) =>
        `Still not working? Contact ${organisation} and give the reference of your complaint (for example KL-2026-00042).`,
      lost: 'Or ask for the link again',
    },
  },
};
