/**
 * AVG/GDPR, the right of access: everything the register holds about one complainant — each of their
 * complaints (found by e-mail address, in any case, or by reference), with the complainant's details, the
 * texts, every message and letter sent to them, every step on record (notes and the messages they sent us
 * among them) and their satisfaction answer. Keys, hashes and sealed secrets are the service's, not theirs,
 * and are left out. Plain JSON: the export's file, and what its PDF is printed from.
 */
import { Prisma } from '../generated/prisma/client';
import { COMPLAINANT_MESSAGE_PURPOSES } from '../domain/notifications';
import type { Database } from '../infra/database';
import type { AttachmentStore } from '../infra/attachment-store';

export interface AccessQuery {
  email?: string;
  reference?: string;
}

export interface HeldMessage {
  id: number;
  purpose: string;
  channel: string;
  recipient: string;
  subject: string;
  body: string;
  status: string;
  createdAt: string;
  sentAt: string | null;
}

export interface HeldStep {
  action: string;
  by: string;
  at: string;
  detail: Record<string, unknown>;
}

/** A file with the complaint: its facts, and in the JSON export its content (base64). */
export interface HeldAttachment {
  id: number;
  source: string;
  fileName: string;
  mediaType: string;
  size: number;
  createdAt: string;
  contentBase64?: string;
}

export interface HeldComplaint {
  reference: string;
  channel: string;
  kind: string;
  language: string;
  receivedAt: string;
  registeredAt: string;
  registeredBy: string;
  status: string;
  closedAt: string | null;
  anonymisedAt: string | null;
  complainant: { name: string; email: string | null; phone: string | null; address: string | null };
  subject: string;
  description: string;
  service: string | null;
  answeredAtOnce: Record<string, unknown> | null;
  category: string | null;
  cause: string | null;
  correctiveAction: string | null;
  satisfaction: { score: number | null; comment: string | null; at: string | null } | null;
  messages: HeldMessage[];
  steps: HeldStep[];
  attachments: HeldAttachment[];
}

export interface SubjectAccess {
  generatedAt: string;
  query: AccessQuery;
  complaints: HeldComplaint[];
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function parsed(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return { text: json };
  }
}

/** The references the query matches: the complaint named, and every complaint under the e-mail address. */
async function matching(db: Database, query: AccessQuery): Promise<string[]> {
  const byEmail = query.email
    ? await db.$queryRaw<{ reference: string }[]>(
        Prisma.sql`SELECT "reference" FROM "Complaint" WHERE LOWER("complainantEmail") = LOWER(${query.email})`,
      )
    : [];
  const named = query.reference
    ? await db.complaint.findMany({ where: { reference: query.reference }, select: { reference: true } })
    : [];
  return [...new Set([...named, ...byEmail].map((r) => r.reference))].sort();
}

export async function subjectAccess(
  db: Database,
  query: AccessQuery,
  now: Date,
  /** The attachment store: with it, each file's content is in the export (the JSON file). */
  files?: Pick<AttachmentStore, 'read'>,
): Promise<SubjectAccess> {
  const references = await matching(db, query);
  const rows = await db.complaint.findMany({
    where: { reference: { in: references } },
    orderBy: { receivedAt: 'asc' },
    include: {
      messages: { where: { purpose: { in: [...COMPLAINANT_MESSAGE_PURPOSES] } }, orderBy: { id: 'asc' } },
      events: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
      attachments: { orderBy: { id: 'asc' } },
    },
  });
  const contents = new Map<number, string>();
  if (files) {
    for (const a of rows.flatMap((c) => c.attachments)) contents.set(a.id, (await files.read(a)).toString('base64'));
  }
  return {
    generatedAt: now.toISOString(),
    query,
    complaints: rows.map((c) => ({
      reference: c.reference,
      channel: c.channel,
      kind: c.kind,
      language: c.language,
      receivedAt: c.receivedAt.toISOString(),
      registeredAt: c.registeredAt.toISOString(),
      registeredBy: c.registeredBy,
      status: c.status,
      closedAt: iso(c.closedAt),
      anonymisedAt: iso(c.anonymisedAt),
      complainant: {
        name: c.complainantName,
        email: c.complainantEmail,
        phone: c.complainantPhone,
        address: c.complainantAddress,
      },
      subject: c.subject,
      description: c.description,
      service: c.service,
      answeredAtOnce: parsed(c.answeredAtOnce),
      category: c.category,
      cause: c.cause,
      correctiveAction: c.correctiveAction,
      satisfaction:
        c.satisfactionScore === null && c.satisfactionComment === null
          ? null
          : { score: c.satisfactionScore, comment: c.satisfactionComment, at: iso(c.satisfactionAt) },
      messages: c.messages.map((m) => ({
        id: m.id,
        purpose: m.purpose,
        channel: m.channel,
        recipient: m.recipient,
        subject: m.subject,
        body: m.body,
        status: m.status,
        createdAt: m.createdAt.toISOString(),
        sentAt: iso(m.sentAt),
      })),
      steps: c.events.map((e) => ({
        action: e.action,
        by: e.actor,
        at: e.at.toISOString(),
        detail: parsed(e.detail) ?? {},
      })),
      attachments: c.attachments.map((a) => ({
        id: a.id,
        source: a.source,
        fileName: a.fileName,
        mediaType: a.mediaType,
        size: a.size,
        createdAt: a.createdAt.toISOString(),
        ...(contents.has(a.id) ? { contentBase64: contents.get(a.id) } : {}),
      })),
    })),
  };
}
