/**
 * The e-mail with a password link, in Dutch and, under it, in English: a member of staff has no language
 * on record, and the link is the same in both. Rendered from data only, like the pages.
 */
import type { Texts } from './i18n';

export type PasswordLinkReason = 'forgotten' | 'operator' | 'first';

export interface PasswordLinkMailData {
  organisation: string;
  name: string;
  login: string;
  url: string;
  reason: PasswordLinkReason;
  /** When the link stops working, as each language writes it. */
  until: { nl: string; en: string };
}

function body(t: Texts, d: PasswordLinkMailData, until: string): string {
  const m = t.accountMail;
  return [
    m.greeting(d.name),
    '',
    m[d.reason],
    m.login(d.login),
    '',
    m.link,
    d.url,
    '',
    m.until(until),
    ...(d.reason === 'forgotten' ? ['', m.notYou] : []),
  ].join('\n');
}

export function passwordLinkMail(nl: Texts, en: Texts, d: PasswordLinkMailData): { subject: string; text: string } {
  return {
    subject: nl.accountMail.subject(d.organisation),
    text: `${body(nl, d, d.until.nl)}\n\n— English —\n\n${en.accountMail.subject(d.organisation)}\n\n${body(en, d, d.until.en)}\n`,
  };
}
