/** What forms say, in English (the keys are nl-forms.ts's). */
import type { nlForms } from './nl-forms';

export const enForms: typeof nlForms = {
  forms: {
    errorTitle: 'There is a problem',
    optional: '(optional)',
    refused: 'This cannot be done now.',
  },

  problems: {
    empty: (label) => `${label}: enter this.`,
    choose: (label) => `${label}: choose one of the options.`,
    email: (label) => `${label}: enter a valid e-mail address, like name@example.com.`,
    tooLong: (label, max) => `${label}: use at most ${max} characters.`,
    controlCharacters: (label) => `${label}: do not use tabs or other control characters.`,
    date: (label) => `${label}: enter a date.`,
    afterToday: (label) => `${label}: choose a date after today.`,
    withinDays: (label, days) => `${label}: choose a date within ${days} days from today.`,
    notWorkingDay: (label, next) => `${label}: that is not a working day. The next working day is ${next}.`,
    inFuture: (label) => `${label}: this date lies in the future.`,
    tooOld: (label, days) => `${label}: this date lies more than ${days} days back.`,
    replyText: (label) => `${label}: enter the text that goes to the complainant.`,
    writtenRoute: () => 'Enter an e-mail address or a postal address: we answer a written complaint in writing.',
    onlyOral: (label) => `${label}: only an oral complaint (phone, in person) can be answered at once.`,
    unknownHandler: (label) => `${label}: no member of staff has this login name.`,
    handler: (label) => `${label}: enter one staff login name or one e-mail address.`,
    score: (label) => `${label}: choose an answer.`,
    reference: (label) => `${label}: enter the reference as our letter or e-mail gives it, for example KL-2026-00042.`,
    afterEnd: (label) => `${label}: choose a date that is not after the last day.`,
    bothDates: (label) => `${label}: enter both dates, or leave both empty.`,
    periodTooLong: (label, days) => `${label}: a period is at most ${days} days long.`,
    emailOrReference: (label) => `${label}: enter an e-mail address or a reference.`,
    other: (label, reason) => `${label}: ${reason}`,
  },

  refusals: {
    final: (status) => `The complaint is ${status}: nothing about it can change any more.`,
    anonymised: "This complaint's personal data has been erased: nothing about it can change any more.",
    notNow: (status) => `This is not possible while the complaint's status is "${status}".`,
    noEmail: 'The complainant has no e-mail address. Enter one first, or choose a letter.',
    noPostal: 'The complainant has no postal address for a letter. Enter one first, or choose e-mail.',
    noWrittenRoute:
      'The complainant has neither an e-mail nor a postal address for a written answer. Enter one first, or resolve it on the phone.',
    noOralAnswer: 'There is no oral answer to confirm yet.',
    confirmationSent: 'The written confirmation has been sent already, another way.',
    replySent: 'The reply has been sent already and cannot change. Send the complainant a message if needed.',
    onlyClosed: 'Only a closed complaint can be reopened.',
    notFailed: 'This message did not fail: there is nothing to send again.',
    notTaken:
      'The complaints register could not take the action now: the procedure did not answer in time. Try again in a minute.',
    notClosedYet: 'We ask this question once the complaint has been dealt with.',
    answeredAlready: 'This question has been answered already. Thank you.',
    other: (reason) => `This cannot be done now: ${reason}`,
  },
};
