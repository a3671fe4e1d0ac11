/**
 * A text kept encrypted at rest with the service's keys (infra/keyring.ts): "v1.<key id>.<base64>".
 * For answers stored for idempotent repeats, which can hold a new API token or a status link.
 */
import type { Keyring } from './keyring';
import { decrypt, encrypt } from './payload-codec';

export function seal(keys: Keyring, text: string): string {
  const { id, key } = keys.current;
  return `v1.${id}.${Buffer.from(encrypt(key, Buffer.from(text, 'utf8'))).toString('base64')}`;
}

export function unseal(keys: Keyring, sealed: string): string {
  const [version, id, data] = sealed.split('.');
  const key = version === 'v1' ? keys.find(id) : undefined;
  if (!key || data === undefined) throw new Error(`cannot unseal a text sealed with key "${id}"`);
  return Buffer.from(decrypt(key, Buffer.from(data, 'base64'))).toString('utf8');
}
