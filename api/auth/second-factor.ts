/**
 * The optional second factor: a TOTP code (RFC 6238, 6 digits, 30 s; otpauth, a maintained library)
 * from an authenticator app, with recovery codes for a lost phone. The secret is sealed at rest with the
 * service's keys (infra/sealed.ts); each code signs in once (the last accepted time step is kept, and a
 * code of that step or an earlier one is refused); recovery codes are 80 random bits each, kept only as
 * SHA-256 (enough for random codes of that length), and each works once. REQUIRE_TOTP_FOR makes it
 * compulsory for roles.
 */
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { Database } from '../../infra/database';
import type { Keyring } from '../../infra/keyring';
import { seal, unseal } from '../../infra/sealed';
import { recordAccountEvent, type AccountChangeBy } from './account-events';
import type { Role } from './roles';
import { hashToken } from './tokens';

const PERIOD_SECONDS = 30;
/** One step either side: a phone's clock a little off, or a code typed just as it changed. */
const WINDOW = 1;
const RECOVERY_CODES = 10;

function totp(secret: string, issuer: string, login: string): TOTP {
  return new TOTP({ issuer, label: login, secret: Secret.fromBase32(secret), digits: 6, period: PERIOD_SECONDS });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` URI an authenticator app reads from the QR code (or a link on the phone itself). */
export function totpUri(secret: string, issuer: string, login: string): string {
  return totp(secret, issuer, login).toString();
}

/** The time step a code belongs to, if it is right at `now` (within one step either side); else undefined. */
export function totpStep(secret: string, code: string, now: Date): number | undefined {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return undefined;
  const delta = totp(secret, '', '').validate({ token, timestamp: now.getTime(), window: WINDOW });
  return delta === null ? undefined : Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** Whether the roles must sign in with a second factor (REQUIRE_TOTP_FOR). */
export function secondFactorRequired(roles: readonly Role[], requiredFor: readonly Role[]): boolean {
  return roles.some((role) => requiredFor.includes(role));
}

/** The secret proposed on a set-up page, sealed for its form and bound to the account it was made for. */
export function sealEnrolment(keys: Keyring, accountId: string, secret: string): string {
  return seal(keys, `${accountId}\n${secret}`, 'totp-enrolment');
}

export function unsealEnrolment(keys: Keyring, accountId: string, sealed: string): string | undefined {
  try {
    const [owner, secret] = unseal(keys, sealed, 'totp-enrolment').split('\n');
    return owner === accountId ? secret : undefined;
  } catch {
    return undefined;
  }
}

/** Ten codes like `k7qd-3mxa-9fwe-2hzt`: 16 characters of base32 (80 bits), grouped to read and type. */
function newRecoveryCode(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const chars = Array.from(randomBytes(16), (byte) => alphabet[byte % 32]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

const normalisedCode = (code: string) => code.toLowerCase().replace(/[^a-z2-7]/g, '');

async function replaceRecoveryCodes(
  tx: Parameters<Parameters<Database['$transaction']>[0]>[0],
  accountId: string,
): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  await tx.recoveryCode.deleteMany({ where: { accountId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ accountId, codeHash: hashToken(normalisedCode(code)) })),
  });
  return codes;
}

/** Turns the second factor on with a secret whose code the person just gave; answers the recovery codes, shown once. */
export async function enableSecondFactor(
  db: Database,
  keys: Keyring,
  accountId: string,
  secret: string,
  step: number,
  by: AccountChangeBy,
): Promise<string[]> {
  return db.$transaction(async (tx) => {
    await tx.staffAccount.update({
      where: { id: accountId },
      data: { totpSecretSealed: seal(keys, secret, 'totp-secret'), totpEnabledAt: by.at, totpLastStep: step },
    });
    await recordAccountEvent(tx, accountId, by, 'second-factor-on');
    return replaceRecoveryCodes(tx, accountId);
  });
}

export async function renewRecoveryCodes(db: Database, accountId: string, by: AccountChangeBy): Promise<string[]> {
  return db.$transaction(async (tx) => {
    await recordAccountEvent(tx, accountId, by, 'recovery-codes-made');
    return replaceRecoveryCodes(tx, accountId);
  });
}

/**
 * Whether `code` is the account's current TOTP code (not used before) or one of its unused recovery
 * codes; either is used up by one conditional update, so two requests cannot both use it.
 */
export async function checkSecondFactor(
  db: Database,
  keys: Keyring,
  accountId: string,
  code: string,
  now: Date,
): Promise<boolean> {
  const account = await db.staffAccount.findUnique({ where: { id: accountId } });
  if (!account?.totpSecretSealed) return false;
  const step = totpStep(unseal(keys, account.totpSecretSealed, 'totp-secret'), code, now);
  if (step !== undefined) {
    const { count } = await db.staffAccount.updateMany({
      where: { id: accountId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1;
  }
  const codeHash = hashToken(normalisedCode(code));
  const { count } = await db.recoveryCode.updateMany({
    where: { accountId, codeHash, usedAt: null },
    data: { usedAt: now },
  });
  return count === 1;
}
