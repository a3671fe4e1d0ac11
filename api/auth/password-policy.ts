/**
 * What a password must be (NIST SP 800-63B): long enough, and not one that attackers try first. No rules
 * on kinds of characters — length is what makes a password strong. The list of common passwords is the
 * 10,000 most common of zxcvbn's (common-passwords.txt, its source and licence beside it); a password is
 * compared with it regardless of case. Nor may a password be the login name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { problem, problemsOf, type FieldProblem } from '../../domain/problems';
import { PROJECT_ROOT } from '../../infra/project-root';

export const PASSWORD_MIN_LENGTH = 12;
/** An upper bound keeps hashing cheap for whoever posts a megabyte. */
export const PASSWORD_MAX_LENGTH = 200;

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
  .min(PASSWORD_MIN_LENGTH, 'password_short')
  .max(PASSWORD_MAX_LENGTH, 'too_long')
  .refine((password) => !isCommonPassword(password), 'password_common');

/** Why `password` will not do for account `login` (as field `field`), or undefined when it will. */
export function passwordProblem(password: string, login: string, field = 'password'): FieldProblem | undefined {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) return { ...problemsOf(parsed.error)[0], field };
  if (password.trim().toLowerCase() === login.toLowerCase()) return problem(field, 'password_login');
  return undefined;
}
