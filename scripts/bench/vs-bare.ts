/**
 * Ours against bare Temporal on one dev server (SQLite persistence in a temp dir, no UI): our worker
 * and app in this process beside a bare worker on another task queue, both mailing the same SMTP sink;
 * with `processes`, our worker and API each in a process of its own, as `npm start` runs them
 * (service-processes.ts). Intake, then staff actions on the complaints intake opened, then bursts of deadlines.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@temporalio/client';
import { startBare } from './bare';
import { burstVsBare, type BurstOptions } from './burst';
import { startDevServer } from './dev-server';
import type { Bench } from './bench';
import type { Row } from './figures';
import { intakeVsBare, type IntakeOptions } from './intake';
import { startMailSink } from './mail-sink';
import { startService } from './service';
import { startServiceProcesses } from './service-processes';
import { staffActionVsBare, type StaffActionOptions } from './staff-action';

export interface VsBareOptions {
  intake: IntakeOptions;
  staffAction: StaffActionOptions;
  burst: Omit<BurstOptions, 'msPerStart' | 'pool'>;
  /** Our worker and API as two processes (as `npm start` runs them) instead of in this one. */
  processes: boolean;
}

export async function vsBare(options: VsBareOptions): Promise<Row[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klachten-bench-'));
  const env = await startDevServer(dir);
  const sink = await startMailSink();
  const service = options.processes
    ? await startServiceProcesses({ address: env.address, connection: env.connection, smtpUrl: sink.url })
    : await startService({ connection: env.connection, nativeConnection: env.nativeConnection, smtpUrl: sink.url });
  const shape = options.processes ? 'worker and API in two processes' : 'worker and API in the bench process';
  console.log(`vs bare: ours with its ${shape}`);
  const bare = await startBare(
    env.nativeConnection,
    new Client({ connection: env.connection }),
    sink.url,
    service.config.worker.cacheSize,
  );
  const bench: Bench = { service, bare, sink, references: [], bareIds: [] };
  try {
    console.log('vs bare: intake');
    const intake = await intakeVsBare(bench, options.intake);
    console.log('vs bare: staff action');
    const action = await staffActionVsBare(bench, options.staffAction);
    // The instant of a burst lies after its last start, at the slower side's intake rate with room to spare.
    const slowest = Math.min(...intake.filter((r) => r.what.includes('rate')).map((r) => parseFloat(r.ours)));
    const burst = options.burst.sizes.length
      ? await burstVsBare(bench, {
          ...options.burst,
          msPerStart: 1500 / slowest,
          // Staff act on every complaint intake filed, as a desk spreads its work, not only on those in the cache.
          pool: Math.min(bench.references.length, bench.bareIds.length),
        })
      : [];
    const part = options.processes ? 'vs bare, 2 processes' : 'vs bare, 1 process';
    return [...intake, ...action, ...burst].map((row) => ({ ...row, part }));
  } finally {
    await bare.stop();
    await service.stop();
    await sink.close();
    await env.teardown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
