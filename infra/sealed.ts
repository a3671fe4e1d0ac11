/**
 * A text kept encrypted at rest with the service's keys (infra/keyring.ts): "v2.<key id>.<base64>", for
 * values the register keeps but nobody may read there (status links, answers kept for idempotent
 * repeats). Each is sealed with associated data naming its purpose, so a value sealed for one purpose
 * cannot be unsealed for another, nor passed off as a Temporal payload (which has a purpose of its own).
 * Values sealed before purposes existed ("v1", no associated data) still unseal.
 */
import type { Keyring } from './keyring';
import { decrypt, encrypt } from './payload-codec';

/**
 * What a sealed value is for; each is associated data of its own. `totp-secret`: an account's second
 * factor at rest; `totp-enrolment`: a secret proposed on the set-up page, carried by its form until confirmed.
 */
export type SealPurpose = 'status-token' | 'idempotent-answer' | 'totp-secret' | 'totp-enrolment';

const associated = (purpose: SealPurpose) => `klachtenregister sealed ${purpose}`;

export function seal(keys: Keyring, text: string, purpose: SealPurpose): string {
  const { id, key } = keys.current;
  return `v2.${id}.${Buffer.from(encrypt(key, Buffer.from(text, 'utf8'), associated(purpose))).toString('base64')}`;
}

export function unseal(keys: Keyring, sealed: string, purpose: SealPurpose): string {
  const [version, id, data] = sealed.split('.');
  const key = version === 'v1' || version === 'v2' ? keys.find(id) : undefined;
  if (!key || data === undefined) throw new Error(`cannot unseal a text sealed with key "${id}"`);
  try {
    const aad = version === 'v2' ? associated(purpose) : undefined;
    return Buffer.from(decrypt(key, Buffer.from(data, 'base64'), aad)).toString('utf8');
  } catch {
    throw new Error(`cannot unseal a text sealed with key "${id}": it was altered, or sealed for another purpose`);
  }
}
