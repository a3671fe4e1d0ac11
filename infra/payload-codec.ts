/**
 * Encrypts every Temporal payload (workflow input, staff actions, activity inputs and results, query
 * answers, summaries, failure messages) with AES-256-GCM before it leaves the process, on the client and
 * the worker alike. The key's ID travels in the payload's metadata, so keys can be rotated. Payloads are
 * sealed with associated data naming their purpose (version 2), so a value the register keeps sealed
 * (infra/sealed.ts) cannot be passed off as one. Payloads of complaints recorded before encryption existed
 * are not encrypted and pass through; the worker marks them (domain/sealed-messages.ts), so that a plain
 * message sent by someone without the key is refused by the workflow.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DataConverter, Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { UNSEALED } from '../domain/sealed-messages';
import type { Keyring } from './keyring';

export const ENCRYPTED = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';
/** '2': sealed with PAYLOAD_AAD. Absent: sealed before purposes existed, without associated data. */
const VERSION = 'encryption-version';
const PAYLOAD_AAD = 'klachtenregister temporal payload';
const JSON_PLAIN = 'json/plain';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const text = (s: string) => new TextEncoder().encode(s);
const read = (bytes?: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes) : undefined);

export class PayloadDecryptionError extends Error {}

/** AES-256-GCM: IV, ciphertext, tag. `aad`, associated data, binds the ciphertext to its purpose. */
export function encrypt(key: Buffer, plain: Uint8Array, aad?: string): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  if (aad !== undefined) cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

export function decrypt(key: Buffer, sealed: Uint8Array, aad?: string): Uint8Array {
  const bytes = Buffer.from(sealed);
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
  if (aad !== undefined) decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
}

export interface CodecOptions {
  /** The worker's codec: mark plain-JSON objects, which did not come from the service (see above). */
  markUnsealed?: boolean;
}

export class EncryptionCodec implements PayloadCodec {
  constructor(
    private readonly keys: Keyring,
    private readonly options: CodecOptions = {},
  ) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    const { id, key } = this.keys.current;
    return payloads.map((payload) => ({
      metadata: { encoding: text(ENCRYPTED), [KEY_ID]: text(id), [VERSION]: text('2') },
      data: encrypt(key, temporal.api.common.v1.Payload.encode(payload).finish(), PAYLOAD_AAD),
    }));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (read(payload.metadata?.encoding) !== ENCRYPTED) return this.options.markUnsealed ? marked(payload) : payload;
      const id = read(payload.metadata?.[KEY_ID]) ?? '';
      const key = this.keys.find(id);
      if (!key)
        throw new PayloadDecryptionError(`payload encrypted with unknown key "${id}": add it to ENCRYPTION_KEYS`);
      const aad = read(payload.metadata?.[VERSION]) === '2' ? PAYLOAD_AAD : undefined;
      let plain: Uint8Array;
      try {
        plain = decrypt(key, payload.data ?? new Uint8Array(), aad);
      } catch {
        throw new PayloadDecryptionError(`payload with key "${id}" failed authentication: it was altered`);
      }
      return temporal.api.common.v1.Payload.decode(plain);
    });
  }
}

/** A plain-JSON object with the UNSEALED mark added; anything else as it came (it can carry no action). */
function marked(payload: Payload): Payload {
  if (read(payload.metadata?.encoding) !== JSON_PLAIN) return payload;
  let value: unknown;
  try {
    value = JSON.parse(read(payload.data) ?? '');
  } catch {
    return payload;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return payload;
  return { ...payload, data: text(JSON.stringify({ ...value, [UNSEALED]: true })) };
}

/** Where the failure converter is: the worker bundles it into the workflow code. */
export const FAILURE_CONVERTER_PATH = require.resolve('./failure-converter');

/** The data converter of every client: encrypted payloads, and failure messages inside them. */
export function dataConverter(keys: Keyring): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(keys)], failureConverterPath: FAILURE_CONVERTER_PATH };
}

/** The worker's: the same, and what came unencrypted marked, so that workflows refuse it. */
export function workerDataConverter(keys: Keyring): DataConverter {
  return {
    payloadCodecs: [new EncryptionCodec(keys, { markUnsealed: true })],
    failureConverterPath: FAILURE_CONVERTER_PATH,
  };
}
