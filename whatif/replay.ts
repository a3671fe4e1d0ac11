/**
 * Issue 22: each life of a period replayed through the real complaint workflow on a time-skipping
 * server of its own, once per policy, all on one timeline: staff act at the same offsets from arrival
 * as they really did, and the procedure does by itself what it would have done under that policy.
 * What the workflows put on record is judged by the deadline proof, as the register's steps are.
 */
import { randomBytes } from 'node:crypto';
import type { WorkerOptions } from '@temporalio/worker';
import type { Activities } from '../activities';
import { deadlineProof } from '../api/complaints/proof';
import { TASK_QUEUE, updateOf } from '../domain/actions';
import { localDate } from '../domain/calendar';
import type { ComplaintWorkflowInput } from '../domain/complaint';
import type { StaffNoticePurpose } from '../domain/notifications';
import type { ProcedureTerms } from '../domain/terms';
import { keyringOf } from '../infra/keyring';
import { dataConverter } from '../infra/payload-codec';
import { registerSearchAttributes } from '../infra/search-attributes';
import { temporalTestServer } from '../infra/temporal-binaries';
import { createComplaintWorker } from '../worker/create-worker';
import type { complaintWorkflow } from '../workflows';
import type { LifeStep, RegisteredLife } from './lives';
import { Recorder } from './recorder';
import { actionOf, PLACEHOLDER, REPLAY_ACTOR } from './staff-steps';
import { actingMoment, type StaffTiming } from './staff-timing';
import { termResults, type TermResult } from './terms-met';
import { shiftDaysFor, shiftInstant, shiftTerms } from './time-shift';
import { advanceClock, inTimeOrder } from './timeline';
import { startEphemeral } from '../infra/ephemeral-temporal';

const DAY = 24 * 60 * 60 * 1000;
/** After the last step the procedure runs on this long by itself: past every promise and reminder. */
const SETTLE_MS = 120 * DAY;
export interface ReplayedLife {
  terms: TermResult[];
  notices: { purpose: StaffNoticePurpose; due: string }[];
  /** Staff steps the workflow refused under this policy (e.g. a promise beyond its maximum). */
  refused: LifeStep['action'][];
}

export interface ReplayInput {
  lives: RegisteredLife[];
  policies: Record<string, ProcedureTerms>;
  zone: string;
  /** The terms staff really worked to (their calendar places a step on its working day). */
  actual: ProcedureTerms;
  /** When staff act under each policy (whatif/staff-timing.ts); default at the same time after arrival. */
  staffTiming?: StaffTiming;
  /** Terms are judged at this moment, and at most SETTLE_MS after the last step. */
  now: Date;
  workflowBundle?: WorkerOptions['workflowBundle'];
}

type Step =
  | { at: number; kind: 'start'; workflowId: string; input: ComplaintWorkflowInput }
  | { at: number; kind: 'act'; workflowId: string; step: LifeStep };

