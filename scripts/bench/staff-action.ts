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

export async function staffActionVsBare(bench: Bench, options: StaffActionOptions): Promise<Row[]> {
  const ours = bench.references.slice(0, options.pool);
  const bare = bench.bareIds.slice(0, options.pool);
  if (ours.length < options.pool || bare.length < options.pool) throw new Error('run the intake comparison first');
  return compare(
    { what: 'staff action (assign)', goal: 0.7, ...options },
    {
      run: (i) =>
        bench.service.post(
          `/api/complaints/${ours[i % ours.length]}/assign`,
          { handler: Math.floor(i / ours.length) % 2 ? 'bench-a' : 'bench-b' },
          200,
          `bench-assign-${i}`,
        ),
      settle: () => sleep(500),
    },
    {
      run: (i) => bench.bare.update(bare[i % bare.length]),
      settle: () => sleep(500),
    },
  );
}
