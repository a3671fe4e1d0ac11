/**
 * How a person gets a password: a one-time link (password-links.ts). To an account with an e-mail address
 * it is mailed; without one (or when the mail server refuses it) the operator is shown the link once, to
 * pass on. A new account's first link lasts FIRST_PASSWORD_LINK_TTL (a new colleague may not read mail
 * within the hour), every other PASSWORD_LINK_TTL.
 */
import { createHash } from 'node:crypto';
import type { Mailer } from '../../activities/mailer';
import type { Config } from '../../infra/config';
import type { Database } from '../../infra/database';
import { passwordLinkMail, type PasswordLinkReason } from '../../web/account-mail';
import { formats } from '../../web/format';
import { textsFor } from '../../web/i18n';
import { PATHS } from '../../web/layout';
import type { AccountChangeBy } from './account-events';
import type { AccountRow } from './accounts';
import { makePasswordLink } from './password-links';

/** What became of the link: mailed to an address, or to be shown (once) to whoever asked for it. */
export type LinkDelivery = { sentTo: string } | { url: string; expiresAt: Date };

export interface LinkDeps {
  db: Database;
  config: Config;
  mailer: Mailer;
}

export async function sendPasswordLinkMail(
  deps: LinkDeps,
  account: AccountRow,
  link: { token: string; expiresAt: Date },
  reason: PasswordLinkReason,
): Promise<void> {
  const url = `${deps.config.publicUrl}${PATHS.passwordLink(link.token)}`;
  const until = (lang: 'nl' | 'en') => formats(lang, deps.config.terms.timeZone).moment(link.expiresAt);
  const mail = passwordLinkMail(textsFor('nl'), textsFor('en'), {
    organisation: deps.config.organisationName,
    name: account.name,
    login: account.id,
    url,
    reason,
    until: { nl: until('nl'), en: until('en') },
  });
  // The Message-ID names the link by a digest of its digest: nothing in a mail header opens it.
  const id = createHash('sha256').update(createHash('sha256').update(link.token).digest('hex')).digest('hex');
  await deps.mailer.send({
    to: account.email!,
    ...mail,
    messageId: `<password-link-${id.slice(0, 32)}@klachtenregister>`,
  });
}

/** A link made by an operator (or with a new account): mailed where it can be, else shown once. */
export async function givePasswordLink(
  deps: LinkDeps,
  account: AccountRow,
  by: AccountChangeBy,
  reason: 'operator' | 'first',
): Promise<LinkDelivery> {
  const ttl = reason === 'first' ? deps.config.accounts.firstPasswordLinkTtlMs : deps.config.accounts.passwordLinkTtlMs;
  if (account.email) {
    const link = await makePasswordLink(deps.db, account.id, by, ttl, { sentTo: account.email });
    try {
      await sendPasswordLinkMail(deps, account, link, reason);
      return { sentTo: account.email };
    } catch (error) {
      // The link exists: show it, so that a mail server in trouble does not keep a new colleague out.
      console.error(`the password link for account ${account.id} could not be mailed:`, (error as Error).message);
      return { url: `${deps.config.publicUrl}${PATHS.passwordLink(link.token)}`, expiresAt: link.expiresAt };
    }
  }
  const link = await makePasswordLink(deps.db, account.id, by, ttl, { shown: true });
  return { url: `${deps.config.publicUrl}${PATHS.passwordLink(link.token)}`, expiresAt: link.expiresAt };
}
