/**
 * One planted fault per invariant, made in a copy of an observed year: a year without violations proves
 * something only if each check would have noticed the fault it exists for. Each function returns the
 * changed copy, or undefined when the year holds nothing to plant the fault in.
 */
import { localDate } from '../../domain/calendar';
import { promisesMade, promisesOf } from './promises';
import type { InvariantName } from './invariants';
import type { LifeRecord, Observed } from './observe';
import { termOf, termOutcome } from './term-outcome';

type Plant = (o: Observed) => Observed | undefined;

/** `o` with the first life that `pick` accepts replaced by `change(life)`. */
function changeLife(o: Observed, pick: (r: LifeRecord) => boolean, change: (r: LifeRecord) => LifeRecord) {
  const i = o.lives.findIndex(pick);
  return i < 0 ? undefined : { ...o, lives: o.lives.map((r, j) => (j === i ? change(r) : r)) };
}

export const PLANTED: Record<InvariantName, Plant> = {
  // The acknowledgement that met the term (no reply did) went out a minute after it ended.
  'R3/R9/R10 terms met': (o) =>
    changeLife(
      o,
      (r) => termOutcome(r, o.run.outages).kind === 'acknowledged' && !r.events.some((e) => e.action === 'reply_sent'),
      (r) => ({
        ...r,
        messages: r.messages.map((m) =>
          m.key === `${r.reference}/acknowledgement-1`
            ? { ...m, run: { ...m.run!, completedAt: termOf(r)!.ends + 60_000 } }
            : m,
        ),
      }),
    ),
  // The first promise is for the day its message (acknowledgement-1) went out.
  'R4/R10 no past dates promised': (o) =>
    changeLife(
      o,
      (r) => r.messages.some((m) => m.key === `${r.reference}/acknowledgement-1` && m.run?.completedAt),
      (r) => {
        const sent = r.messages.find((m) => m.key === `${r.reference}/acknowledgement-1`)!.run!.completedAt!;
        const day = localDate(new Date(sent).toISOString(), r.terms.timeZone);
        const first = promisesMade(r)[0];
        return {
          ...r,
          events: r.events.map((e) => (e === first ? { ...e, detail: { ...e.detail, expectedBy: day } } : e)),
        };
      },
    ),
  // A missed promise whose escalation is not on record.
  'R4 missed promises escalated once': (o) =>
    changeLife(
      o,
      (r) => promisesOf(r, o.run.end).some((p) => p.fate === 'missed'),
      (r) => {
        const missed = promisesOf(r, o.run.end).find((p) => p.fate === 'missed')!;
        return { ...r, events: r.events.filter((e) => e !== missed.escalations[0]) };
      },
    ),
  // One mail arrived twice.
  'no message twice': (o) => (o.mails.length ? { ...o, mails: [...o.mails, o.mails[0]] } : undefined),
  // An accepted staff action left no event.
  'every step on record': (o) =>
    changeLife(
      o,
      (r) => r.events.some((e) => e.action === 'assigned'),
      (r) => ({ ...r, events: r.events.filter((e) => e.action !== 'assigned') }),
    ),
  // A complaint filed but missing from the register.
  'R2 every complaint once, procedure started': (o) => ({ ...o, complaints: o.complaints.slice(1) }),
  // A refused action that answered 500 and changed the history.
  'refusals: no 5xx, nothing changed': (o) => {
    const i = o.run.journal.findIndex((e) => e.status === 409);
    if (i < 0) return undefined;
    const journal = o.run.journal.map((e, j) => (j === i ? { ...e, status: 500, changed: ['history 5 → 6'] } : e));
    return { ...o, run: { ...o.run, journal } };
  },
};
