/**
 * Issue 22: how each term of a complaint ended, in the words of the deadline proof (api/complaints/proof.ts),
 * the same judgement the complaint's page and an auditor see, whether the steps came from the register or
 * from a replay. A complaint's outcome is the rules whose terms it missed.
 */
import type { Deadline, ProofOutcome } from '../domain/complaint';
import type { TermProof } from '../api/complaints/proof';

export interface TermResult {
  term: Deadline['name'];
  rule: string;
  due: string;
  outcome: ProofOutcome;
  /** When it was met, replaced, or seen missed. */
  at?: string;
}

export function termResults(proof: readonly TermProof[]): TermResult[] {
  return proof
    .map(({ term, rule, due, outcome, at }) => ({ term, rule, due, outcome, ...(at ? { at } : {}) }))
    .sort((a, b) => a.due.localeCompare(b.due) || a.term.localeCompare(b.term));
}

/** "met" when no term was missed, else the rules whose terms were: "missed R9". */
export function complaintOutcome(results: readonly TermResult[]): string {
  const missed = [...new Set(results.filter((r) => r.outcome === 'missed').map((r) => r.rule))].sort();
  return missed.length ? `missed ${missed.join(', ')}` : 'met';
}

/** The same terms, due at the same moments, ending the same way. */
export function sameTerms(a: readonly TermResult[], b: readonly TermResult[]): boolean {
  const key = (r: TermResult) => `${r.term}@${r.due}:${r.outcome}`;
  return JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());
}
