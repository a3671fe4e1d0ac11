/**
 * R4: every missed promise was escalated exactly once, at the end of its day, and a kept promise never.
 * A promise is missed when its day ended with the complaint still acknowledged under it.
 */
import { promisesOf } from '../promises';
import { perLife } from './violation';

export const missedPromisesEscalatedOnce = perLife((r, o) =>
  promisesOf(r, o.run.end).flatMap((p) => {
    const what = `promise #${p.made.n} (${p.expectedBy}) ${p.fate}`;
    const count = p.escalations.length;
    if (p.fate === 'unknown') return [`${what}: the event that ended it has no moment in the history`];
    if ((p.fate === 'kept' || p.fate === 'running') && count > 0) return [`${what}, but escalated ${count}×`];
    if (p.fate === 'missed' && count !== 1) return [`${what}, escalated ${count}×`];
    if (p.fate === 'at-the-deadline' && count > 1) return [`${what}, escalated ${count}×`];
    const due = p.escalations[0]?.detail.due;
    if (count === 1 && due !== new Date(p.ends).toISOString()) return [`${what}, escalation says due ${String(due)}`];
    return [];
  }),
);
