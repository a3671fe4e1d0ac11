/**
 * Encrypts every Temporal payload (workflow input, staff actions, activity inputs and results, query
 * answers, summaries, failure messages) with AES-256-GCM before it leaves the process, on the client and
 * the worker alike. The key's ID travels in the payload's metadata, so keys can be rotated; payloads of
 * complaints recorded before encryption existed are not encrypted and pass through unchanged.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DataConverter, Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { Keyring } from './keyring';

export const ENCRYPTED = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const text = (s: string) => new TextEncoder().encode(s);
const read = (bytes?: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes) : undefined);

export class PayloadDecryptionError extends Error {}

export function encrypt(key: Buffer, plain: Uint8Array): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

export function decrypt(key: Buffer, sealed: Uint8Array): Uint8Array {
  const bytes = Buffer.from(sealed);
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
}

export class EncryptionCodec implements PayloadCodec {
  constructor(private readonly keys: Keyring) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    const { id, key } = this.keys.current;
    return payloads.map((payload) => ({
      metadata: { encoding: text(ENCRYPTED), [KEY_ID]: text(id) },
      data: encrypt(key, temporal.api.common.v1.Payload.encode(payload).finish()),
    }));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (read(payload.metadata?.encoding) !== ENCRYPTED) return payload;
      const id = read(payload.metadata?.[KEY_ID]) ?? '';
      const key = this.keys.find(id);
      if (!key)
        throw new PayloadDecryptionError(`payload encrypted with unknown key "${id}": add it to ENCRYPTION_KEYS`);
      let plain: Uint8Array;
      try {
        plain = decrypt(key, payload.data ?? new Uint8Array());
      } catch {
        throw new PayloadDecryptionError(`payload with key "${id}" failed authentication: it was altered`);
      }
      return temporal.api.common.v1.Payload.decode(plain);
    });
  }
}

/** Where the failure converter is: the worker bundles it into the workflow code. */
export const FAILURE_CONVERTER_PATH = require.resolve('./failure-converter');

/** The data converter of every client and worker: encrypted payloads, and failure messages inside them. */
export function dataConverter(keys: Keyring): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(keys)], failureConverterPath: FAILURE_CONVERTER_PATH };
}
