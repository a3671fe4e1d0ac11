/**
 * Issue 19 item 7: a paper complainant follows the complaint with a short link and a code to type in: the
 * reference and a code of 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), printed in
 * groups on a line of its own so it never breaks. The code is not stored at all: it is a keyed hash
 * (HMAC) of the reference and the status link's hash, so it changes with the link, dies with it at
 * anonymisation, and any key of the keyring recognises it (a key rotation does not void letters sent).
 * 31^12 ≈ 2^59 codes per reference, and attempts are counted per reference (api/public/status-code.ts).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Keyring } from '../infra/keyring';

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 12;
const NO_BREAK_SPACE = '\u00a0';

function codeUnder(key: Buffer, reference: string, tokenHash: string): string {
  const digest = createHmac('sha256', key).update(`status-code\n${reference}\n${tokenHash}`).digest();
  // 128 bits reduced to 12 symbols: the bias of the modulo is below 2^-60.
  let n = BigInt(`0x${digest.subarray(0, 16).toString('hex')}`);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    code += CODE_ALPHABET[Number(n % 31n)];
    n /= 31n;
  }
  return code;
}

/** The code of a complaint with a status link, under the current key. */
export function statusCode(keys: Keyring, reference: string, tokenHash: string): string {
  return codeUnder(keys.current.key, reference, tokenHash);
}

/** As printed: groups of four joined by no-break spaces, so that no line break falls inside the code. */
export function printedCode(code: string): string {
  return code.match(/.{1,4}/g)!.join(NO_BREAK_SPACE);
}

/** What a person typed, as a code: capitals, without spaces and dashes. */
export function typedCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s\u00a0-]+/g, '');
}

/** Whether `typed` is the complaint's code under any key of the keyring; compared in constant time. */
export function codeMatches(keys: Keyring, reference: string, tokenHash: string, typed: string): boolean {
  const given = Buffer.from(typedCode(typed));
  return keys
    .all()
    .map((k) => Buffer.from(codeUnder(k.key, reference, tokenHash)))
    .reduce((found, code) => (code.length === given.length && timingSafeEqual(code, given)) || found, false);
}
