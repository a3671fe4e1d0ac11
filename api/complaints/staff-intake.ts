/**
 * Intake by staff (R1, R2, R7), for POST /api/complaints and the web app's intake form: the body as
 * intake accepts it, "answered at once" only from an authorised representative, and an intake key
 * that makes a repeat find the complaint it registered instead of registering it twice. Every problem of
 * one intake is named at once: the fields', the checks across fields and the date of receipt's.
 */
import type { Client } from '@temporalio/client';
import type { Config } from '../../infra/config';
import type { Database } from '../../infra/database';
import type { Keyring } from '../../infra/keyring';
import type { StaffMember } from '../auth/accounts';
import { permitted } from '../auth/authenticate';
import { fileComplaint, type Filed } from './file-complaint';
import type { Intake } from './register';
import { answerable, intakeSchema, reachableForCallback } from './schemas';
import { problem, problemsOf, type FieldProblem } from '../../domain/problems';
import { CHANNELS, kindOf, type Channel } from '../../domain/channels';
import { badRequest } from '../errors';
import { listValue } from '../lists/list-values';
import { receiptInstant, receiptProblems } from './register';

/**
 * The checks across fields, also when some fields failed (the schema's own cross-field checks run only on
 * a body whose fields all passed): a written complaint needs a way to answer it, only an oral one is
 * answered at once, and a date of receipt lies neither ahead nor too far back.
 */
function acrossFields(body: unknown, found: FieldProblem[], now: Date, config: Config): FieldProblem[] {
  const given = (body ?? {}) as Record<string, unknown>;
  const has = (field: string) => found.some((p) => p.field === field || p.field.startsWith(`${field}.`));
  const extra: FieldProblem[] = [];
  const channel = (CHANNELS as readonly unknown[]).includes(given.channel) ? (given.channel as Channel) : undefined;
  const who = (typeof given.complainant === 'object' && given.complainant) || {};
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
  const contact = {
    email: text((who as Record<string, unknown>).email),
    address: text((who as Record<string, unknown>).address),
    phone: text((who as Record<string, unknown>).phone),
  };
  if (channel && !has('complainant') && !answerable(channel, contact))
    extra.push(problem('complainant', 'written_route'));
  if (channel && !has('complainant') && !reachableForCallback(channel, given.answeredAtOnce !== undefined, contact))
    extra.push(problem('complainant', 'callback_route'));
  if (channel && given.answeredAtOnce !== undefined && kindOf(channel) !== 'oral' && !has('answeredAtOnce')) {
    extra.push(problem('answeredAtOnce', 'only_oral'));
  }
  const received = text(given.receivedAt);
  if (received && !has('receivedAt') && !Number.isNaN(receiptInstant(received, config.terms.timeZone).getTime())) {
    extra.push(...receiptProblems(receiptInstant(received, config.terms.timeZone), now, config.maxReceiptAgeMs));
  }
  return extra.filter((p) => !found.some((f) => f.field === p.field && f.code === p.code));
}

export async function fileByStaff(
  deps: { db: Database; client: Client; config: Config; keys: Keyring; clock: () => Promise<Date> },
  staff: StaffMember,
  body: unknown,
  /** Unique per intake for this member of staff (an Idempotency-Key, a form's own key). */
  key?: string,
): Promise<Filed> {
  const { db, client, config } = deps;
  permitted(staff, 'complaint.register');
  const now = await deps.clock();
  const checked = intakeSchema.safeParse(body);
  const found = checked.success ? [] : problemsOf(checked.error);
  const givenService = (body as { service?: unknown } | undefined)?.service;
  const service = await listValue(
    db,
    'service',
    checked.success ? checked.data.service : typeof givenService === 'string' ? givenService : undefined,
  );
  const problems = [
    ...found,
    ...acrossFields(body, found, now, config),
    ...(service.problem && !found.some((p) => p.field === 'service') ? [service.problem] : []),
  ];
  if (!checked.success || problems.length) throw badRequest(problems);
  const parsed = { ...checked.data, service: service.value };
  if (parsed.answeredAtOnce) permitted(staff, 'complaint.answer-at-once');
  const intake: Intake = {
    ...parsed,
    registeredBy: staff.id,
    answeredAtOnce: parsed.answeredAtOnce && { by: staff.id, answer: parsed.answeredAtOnce.answer },
  };
  return fileComplaint(db, client, intake, config.terms, {
    intakeKey: key && `${staff.id}:${key}`,
    now,
    maxReceiptAgeMs: config.maxReceiptAgeMs,
    keys: deps.keys,
  });
}
