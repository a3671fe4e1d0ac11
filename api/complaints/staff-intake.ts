/**
 * Intake by staff (R1, R2, R7), for POST /api/complaints and the web app's intake form: the body as
 * intake accepts it, "answered at once" only from an authorised representative, and an intake key
 * that makes a repeat find the complaint it registered instead of registering it twice.
 */
import type { Client } from '@temporalio/client';
import type { Config } from '../../infra/config';
import type { Database } from '../../infra/database';
import type { Keyring } from '../../infra/keyring';
import type { StaffMember } from '../auth/accounts';
import { permitted } from '../auth/authenticate';
import { fileComplaint, type Filed } from './file-complaint';
import type { Intake } from './register';
import { intakeSchema } from './schemas';

export async function fileByStaff(
  deps: { db: Database; client: Client; config: Config; keys: Keyring; clock: () => Promise<Date> },
  staff: StaffMember,
  body: unknown,
  /** Unique per intake for this member of staff (an Idempotency-Key, a form's own key). */
  key?: string,
): Promise<Filed> {
  const { db, client, config } = deps;
  permitted(staff, 'complaint.register');
  const parsed = intakeSchema.parse(body);
  if (parsed.answeredAtOnce) permitted(staff, 'complaint.answer-at-once');
  const intake: Intake = {
    ...parsed,
    registeredBy: staff.id,
    answeredAtOnce: parsed.answeredAtOnce && { by: staff.id, answer: parsed.answeredAtOnce.answer },
  };
  return fileComplaint(db, client, intake, config.terms, {
    intakeKey: key && `${staff.id}:${key}`,
    now: await deps.clock(),
    maxReceiptAgeMs: config.maxReceiptAgeMs,
    keys: deps.keys,
  });
}
