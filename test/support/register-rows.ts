/**
 * Complaints with known facts and outcomes, written straight into the register (as the projection of
 * their workflows would have left them), for tests whose expectations are computed by hand: a report
 * over months of history cannot wait for months of workflows.
 */
import type { Database } from '../../infra/database';

export interface RowFacts {
  reference: string;
  channel?: string;
  receivedAt: string;
  service?: string;
  status?: string;
  replyDueAt?: string;
  callbackDueAt?: string;
  acknowledgedAt?: string;
  calledBackAt?: string;
  repliedAt?: string;
  closedAt?: string;
  category?: string;
  cause?: string;
  correctiveAction?: string;
  termMissed?: boolean;
  satisfaction?: { score: number; at: string };
  handler?: string;
  subject?: string;
  complainant?: { name: string; email?: string; phone?: string };
}

const ORAL = ['phone', 'in_person'];
const at = (iso?: string) => (iso ? new Date(iso) : null);

/**
 * A complaint row as its workflow would have left it. The year's reference counter is kept ahead of it,
 * as registration does, so a complaint filed later in the same test gets a reference of its own.
 */
export async function insertComplaint(db: Database, f: RowFacts): Promise<void> {
  const [, year, sequence] = f.reference.split('-');
  const counter = await db.referenceCounter.findUnique({ where: { year: Number(year) } });
  if (!counter || counter.last < Number(sequence)) {
    await db.referenceCounter.upsert({
      where: { year: Number(year) },
      create: { year: Number(year), last: Number(sequence) },
      update: { last: Number(sequence) },
    });
  }
  const channel = f.channel ?? 'email';
  await db.complaint.create({
    data: {
      reference: f.reference,
      year: Number(year),
      sequence: Number(sequence),
      channel,
      kind: ORAL.includes(channel) ? 'oral' : 'written',
      subject: f.subject ?? 'Klacht',
      description: 'Beschrijving van de klacht.',
      service: f.service ?? null,
      complainantName: f.complainant?.name ?? 'Anna Klager',
      complainantEmail: f.complainant?.email ?? 'anna.klager@example.nl',
      complainantPhone: f.complainant?.phone ?? null,
      receivedAt: new Date(f.receivedAt),
      registeredAt: new Date(f.receivedAt),
      registeredBy: 'desk',
      terms: '{}',
      workflowStartedAt: new Date(f.receivedAt),
      status: f.status ?? 'in_handling',
      handler: f.handler ?? null,
      replyDueAt: at(f.replyDueAt),
      callbackDueAt: at(f.callbackDueAt),
      acknowledgedAt: at(f.acknowledgedAt),
      calledBackAt: at(f.calledBackAt),
      repliedAt: at(f.repliedAt),
      closedAt: at(f.closedAt),
      category: f.category ?? null,
      cause: f.cause ?? null,
      correctiveAction: f.correctiveAction ?? null,
      termMissed: f.termMissed ?? false,
      satisfactionScore: f.satisfaction?.score ?? null,
      satisfactionAt: at(f.satisfaction?.at),
    },
  });
}

let events = 0;

/** A step on record, e.g. 'acknowledged', 'escalated', 'withdrawn'. */
export async function insertEvent(db: Database, reference: string, action: string, when: string): Promise<void> {
  await db.complaintEvent.create({
    data: { key: `${reference}/${action}-${++events}`, reference, actor: 'system', action, at: new Date(when) },
  });
}

/** A message to the complainant; `sentAt` absent: not sent (yet). */
export async function insertMessage(
  db: Database,
  reference: string,
  purpose: string,
  sentAt: string | undefined,
  channel = 'email',
): Promise<void> {
  await db.message.create({
    data: {
      key: `${reference}/${purpose}-${++events}`,
      reference,
      purpose,
      channel,
      recipient: 'anna.klager@example.nl',
      subject: purpose,
      body: '…',
      status: sentAt ? (channel === 'letter' ? 'posted' : 'sent') : 'pending',
      sentAt: at(sentAt),
    },
  });
}
