/**
 * Intake against a bare start: POST /api/complaints through the real app (staff token, an
 * Idempotency-Key as careful clients send, register row, workflow start, 201) against
 * `client.workflow.start` of a workflow that only waits. Between batches each side finishes what its
 * batch set going: ours sends every receipt confirmation (R4), which the default configuration does.
 */
import { writtenComplaint } from '../../test/support/harness';
import { compare } from './comparison';
import { sleep, type Row } from './figures';
import type { Bench } from './bench';

export interface IntakeOptions {
  concurrencies: number[];
  rounds: number;
  perRound: number;
}

export async function intakeVsBare(bench: Bench, options: IntakeOptions): Promise<Row[]> {
  const { service, bare, sink } = bench;
  return compare(
    { what: 'intake', goal: 0.8, ...options },
    {
      async run(i) {
        const body = (await service.post('/api/complaints', writtenComplaint(), 201, `bench-intake-${i}`)) as {
          complaint: { reference: string };
        };
        bench.references.push(body.complaint.reference);
      },
      async settle() {
        await sink.waitFor('/receipt@', bench.references.length, 300_000);
        await sleep(1000);
      },
    },
    {
      run: async () => bench.bareIds.push(await bare.start()),
      settle: () => sleep(1000),
    },
  );
}
