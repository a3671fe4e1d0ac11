/**
 * The API's reasons in the page's language. The JSON API answers a 400 with `{ field, reason }` per field
 * and a 409 with the procedure's reason, in English for programs and logs (domain/refusals.ts, the zod
 * schemas, workflows/rules.ts). A page shows them next to the field, in words a person can act on:
 * each known reason is recognised here and worded in i18n; an unknown one is shown as it came.
 */
import type { Texts } from './i18n';

type Wording = (t: Texts, label: string, match: RegExpMatchArray) => string;

const PROBLEMS: [RegExp, Wording][] = [
  [/^must not be empty$|^Invalid input: expected string, received undefined$/, (t, l) => t.problems.empty(l)],
  [/^Invalid option|^Invalid input: expected number/, (t, l) => t.problems.choose(l)],
  [/^Invalid email address$|^must be an e-mail address$/, (t, l) => t.problems.email(l)],
  [/^Too big: expected string to have <=(\d+) characters$/, (t, l, m) => t.problems.tooLong(l, Number(m[1]))],
  [/^must not contain control characters$/, (t, l) => t.problems.controlCharacters(l)],
  [/^must be a date as YYYY-MM-DD$|^must be an ISO date|^Invalid ISO date/, (t, l) => t.problems.date(l)],
  [/^the expected date must lie after today$/, (t, l) => t.problems.afterToday(l)],
  [/^must lie within (\d+) days from today$/, (t, l, m) => t.problems.withinDays(l, Number(m[1]))],
  [/^is not a working day; the next working day is (\S+)$/, (t, l, m) => t.problems.notWorkingDay(l, m[1])],
  [/^must not lie in the future$/, (t, l) => t.problems.inFuture(l)],
  [/^must not be older than (\d+) days/, (t, l, m) => t.problems.tooOld(l, Number(m[1]))],
  [/^the reply to send must be given$/, (t, l) => t.problems.replyText(l)],
  [/^a written complaint needs an e-mail or a postal address/, (t) => t.problems.writtenRoute()],
  [/^only an oral complaint/, (t, l) => t.problems.onlyOral(l)],
  [/^no staff account has this login name$/, (t, l) => t.problems.unknownHandler(l)],
  [/^must be one staff login name or one e-mail address$/, (t, l) => t.problems.handler(l)],
  [/^must be 1 to 5$/, (t, l) => t.problems.score(l)],
  [/^must be a reference like/, (t, l) => t.problems.reference(l)],
  [/^give an e-mail address or a reference$/, (t, l) => t.problems.emailOrReference(l)],
  [/^must not lie after to$/, (t, l) => t.problems.afterEnd(l)],
  [/^give both from and to, or neither$/, (t, l) => t.problems.bothDates(l)],
  [/^a period spans at most (\d+) days$/, (t, l, m) => t.problems.periodTooLong(l, Number(m[1]))],
  [/^must be at least (\d+) characters$/, (t, l, m) => t.passwordProblems.short(l, Number(m[1]))],
  [/^must be at most (\d+) characters$/, (t, l, m) => t.passwordProblems.long(l, Number(m[1]))],
  [/^is one of the most common passwords$/, (t, l) => t.passwordProblems.common(l)],
  [/^must not be the login name$/, (t, l) => t.passwordProblems.login(l)],
  [/^must be a login name/, (t, l) => t.passwordProblems.loginFormat(l)],
  [/^is reserved for the service itself$/, (t, l) => t.passwordProblems.reserved(l)],
  [/^give at least one role$/, (t, l) => t.passwordProblems.roles(l)],
  [/^the code is not right$/, (t, l) => t.passwordProblems.code(l)],
];

/** The problem `reason` with the field labelled `label`, in the page's language. */
export function problemText(t: Texts, label: string, reason: string): string {
  for (const [pattern, wording] of PROBLEMS) {
    const match = reason.match(pattern);
    if (match) return wording(t, label, match);
  }
  return t.problems.other(label, reason);
}

const REFUSALS: [RegExp, (t: Texts, match: RegExpMatchArray) => string][] = [
  [/^complaint \S+ is anonymised$/, (t) => t.refusals.anonymised],
  [/^complaint \S+ is (closed|withdrawn)$/, (t, m) => t.refusals.final(t.status[m[1] as 'closed'].toLowerCase())],
  [/ is not possible while the complaint is (\w+)$/, (t, m) => t.refusals.notNow(statusWord(t, m[1]))],
  [/^the complainant has no e-mail address$/, (t) => t.refusals.noEmail],
  [/^the complainant has no postal address/, (t) => t.refusals.noPostal],
  [/^the complainant has no e-mail or postal address for the written answer/, (t) => t.refusals.noWrittenRoute],
  [/^there is no oral answer to confirm yet$/, (t) => t.refusals.noOralAnswer],
  [/^the written confirmation went out on /, (t) => t.refusals.confirmationSent],
  [/^the reply went out on .*it cannot be changed$/, (t) => t.refusals.replySent],
  [/^only a closed complaint can be reopened/, (t) => t.refusals.onlyClosed],
  [/^message \d+ is \w+, not failed/, (t) => t.refusals.notFailed],
  [/did not take the action in time/, (t) => t.refusals.notTaken],
  [/^the question is asked once the complaint is closed$/, (t) => t.refusals.notClosedYet],
  [/^this question has been answered already/, (t) => t.refusals.answeredAlready],
  // The public complaint form's own refusals (api/public/routes.ts, api/web/public.ts, api/public/rate-limit.ts).
  [/^this form was sent before with another text$/, (t) => t.public.form.sentBefore],
  [/^the form has expired$/, (t) => t.public.form.expired],
  [
    /^too many complaints from this address; try again in (\d+) seconds$/,
    (t, m) => t.public.form.tooMany(Math.ceil(Number(m[1]) / 60)),
  ],
  [/^an account \S+ exists already$/, (t) => t.passwordProblems.loginTaken],
  [/^the e-mail address \S+ belongs to account (\S+)$/, (t, m) => t.passwordProblems.emailTaken(m[1])],
  [/^an operator cannot take the operator role/, (t) => t.passwordProblems.ownOperator],
  [/^an operator cannot disable their own account$/, (t) => t.passwordProblems.ownDisable],
  [/^the second factor is required for/, (t) => t.passwordProblems.required],
];

function statusWord(t: Texts, status: string): string {
  return (t.status as Record<string, string>)[status]?.toLowerCase() ?? status;
}

/** Why the procedure said no (a 409), or why it could not act now (a 503), in the page's language. */
export function refusalText(t: Texts, reason: string): string {
  for (const [pattern, wording] of REFUSALS) {
    const match = reason.match(pattern);
    if (match) return wording(t, match);
  }
  return t.refusals.other(reason);
}
