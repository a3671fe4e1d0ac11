/**
 * What the scale-out test asserts, each read from the real part that holds it: the register (every
 * complaint once, numbered without gaps, its acknowledgement on record as sent), Temporal's visibility
 * store (one workflow per complaint) and the SMTP sink (every due acknowledgement arrived, none early;
 * duplicates only as a resend with the same Message-ID, which at-least-once delivery allows and mail
 * clients show once). Only counts and references are printed: no complainant data.
 */
import { Connection } from '@temporalio/client';
import { openDatabase } from '../../infra/database';
import { sleep } from '../bench/figures';
import type { Arrival } from '../bench/mail-sink';
import type { Cluster } from './cluster';

export interface Check {
  what: string;
  measured: string;
  ok: boolean;
}

const check = (what: string, measured: number | string, ok: boolean): Check => ({
  what,
  measured: String(measured),
  ok,
});

/** The acknowledgement's Message-ID (activities/deliver.ts): its message key, stable across resends. */
export const acknowledgementId = (reference: string) => `<${reference}/acknowledgement-1@klachtenregister>`;

export async function registerChecks(cluster: Cluster, references: string[]): Promise<Check[]> {
  const db = openDatabase(cluster.databaseUrl);
  try {
    const rows = await db.complaint.findMany({
      select: { reference: true, year: true, sequence: true, workflowStartedAt: true },
    });
    const inRegister = new Set(rows.map((r) => r.reference));
    const missing = references.filter((r) => !inRegister.has(r)).length;
    const gaps = numberingGaps(rows);
    const sent = await db.message.count({
      where: { key: { in: references.map((r) => `${r}/acknowledgement-1`) }, status: 'sent' },
    });
    return [
      check('register: complaints', rows.length, rows.length === references.length),
      check('register: filed references missing', missing, missing === 0),
      check('register: gaps or repeats in numbering', gaps, gaps === 0),
      check(
        'register: workflow start recorded',
        rows.filter((r) => r.workflowStartedAt).length,
        rows.every((r) => r.workflowStartedAt),
      ),
      check('register: acknowledgements marked sent', sent, sent === references.length),
    ];
  } finally {
    await db.$disconnect();
  }
}

/** Per year, sequences must be exactly 1…n: anything else is a gap or a number given twice. */
function numberingGaps(rows: { year: number; sequence: number }[]): number {
  const byYear = new Map<number, number[]>();
  for (const r of rows) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r.sequence]);
  let wrong = 0;
  for (const sequences of byYear.values()) {
    sequences.sort((a, b) => a - b);
    wrong += sequences.filter((s, i) => s !== i + 1).length;
  }
  return wrong;
}

export async function temporalChecks(cluster: Cluster, references: string[]): Promise<Check[]> {
  const { namespace } = cluster;
  const query = "WorkflowType = 'complaintWorkflow'";
  const connection = await Connection.connect({ address: cluster.address });
  try {
    // Visibility is written after the fact by the history service: give it a moment to catch up.
    for (let waited = 0; waited < 30_000; waited += 500) {
      const { count } = await connection.workflowService.countWorkflowExecutions({ namespace, query });
      if (Number(count) >= references.length) break;
      await sleep(500);
    }
    const runs: string[] = [];
    let nextPageToken: Uint8Array | undefined;
    do {
      const page = await connection.workflowService.listWorkflowExecutions({
        namespace,
        query,
        pageSize: 1000,
        nextPageToken,
      });
      runs.push(...(page.executions ?? []).map((e) => e.execution?.workflowId ?? ''));
      nextPageToken = page.nextPageToken?.length ? page.nextPageToken : undefined;
    } while (nextPageToken);
    const ids = new Set(runs);
    const missing = references.filter((r) => !ids.has(r)).length;
    return [
      check('Temporal: complaint workflows', runs.length, runs.length === references.length),
      check('Temporal: complaints without a workflow', missing, missing === 0),
      check('Temporal: workflows run more than once', runs.length - ids.size, runs.length === ids.size),
    ];
  } finally {
    await connection.close();
  }
}

/** `at`: the instant the acknowledgements fell due. */
export function mailChecks(arrivals: Arrival[], references: string[], at: number): Check[] {
  const expected = new Set(references.map(acknowledgementId));
  const due = arrivals.filter((a) => expected.has(a.messageId));
  const distinct = new Set(due.map((a) => a.messageId)).size;
  // An acknowledgement under any other Message-ID would be a second, different mail to the complainant.
  const strays = arrivals.filter((a) => a.messageId.includes('/acknowledgement-') && !expected.has(a.messageId));
  const early = due.filter((a) => a.at < at).length;
  return [
    check('mail: acknowledgements due', expected.size, true),
    check('mail: arrived (distinct Message-IDs)', distinct, distinct === expected.size),
    check('mail: lost', expected.size - distinct, distinct === expected.size),
    check('mail: sent twice, same Message-ID (allowed)', due.length - distinct, true),
    check('mail: acknowledgements under another Message-ID', strays.length, strays.length === 0),
    check('mail: arrived before the instant', early, early === 0),
  ];
}

export function printChecks(checks: Check[]): void {
  const width = Math.max(...checks.map((c) => c.what.length));
  const valueWidth = Math.max(...checks.map((c) => c.measured.length));
  for (const c of checks)
    console.log(`  ${c.what.padEnd(width)}  ${c.measured.padStart(valueWidth)}  ${c.ok ? 'ok' : 'FAILED'}`);
}
