/**
 * A problem or a refusal the API answered, in the page's language, from its code (domain/problems.ts,
 * domain/refusals.ts) and its parameters. No message is parsed: the English `reason` the JSON API gives
 * is for programs, never shown on a page.
 */
import type { ProblemCode, ProblemParams } from '../domain/problems';
import type { Refusal } from '../domain/refusals';
import type { Formats } from './format';
import type { Texts } from './i18n';

/** Problem `code` of the field labelled `label`, in the page's language. */
export function problemText(t: Texts, label: string, problem: { code: ProblemCode; params?: ProblemParams }): string {
  return t.problems[problem.code](label, problem.params ?? {});
}

/** Why the request was refused, in the page's language; `f` words the moments it names. */
export function refusalText(t: Texts, refusal: Refusal, f?: Formats): string {
  const words = {
    status: (phase: string) => (t.status as Record<string, string>)[phase]?.toLowerCase() ?? phase,
    moment: (iso: string) => (f ? f.moment(new Date(iso)) : iso.slice(0, 10)),
  };
  return t.refusals[refusal.code](refusal.params ?? {}, words);
}
