/**
 * AVG/GDPR tests: one complainant's personal data, each value its own, and every register row that
 * concerns their complaint (all columns), to look for any of those values after anonymisation.
 */
import type { Database } from '../../infra/database';

export interface Person {
  name: string;
  email: string;
  phone: string;
  address: string;
  subject: string;
  description: string;
  note: string;
  incoming: string;
  way: string;
  reply: string;
  resolution: string;
  reason: string;
  comment: string;
}

/** Every value to look for; multi-line texts also line by line (a letter quotes an address so). */
export function personalValues(p: Person): string[] {
  return [...new Set(Object.values(p).flatMap((v) => [v, ...v.split('\n')]))];
}

/** The complaint's row and its messages' and steps' rows, every column as stored. */
export async function registerRowsOf(db: Database, reference: string) {
  const [complaint, messages, events] = await Promise.all([
    db.complaint.findUniqueOrThrow({ where: { reference } }),
    db.message.findMany({ where: { reference } }),
    db.complaintEvent.findMany({ where: { reference } }),
  ]);
  return { complaint, messages, events };
}
