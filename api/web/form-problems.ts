/**
 * A form post the API refused, as the page shows it: a 400's fields next to their fields, a 409's refusal
 * (or a 503's "try again") as a message above the form, each worded from its code by web/problems.ts. All
 * problems of one post at once. Anything else
 * (403, 404, a 500) is no problem of the form: it goes on to the error page.
 */
import { HttpError, toHttpError } from '../errors';
import type { FormState, Problem } from '../../web/forms';
import type { Formats } from '../../web/format';
import type { Texts } from '../../web/i18n';
import { problemText, refusalText } from '../../web/problems';

const FORM_STATUSES = [400, 409, 503];

/** The API's answer to `error` when a form shows it; else undefined (rethrow it). */
export function formFailure(error: unknown): HttpError | undefined {
  const known = toHttpError(error);
  return known && FORM_STATUSES.includes(known.status) ? known : undefined;
}

/** What was posted, as text: the values the form shows again (never the CSRF token or the form's key). */
export function postedValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string' && !name.startsWith('_')) values[name] = value;
  }
  return values;
}

export function formState(
  t: Texts,
  form: string,
  body: unknown,
  failure: HttpError,
  /** Each field's label by its name in the form, in the form's order. */
  labels: Record<string, string>,
  /** Fields the API names otherwise than the form: `complainant` (a written complaint's address) → the e-mail field. */
  aliases: Record<string, string> = {},
  /** Words moments a refusal names ("the reply went out on …"). */
  f?: Formats,
): FormState {
  const problems: Problem[] = [];
  const general: string[] = [];
  for (const fieldProblem of failure.fields ?? []) {
    const name = aliases[fieldProblem.field] ?? fieldProblem.field;
    const label = labels[name];
    if (label && !problems.some((p) => p.field === name))
      problems.push({ field: name, message: problemText(t, label, fieldProblem) });
    else if (!label) general.push(problemText(t, t.forms.thisForm, fieldProblem));
  }
  // In the order of the form's fields, as the labels list them: the summary reads as the page does.
  const order = Object.keys(labels);
  problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  if (failure.status !== 400 || !failure.fields?.length) general.push(refusalText(t, failure.refusal, f));
  return { form, values: postedValues(body), problems, message: general.join(' ') || undefined };
}
