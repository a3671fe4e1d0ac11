/**
 * Everything the checks read, gathered once after the year has run: per life its register row, its
 * events and messages (with the simulated moment of each, from the workflow history), the mails the
 * SMTP server received about it, and what staff did. The checks are then pure functions of this.
 */
import type { ParsedMail } from 'mailparser';
import type { Message } from '../../generated/prisma/client';
import type { ComplaintRow } from '../../api/complaints/register';
import { withDefaults, type ProcedureTerms } from '../../domain/terms';
import type { Harness } from '../support/harness';
import { activitiesOf, type ActivityRun } from './histories';
import type { JournalEntry, Run } from './journal';
import type { Life, YearPlan } from './plan';

export interface EventRecord {
  key: string;
  /** Order in which the workflow recorded it (0: registration, before the workflow). */
  n: number;
  action: string;
  actor: string;
  detail: Record<string, unknown>;
  /** Simulated moment it was recorded. */
  at?: number;
}

export interface MessageRecord extends Message {
  /** The activity that sent or queued it, from the history. */
  run?: ActivityRun;
}

export interface LifeRecord {
  life: Life;
  reference?: string;
  complaint?: ComplaintRow;
  terms: ProcedureTerms;
  /** In the order the workflow recorded them. */
  events: EventRecord[];
  messages: MessageRecord[];
  /** Mails the SMTP server received about this complaint (by the key in their Message-ID). */
  mails: ParsedMail[];
  journal: JournalEntry[];
  /** The complaint's workflow could not be found. */
  workflowMissing?: string;
}

export interface Observed {
  run: Run;
  lives: LifeRecord[];
  /** Complaint rows in the register. */
  complaints: ComplaintRow[];
  /** Every mail the SMTP server received. */
  mails: ParsedMail[];
}

/** The message key a mail carries in its Message-ID (`<key@klachtenregister>`). */
export function keyOfMail(mail: ParsedMail): string | undefined {
  return /^<(.+)@klachtenregister>$/.exec(mail.messageId ?? '')?.[1];
}

const referenceOfKey = (key: string) => key.split('/')[0];
const eventOrder = (key: string) => (key.endsWith('/registered') ? 0 : Number(/\/event-(\d+)$/.exec(key)?.[1] ?? NaN));

function groupBy<T>(items: T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/** Runs `work` over `items`, `concurrency` at a time. */
async function inPool<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

export async function observe(h: Harness, year: YearPlan, run: Run): Promise<Observed> {
  const db = h.register.db;
  const [complaints, events, messages] = await Promise.all([
    db.complaint.findMany(),
    db.complaintEvent.findMany(),
    db.message.findMany(),
  ]);
  const rows = new Map(complaints.map((c) => [c.reference, c]));
  const eventsOf = groupBy(events, (e) => e.reference);
  const messagesOf = groupBy(messages, (m) => m.reference);
  const mails = [...h.smtp.received];
  const mailsOf = groupBy(mails, (m) => {
    const key = keyOfMail(m);
    return key && referenceOfKey(key);
  });
  const journalOf = groupBy(run.journal, (e) => String(e.lifeId));

  const lives = await inPool(year.lives, 8, async (life): Promise<LifeRecord> => {
    const reference = run.references.get(life.id);
    const complaint = reference ? rows.get(reference) : undefined;
    const record: LifeRecord = {
      life,
      reference,
      complaint,
      terms: withDefaults(complaint ? JSON.parse(complaint.terms) : {}),
      events: [],
      messages: [],
      mails: [],
      journal: journalOf.get(String(life.id)) ?? [],
    };
    if (!reference) return record;
    let activities = new Map<string, ActivityRun>();
    try {
      activities = await activitiesOf(h, reference);
    } catch (error) {
      record.workflowMissing = (error as Error).message;
    }
    record.events = (eventsOf.get(reference) ?? [])
      .map((e) => ({
        key: e.key,
        n: eventOrder(e.key),
        action: e.action,
        actor: e.actor,
        detail: JSON.parse(e.detail) as Record<string, unknown>,
        // The register records each step at workflow time (the test server's clock), the API at the app's clock.
        at: e.at.getTime(),
      }))
      .sort((a, b) => a.n - b.n);
    record.messages = (messagesOf.get(reference) ?? []).map((m) => ({ ...m, run: activities.get(m.key) }));
    record.mails = mailsOf.get(reference) ?? [];
    return record;
  });
  return { run, lives, complaints, mails };
}
