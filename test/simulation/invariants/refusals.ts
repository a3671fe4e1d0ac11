/**
 * A staff action the state does not allow is refused with 409 (or 400 for a wrong field), never with a
 * 5xx, and a refused action changes nothing: not the register, not the workflow's history.
 */
import type { Invariant } from './violation';

export const refusalsChangeNothing: Invariant = (o) =>
  o.run.journal.flatMap((e) => {
    const reference = e.reference ?? `life ${e.lifeId}`;
    const expected = e.what === 'intake' ? [201] : [200, 400, 409];
    const problems: string[] = [];
    if (!expected.includes(e.status)) problems.push(`${e.what} as ${e.role} answered ${e.status}: ${e.error}`);
    if (e.changed?.length)
      problems.push(`${e.what} refused (${e.status}: ${e.error}) but changed ${e.changed.join(', ')}`);
    return problems.map((reason) => ({ reference, reason }));
  });
