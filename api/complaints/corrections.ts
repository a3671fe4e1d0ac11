/**
 * PATCH /api/complaints/:ref/complainant: staff correct the complainant's contact details and language
 * (a typo in an e-mail address, a new postal address). The register holds them, with the change on
 * record (who, and old → new); the workflow hears only which ways to reach the complainant exist now,
 * and the next message goes to the corrected address.
 */
import { randomUUID } from 'node:crypto';
import { eventName } from '../../domain/events';
import { problem } from '../../domain/problems';
import { Router } from 'express';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { z } from 'zod';
import { contactChangedSignal, line, optionalEmail, optionalLine, optionalText } from '../../domain/actions';
import { LANGUAGES, type Channel } from '../../domain/channels';
import type { Database } from '../../infra/database';
import type { AppDeps } from '../deps';
import type { StaffMember } from '../auth/accounts';
import { allow, permitted, staffOf } from '../auth/authenticate';
import { badRequest } from '../errors';
import { findChangeableComplaint } from './find';
import { answerable } from './schemas';
import { searchTextOf } from '../../domain/search-text';

// Empty or null removes a detail; absent leaves it as it is.
const removable = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]).optional();

export const correctionSchema = z
  .object({
    name: line(200).optional(),
    email: removable(optionalEmail),
    phone: removable(optionalLine(50)),
    address: removable(optionalText(500)),
    language: z.enum(LANGUAGES).optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing_to_correct' });

/** The register's column of each correctable detail. */
const COLUMNS = {
  name: 'complainantName',
  email: 'complainantEmail',
  phone: 'complainantPhone',
  address: 'complainantAddress',
  language: 'language',
} as const;

/** Corrects the complainant's details in the register, puts the change on record and tells the workflow the routes. */
export async function correctComplainant(
  deps: { db: Database; client: Client; clock: () => Promise<Date> },
  staff: StaffMember,
  reference: string,
  body: unknown,
) {
  const { db, client } = deps;
  permitted(staff, 'complaint.correct');
  const row = await findChangeableComplaint(db, reference);
  const given = correctionSchema.parse(body);
  const changes: Record<string, { from: string | null; to: string | null }> = {};
  const data: Record<string, string | null> = {};
  for (const [field, column] of Object.entries(COLUMNS) as [
    keyof typeof COLUMNS,
    (typeof COLUMNS)[keyof typeof COLUMNS],
  ][]) {
    if (!(field in given)) continue;
    const to = given[field] ?? null;
    if (to === row[column]) continue;
    changes[field] = { from: row[column], to };
    data[column] = to;
  }
  const after = { ...row, ...data };
  const contact = { email: !!after.complainantEmail, postal: !!after.complainantAddress };
  if (
    !answerable(row.channel as Channel, {
      email: after.complainantEmail ?? undefined,
      address: after.complainantAddress ?? undefined,
    })
  ) {
    throw badRequest([problem('complainant', 'written_route')]);
  }
  if (Object.keys(changes).length) {
    await db.$transaction([
      db.complaint.update({ where: { reference: row.reference }, data: { ...data, searchText: searchTextOf(after) } }),
      db.complaintEvent.create({
        data: {
          key: `${row.reference}/correction-${randomUUID()}`,
          reference: row.reference,
          actor: staff.id,
          action: eventName('contact_corrected'),
          detail: JSON.stringify({ changes }),
          at: await deps.clock(),
        },
      }),
    ]);
    try {
      await client.workflow.getHandle(row.reference).signal(contactChangedSignal, { by: staff.id, contact });
    } catch (error) {
      // A procedure that has ended needs no routes; the register is corrected either way.
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  }
  const { complainantName, complainantEmail, complainantPhone, complainantAddress, language } = after;
  return {
    complainant: {
      name: complainantName,
      email: complainantEmail,
      phone: complainantPhone,
      address: complainantAddress,
      language,
    },
    changes,
  };
}

export function correctionsRouter(deps: AppDeps): Router {
  const router = Router();
  router.patch('/:reference/complainant', allow('complaint.correct'), async (req, res) => {
    res.json(await correctComplainant(deps, staffOf(res), req.params.reference as string, req.body));
  });
  return router;
}
