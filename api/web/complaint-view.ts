/**
 * What a complaint's page shows, gathered with the JSON API's own functions: the record with its live
 * state (record.ts), the deadline proof, and the actions the state and the person's roles allow
 * (allowed-actions.ts). Without a live state (no worker) the page shows the register and offers no action.
 */
import { randomBytes } from 'node:crypto';
import { COMPLAINANT_MESSAGE_PURPOSES } from '../../domain/notifications';
import type { Channel } from '../../domain/channels';
import type { RegisterStatus } from '../../domain/complaint';
import type { AppDeps } from '../deps';
import type { StaffMember } from '../auth/accounts';
import { may } from '../auth/roles';
import { handlerChoices } from '../auth/handlers';
import { listChoices } from '../lists/list-values';
import { attachmentsOf } from '../attachments/attachments';
import { letterPdfPath } from '../complaints/letters';
import { complaintProof, complaintRecord } from '../complaints/record';
import type { ComplaintView } from '../../web/pages/complaint';
import type { TimelineEntry } from '../../web/pages/complaint-timeline';
import { allowedActions } from '../../domain/procedure-rules';

const optional = (value: string | null) => value ?? undefined;

/** A random key per rendered page: its forms carry it, so a double-clicked form acts once. */
export const newFormKey = () => randomBytes(18).toString('base64url');

/** A form's key as posted, when it looks like one we made. */
export function formKeyOf(body: unknown): string | undefined {
  const key = (body as Record<string, unknown> | undefined)?._key;
  return typeof key === 'string' && /^[A-Za-z0-9_-]{24}(?:-[a-z0-9-]{1,40})?$/.test(key) ? `web-${key}` : undefined;
}

export async function complaintView(
  deps: AppDeps,
  staff: StaffMember,
  reference: string,
): Promise<Omit<ComplaintView, 'done' | 'form'>> {
  const { db } = deps;
  const now = await deps.clock();
  const [{ row, messages, events, state }, proof, accounts, categories, causes, attachments] = await Promise.all([
    complaintRecord(deps, reference),
    complaintProof(db, reference, now),
    db.staffAccount.findMany({
      select: { id: true, name: true, roles: true, disabledAt: true },
      orderBy: { id: 'asc' },
    }),
    listChoices(db, 'category'),
    listChoices(db, 'cause'),
    attachmentsOf(db, reference),
  ]);
  const actions = state ? allowedActions(state, staff.roles) : undefined;
  const mayResend = !!actions?.some((a) => a.name === 'resend-message');
  const mayPost = may(staff.roles, 'letter.post');
  const timeline: TimelineEntry[] = [
    ...events.map((e) => ({
      kind: 'step' as const,
      id: e.id,
      at: e.at,
      action: e.action,
      actor: e.actor,
      detail: e.detail,
    })),
    ...messages.map((m) => {
      const toComplainant = (COMPLAINANT_MESSAGE_PURPOSES as readonly string[]).includes(m.purpose);
      return {
        kind: 'message' as const,
        id: m.id,
        at: m.createdAt,
        toComplainant,
        purpose: m.purpose,
        channel: m.channel,
        recipient: m.recipient,
        subject: m.subject,
        body: m.body,
        status: m.status,
        sentAt: m.sentAt ?? undefined,
        postBy: m.postBy ?? undefined,
        pdf: m.channel === 'letter' ? letterPdfPath(m.reference, m.id) : undefined,
        resendable: toComplainant && m.status === 'failed' && mayResend,
        postable: m.channel === 'letter' && m.status === 'to_post' && mayPost,
      };
    }),
    // A stable sort: of one moment, steps keep their order (domain/step-order.ts) and messages theirs.
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.kind === b.kind ? 0 : a.kind === 'step' ? -1 : 1));
  const answeredAtOnce = row.answeredAtOnce
    ? (JSON.parse(row.answeredAtOnce) as { by: string; answer: string })
    : undefined;
  return {
    reference: row.reference,
    subject: row.subject,
    description: row.description,
    channel: row.channel as Channel,
    service: optional(row.service),
    status: row.status as RegisterStatus,
    receivedAt: row.receivedAt,
    registeredAt: row.registeredAt,
    registeredBy: row.registeredBy,
    handler: optional(row.handler),
    answeredAtOnce,
    complainant: {
      name: row.complainantName,
      email: optional(row.complainantEmail),
      phone: optional(row.complainantPhone),
      address: optional(row.complainantAddress),
      language: row.language,
    },
    live: state ?? undefined,
    actions,
    may: {
      correct: may(staff.roles, 'complaint.correct'),
      note: may(staff.roles, 'complaint.note'),
      attach: may(staff.roles, 'complaint.attach') && !row.anonymisedAt,
    },
    attachments: attachments.map((f) => ({ ...f, sent: f.messageKey !== null })),
    attachmentLimits: deps.config.attachments,
    timeline,
    notes: events
      .filter((e) => e.action === 'note')
      .map((e) => ({ by: e.actor, at: e.at, text: String(e.detail.text ?? '') })),
    proof: proof.map((p) => ({
      term: p.term,
      due: new Date(p.due),
      day: p.day,
      outcome: p.outcome,
      at: p.at ? new Date(p.at) : undefined,
      evidence: p.evidence.map((e) => ({ action: e.action, actor: e.actor, at: new Date(e.at) })),
    })),
    people: Object.fromEntries(accounts.map((a) => [a.id, a.name])),
    // R6: a list nobody keeps yet (no entries) leaves its field free text.
    fieldChoices: {
      'assign.handler': handlerChoices(accounts),
      ...(categories.length ? { 'close.category': categories } : {}),
      ...(causes.length ? { 'close.cause': causes } : {}),
    },
    now,
    formKey: newFormKey(),
  };
}
