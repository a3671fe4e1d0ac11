/**
 * What a password must be (NIST SP 800-63B): long enough, and not one that attackers try first. No rules
 * on kinds of characters — length is what makes a password strong. The list of common passwords is the
 * 10,000 most common of zxcvbn's (common-passwords.txt, its source and licence beside it); a password is
 * compared with it regardless of case. Nor may a password be the login name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../infra/project-root';

export const PASSWORD_MIN_LENGTH = 12;
/** An upper bound keeps hashing cheap for whoever posts a megabyte. */
export const PASSWORD_MAX_LENGTH = 200;

/** The reasons a password is refused, as the API and the pages name them (web/problems.ts words them). */
export const PASSWORD_REASONS = {
  short: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  long: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
  common: 'is one of the most common passwords',
  login: 'must not be the login name',
} as const;

let common: Set<string> | undefined;

/** Read once, when first needed: 10,000 lines, about 80 kB. */
function commonPasswords(): Set<string> {
  common ??= new Set(
    fs
      .readFileSync(path.join(PROJECT_ROOT, 'api', 'auth', 'common-passwords.txt'), 'utf8')
      .split('\n')
      .filter(Boolean),
  );
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, PASSWORD_REASONS.short)
  .max(PASSWORD_MAX_LENGTH, PASSWORD_REASONS.long)
  .refine((password) => !isCommonPassword(password), PASSWORD_REASONS.common);

/** Why `password` will not do for account `login`, or undefined when it will. */
export function passwordProblem(password: string, login: string): string | undefined {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) return parsed.error.issues[0].message;
  if (password.trim().toLowerCase() === login.toLowerCase()) return PASSWORD_REASONS.login;
  return undefined;
}
