/** The invariants of a simulated year, each named by the rules it guards; the report counts each one's violations. */
import type { Observed } from '../observe';
import { everyComplaintOnce } from './complaints-present';
import { missedPromisesEscalatedOnce } from './escalations';
import { everyStepOnRecord } from './on-record';
import { promisedDatesAhead } from './promised-dates';
import { refusalsChangeNothing } from './refusals';
import { noMessageTwice } from './sent-once';
import { termsMet } from './terms-met';
import type { Invariant, Violation } from './violation';

export type { Violation } from './violation';

export const INVARIANTS = {
  'R3/R9/R10 terms met': termsMet,
  'R4/R10 no past dates promised': promisedDatesAhead,
  'R4 missed promises escalated once': missedPromisesEscalatedOnce,
  'no message twice': noMessageTwice,
  'every step on record': everyStepOnRecord,
  'R2 every complaint once, procedure started': everyComplaintOnce,
  'refusals: no 5xx, nothing changed': refusalsChangeNothing,
} satisfies Record<string, Invariant>;

export type InvariantName = keyof typeof INVARIANTS;

export function checkAll(o: Observed): Record<InvariantName, Violation[]> {
  return Object.fromEntries(Object.entries(INVARIANTS).map(([name, check]) => [name, check(o)])) as Record<
    InvariantName,
    Violation[]
  >;
}
