/** What forms say, in English (the keys are nl-forms.ts's). */
import type { nlForms } from './nl-forms';
import { sizeInWords } from '../file-size';

/** "28 December 2026" for a date (YYYY-MM-DD) in an English sentence. */
const englishDay = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

export const enForms: typeof nlForms = {
  forms: {
    errorTitle: 'There is a problem',
    optional: '(optional)',
    choose: 'Choose…',
    refused: 'This cannot be done now.',
    thisForm: 'Form',
  },

  problems: {
    required: (label) => `${label}: enter this.`,
    choose: (label) => `${label}: choose one of the options.`,
    number: (label) => `${label}: enter a valid number.`,
    email: (label) => `${label}: enter a valid e-mail address, like name@example.com.`,
    too_long: (label, p) => `${label}: use at most ${p.max} characters.`,
    control_characters: (label) => `${label}: do not use tabs or other control characters.`,
    date: (label) => `${label}: enter a date.`,
    moment: (label) => `${label}: enter a date, with a time if you like.`,
    after_today: (label) => `${label}: choose a date after today.`,
    within_days: (label, p) => `${label}: choose a date within ${p.days} days from today.`,
    not_working_day: (label, p) =>
      `${label}: that is not a working day. The next working day is ${englishDay(String(p.next))}.`,
    in_future: (label) => `${label}: this date lies in the future.`,
    too_old: (label, p) => `${label}: this date lies more than ${p.days} days back.`,
    reply_text: (label) => `${label}: enter the text that goes to the complainant.`,
    written_route: () => 'Enter an e-mail address or a postal address: we answer a written complaint in writing.',
    callback_route: () =>
      'Enter a phone number, e-mail or postal address: the complaint was not answered at once, so we contact the complainant.',
    only_oral: (label) => `${label}: only an oral complaint (phone, in person) can be answered at once.`,
    unknown_handler: (label) => `${label}: no member of staff has this login name.`,
    unknown_complaint: (label) => `${label}: there is no complaint with this reference.`,
    not_in_list: (label) => `${label}: choose a value from the list.`,
    list_entry_exists: (label) => `${label}: the list has this name already.`,
    attachment_count: (label, p) => `${label}: send at most ${p.max} files at once.`,
    attachment_size: (label, p) => `${label}: ${p.name} is larger than ${sizeInWords(Number(p.max), 'en')}.`,
    attachment_type: (label, p) => `${label}: ${p.name} is not a PDF, a photo (JPEG) or an image (PNG).`,
    not_handler: (label) =>
      `${label}: this member of staff does not handle complaints; choose a handler from the list.`,
    handler: (label) => `${label}: choose a member of staff, or enter one e-mail address.`,
    score: (label) => `${label}: choose an answer.`,
    reference: (label) => `${label}: enter the reference as our letter or e-mail gives it, for example KL-2026-00042.`,
    after_end: (label) => `${label}: choose a date that is not after the last day.`,
    both_dates: (label) => `${label}: enter both dates, or leave both empty.`,
    period_too_long: (label, p) => `${label}: a period is at most ${p.days} days long.`,
    email_or_reference: (label) => `${label}: enter an e-mail address or a reference.`,
    nothing_to_correct: () => 'Enter at least one detail to correct.',
    unknown_field: (label) => `${label}: we do not know this field.`,
    login_name: (label) => `${label}: use lower-case letters, digits and . _ @ -, 2 to 63 characters.`,
    reserved_login: (label) => `${label}: the complaints register uses this name itself.`,
    roles: (label) => `${label}: choose at least one role.`,
    nothing_to_change: () => 'Change at least one detail.',
    base64: (label) => `${label}: this is not a valid value.`,
    idempotency_key: (label) => `${label}: this is not a valid key.`,
    confirm: (label) => `${label}: confirm this first.`,
    password_short: (label, p) => `${label}: use at least ${p.min} characters.`,
    password_common: (label) =>
      `${label}: this is one of the most used passwords, and so easy to guess. Choose another.`,
    password_login: (label) => `${label}: do not use your login name as your password.`,
    status_code_wrong: (label) =>
      `${label}: this reference and code do not belong together. Check the code in our letter.`,
    title_taken: (label) => `${label}: a template in this language has this title already.`,
    code_wrong: (label) => `${label}: this code is not right. Enter the code your app shows now.`,
    invalid: (label) => `${label}: this is not filled in correctly.`,
  },

  refusals: {
    complaint_ended: (p, w) => `The complaint is ${w.status(String(p.phase))}: nothing about it can change any more.`,
    complaint_anonymised: () => "This complaint's personal data has been erased: nothing about it can change any more.",
    not_now: (p, w) => `This is not possible while the complaint's status is "${w.status(String(p.phase))}".`,
    no_email: () => 'The complainant has no e-mail address. Enter one first, or choose a letter.',
    no_postal: () => 'The complainant has no postal address for a letter. Enter one first, or choose e-mail.',
    no_written_route: () =>
      'The complainant has neither an e-mail nor a postal address for a written answer. Enter one first, or resolve it on the phone.',
    no_oral_answer: () => 'There is no oral answer to confirm yet.',
    confirmation_sent: (p, w) =>
      `The written confirmation was sent already, on ${w.moment(String(p.at))}, another way.`,
    reply_sent: (p, w) =>
      `The reply was sent already, on ${w.moment(String(p.at))}, and cannot change. Send the complainant a message if needed.`,
    only_closed_reopens: () => 'Only a closed complaint can be reopened.',
    message_not_failed: () => 'This message did not fail: there is nothing to send again.',
    message_not_letter: () => 'This message did not go as a letter.',
    satisfaction_not_closed: () => 'We ask this question once the complaint has been dealt with.',
    satisfaction_answered: () => 'This question has been answered already. Thank you.',
    unsealed: () => 'This request did not come from the complaints register and was refused.',
    not_taken_in_time: () =>
      'The complaints register could not take the action now: the procedure did not answer in time. Try again in a minute.',
    form_sent_before: () =>
      'This form was sent before, with another text. What you filled in now is below. Send it again if it is a new complaint.',
    form_expired: () =>
      'This form had expired and has not been sent yet. What you filled in is below. Check it and send it again.',
    cross_site: () => 'This form was not sent from our own page, and so was not processed.',
    csrf: () => 'This form had expired. Reload the page and try again.',
    too_many: (p) =>
      `Too many ${p.counted === 'complaints' ? 'complaints were' : 'requests were'} sent from your internet connection. Try again in ${Math.ceil(Number(p.retryAfter) / 60)} minutes, or contact us.`,
    account_exists: () => 'There is an account with this login name already.',
    email_taken: (p) => `This e-mail address belongs to account ${p.owner} already.`,
    own_operator_role: () => 'You cannot take the operator role from your own account.',
    own_disable: () => 'You cannot disable your own account.',
    second_factor_required: () => 'Your roles require the second step: you cannot turn it off.',
    key_reused: () => 'This form was sent before with other details.',
    key_in_progress: () => 'This form is still being processed. Wait a moment and reload the page.',
    not_found: () => 'This was not found.',
    method_not_allowed: () => 'This is not possible on this page.',
    authentication_required: () => 'Sign in first.',
    unknown_token: () => 'This key is unknown or disabled.',
    csrf_header: () => 'This form had expired. Reload the page and try again.',
    forbidden: () => 'Your roles do not allow this.',
    body_too_large: () => 'What you sent is too large.',
    malformed_body: () => 'What you sent could not be read.',
    undecodable: () => 'This data could not be decrypted.',
    temporal_web_unreachable: () => 'Temporal Web does not answer.',
    invalid_request: () => 'Not everything is filled in correctly.',
    refused: () => 'This cannot be done now.',
  },
};
