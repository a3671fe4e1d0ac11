import { refuse } from '../../domain/refusals';
import type { Database } from '../../infra/database';
import { notFound } from '../errors';
import type { ComplaintRow } from './register';
import { referenceSchema } from './schemas';

/** The register row of a complaint, or 404 (also for anything that is not a reference at all). */
export async function findComplaint(db: Database, reference: string): Promise<ComplaintRow> {
  const row = referenceSchema.safeParse(reference).success
    ? await db.complaint.findUnique({ where: { reference } })
    : null;
  if (!row) throw notFound(`complaint ${reference}`);
  return row;
}

/**
 * The register row of a complaint that may still change: an anonymised one takes no action, note or
 * correction any more (409), so that nothing personal comes back into it.
 */
export async function findChangeableComplaint(db: Database, reference: string): Promise<ComplaintRow> {
  const row = await findComplaint(db, reference);
  if (row.anonymisedAt) refuse('complaint_anonymised', { reference: row.reference });
  return row;
}

/**
 * The register record as staff see it: without keys, secrets and bookkeeping. The status link's token,
 * hashed or sealed, never leaves the register: it opens the complainant's page (R4).
 */
export function publicRecord(row: ComplaintRow) {
  const {
    intakeKey: _key,
    year: _year,
    sequence: _seq,
    statusTokenHash: _hash,
    statusTokenSealed: _sealed,
    searchText: _folded,
    projectedEvent: _projected,
    terms,
    answeredAtOnce,
    ...rest
  } = row;
  return { ...rest, terms: JSON.parse(terms), answeredAtOnce: answeredAtOnce ? JSON.parse(answeredAtOnce) : null };
}
