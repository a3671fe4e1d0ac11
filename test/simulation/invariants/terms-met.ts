/**
 * R3/R9/R10: every reply term is met — the official reply or an acknowledgement went out before it
 * ended; a complaint entered after its acknowledgement moment was acknowledged at once; or, when the
 * mail server was down until the term ended, the failure is on record and a manager was told.
 */
import { termOutcome } from '../term-outcome';
import { perLife } from './violation';

export const termsMet = perLife((r, o) => {
  const outcome = termOutcome(r, o.run.outages);
  return outcome.kind === 'violated' ? [outcome.reason] : [];
});