export async function replay(r: ReplayInput): Promise<Record<string, Map<string, ReplayedLife>>> {
  // An ephemeral key: the workflow refuses unencrypted input, and nothing of the replay outlives it.
  const keys = keyringOf([{ id: 'what-if', key: randomBytes(32) }]);
  // The testing package loads with the first what-if, not with every worker (issue 20, memory).
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const env = await startEphemeral(() =>
    TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: temporalTestServer() },
      client: { dataConverter: dataConverter(keys) },
    }),
  );
  const lifeOf = new Map<string, RegisteredLife>();
  const recorder = new Recorder((workflowId) => lifeOf.get(workflowId)!.contact);
  const worker = await createComplaintWorker({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    // Complaint workflows call only the complaint activities; reports and retention have no part here.
    activities: recorder.activities() as Activities,
    keys,
    workflowBundle: r.workflowBundle,
  });
  const running = worker.run();
  try {
    await registerSearchAttributes(env.connection.operatorService, env.namespace ?? 'default');
    const registrations = r.lives.map((l) => Date.parse(l.receivedAt) + l.registeredAfter);
    const earliest = new Date(Math.min(...registrations, r.now.getTime())).toISOString();
    const days = shiftDaysFor(earliest, (await env.currentTimeMs()) + 60_000);
    const moved = (iso: string) => shiftInstant(iso, days, r.zone);
    const back = (iso: string) => shiftInstant(iso, -days, r.zone);
    const from = localDate(earliest, r.zone);

    const steps: Step[] = [];
    for (const [policy, terms] of Object.entries(r.policies)) {
      const shifted = shiftTerms(terms, days, from);
      for (const life of r.lives) {
        const workflowId = `${policy}:${life.reference}`;
        lifeOf.set(workflowId, life);
        const arrival = Date.parse(life.receivedAt);
        const registeredAt = moved(new Date(arrival + life.registeredAfter).toISOString());
        const input: ComplaintWorkflowInput = {
          reference: life.reference,
          channel: life.channel,
          kind: life.kind,
          receivedAt: moved(life.receivedAt),
          registeredAt,
          registeredBy: REPLAY_ACTOR,
          contact: life.contact,
          ...(life.answeredAtOnce
            ? { answeredAtOnce: { by: REPLAY_ACTOR, answer: PLACEHOLDER, at: registeredAt } }
            : {}),
          terms: shifted,
        };
        steps.push({ at: Date.parse(registeredAt), kind: 'start', workflowId, input });
        for (const step of life.steps) {
          const acted = new Date(arrival + step.after).toISOString();
          const at = Date.parse(
            moved(actingMoment(life.receivedAt, acted, r.staffTiming ?? 'same-time', r.actual, terms)),
          );
          steps.push({ at, kind: 'act', workflowId, step });
        }
      }
    }
    const refused = new Map<string, LifeStep['action'][]>();
    for (const s of inTimeOrder(steps, { start: 0, act: 1 })) {
      const at = new Date(await advanceClock(env, s.at)).toISOString();
      if (s.kind === 'start') {
        await env.client.workflow.start<typeof complaintWorkflow>('complaintWorkflow', {
          workflowId: s.workflowId,
          taskQueue: TASK_QUEUE,
          args: [s.input],
        });
        continue;
      }
      if (s.step.action === 'letter-posted') {
        recorder.post(s.workflowId, s.step.purpose, at);
        continue;
      }
      const [name, body] = actionOf(s.step, at, r.zone)!;
      try {
        await env.client.workflow.getHandle(s.workflowId).executeUpdate(updateOf(name), { args: [body as never] });
      } catch {
        refused.set(s.workflowId, [...(refused.get(s.workflowId) ?? []), s.step.action]);
      }
    }
    const last = steps.reduce((m, s) => Math.max(m, s.at), 0);
    const judged = Math.max(last, Math.min(Date.parse(moved(r.now.toISOString())), last + SETTLE_MS));
    await advanceClock(env, judged);
    await recorder.quiet();

    const result: Record<string, Map<string, ReplayedLife>> = {};
    for (const policy of Object.keys(r.policies)) {
      result[policy] = new Map();
      for (const life of r.lives) {
        const workflowId = `${policy}:${life.reference}`;
        const replayed = recorder.of(workflowId);
        const ordered = [...replayed.steps].sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
        const terms = termResults(deadlineProof(ordered, new Date(judged))).map((t) => ({
          ...t,
          due: back(t.due),
          ...(t.at ? { at: back(t.at) } : {}),
        }));
        result[policy].set(life.reference, {
          terms,
          notices: replayed.notices.map((n) => ({ purpose: n.purpose, due: back(n.due) })),
          refused: refused.get(workflowId) ?? [],
        });
      }
    }
    return result;
  } finally {
    worker.shutdown();
    await running;
    await env.teardown();
  }
}
