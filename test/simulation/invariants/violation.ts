/** What every invariant returns: the complaint it is about and what went wrong, so a report can count them. */
import type { LifeRecord, Observed } from '../observe';

export interface Violation {
  /** The complaint's reference, or `life <id>` when it has none. */
  reference: string;
  reason: string;
}

export type Invariant = (o: Observed) => Violation[];

export const nameOf = (r: LifeRecord) => r.reference ?? `life ${r.life.id}`;

/** An invariant checked life by life. */
export function perLife(check: (r: LifeRecord, o: Observed) => string[]): Invariant {
  return (o) => o.lives.flatMap((r) => check(r, o).map((reason) => ({ reference: nameOf(r), reason })));
}
