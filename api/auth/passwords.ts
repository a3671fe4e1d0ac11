/**
 * Passwords for the web app, kept as Argon2id hashes (@node-rs/argon2: Rust, prebuilt per platform as
 * npm packages, so it installs offline). The parameters are OWASP's Argon2id minimum (19 MiB, 2 passes,
 * 1 lane): about 40 ms here, slow enough to make guessing a stolen hash costly, cheap enough for a desk.
 * Each hash carries its parameters, so raising them later still verifies the old ones.
 */
import { hash, verify } from '@node-rs/argon2';

const PARAMETERS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMETERS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed hash never signs anyone in
  }
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time a real check takes, for a login name without an account or password: the answer's
 * timing does not tell which login names exist.
 */
export async function verifyNothing(password: string): Promise<false> {
  dummy ??= hashPassword('no account has this password');
  await verifyPassword(await dummy, password);
  return false;
}
