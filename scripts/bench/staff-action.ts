/**
 * A staff action against a bare Update: POST …/assign on open complaints (the cheapest action: the
 * workflow changes its handler, puts it on record in the register through a local activity, and
 * answers) against `executeUpdate` on waiting bare workflows that answer at once. Each side works on
 * a pool of workflows small enough to stay in its worker's cache, each handler alternating, so every
 * action changes something.
 */
import { compare } from './comparison';
import { sleep, type Row } from './figures';
import type { Bench } from './bench';

export interface StaffActionOptions {
  concurrencies: number[];
  rounds: number;
  perRound: number;
  /** Workflows per side the actions go round. */
  pool: number;
}

/**
 * Our staff action number `i`, round the first `pool` open complaints; each with an Idempotency-Key of its
 * own (`keys` tells one series from another: a key used before would only replay the first answer).
 */
export function oursAssign(bench: Bench, pool: number, keys: string): (i: number) => Promise<unknown> {
  const ours = bench.references.slice(0, pool);
  if (ours.length < pool) throw new Error('run the intake comparison first');
  return (i) =>
    bench.service.post(
      `/api/complaints/${ours[i % ours.length]}/assign`,
      { handler: Math.floor(i / ours.length) % 2 ? 'bench-a' : 'bench-b' },
      200,
      `${keys}-${i}`,
    );
}

/** Bare's Update number `i`, round the first `pool` waiting workflows. */
export function bareUpdate(bench: Bench, pool: number): (i: number) => Promise<unknown> {
  const bare = bench.bareIds.slice(0, pool);
  if (bare.length < pool) throw new Error('run the intake comparison first');
  return (i) => bench.bare.update(bare[i % bare.length]);
}

export async function staffActionVsBare(bench: Bench, options: StaffActionOptions): Promise<Row[]> {
  return compare(
    { what: 'staff action (assign)', goal: 0.7, ...options },
    { run: oursAssign(bench, options.pool, 'bench-assign'), settle: () => sleep(500) },
    { run: bareUpdate(bench, options.pool), settle: () => sleep(500) },
  );
}
