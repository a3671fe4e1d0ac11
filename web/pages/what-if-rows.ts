/**
 * Issue 22: the what-if's figures as the page's table rows, in the page's language: the same figures in
 * the same order as the terminal's table (whatif/table.ts), the weeks only where their workload changes.
 */
import type { PolicyFigures } from '../../whatif/answer';
import type { PageContext } from '../layout';

const RULES = ['R7', 'R3/R10', 'R9', 'R4/R10'];
const total = (w: Record<string, number>) => Object.values(w).reduce((a, b) => a + b, 0);
const busiest = (w: Record<string, number>) => Math.max(0, ...Object.values(w));

export function figureRows(ctx: PageContext, b: PolicyFigures, p: PolicyFigures): [string, number, number][] {
  const t = ctx.t.whatIf;
  const rules = [...new Set([...RULES, ...Object.keys(b.terms), ...Object.keys(p.terms)])].filter(
    (r) => b.terms[r] || p.terms[r],
  );
  const zero = { met: 0, missed: 0, other: 0 };
  const weeks = [...new Set([...Object.keys(b.workload), ...Object.keys(p.workload)])].sort();
  return [
    [t.complaints, b.complaints, p.complaints],
    ...rules.flatMap((r): [string, number, number][] => [
      [t.termsMet(r), (b.terms[r] ?? zero).met, (p.terms[r] ?? zero).met],
      [t.termsMissed(r), (b.terms[r] ?? zero).missed, (p.terms[r] ?? zero).missed],
    ]),
    [t.promisesMade, b.promisesMade, p.promisesMade],
    [t.promisesMissed, b.promisesMissed, p.promisesMissed],
    [t.reminders, b.reminders, p.reminders],
    [t.escalations, b.escalations, p.escalations],
    [t.refused, b.refused, p.refused],
    [t.actionsDue, total(b.workload), total(p.workload)],
    [t.busiestWeek, busiest(b.workload), busiest(p.workload)],
    ...weeks
      .filter((w) => (b.workload[w] ?? 0) !== (p.workload[w] ?? 0))
      .map((w): [string, number, number] => [t.dueInWeek(w), b.workload[w] ?? 0, p.workload[w] ?? 0]),
  ];
}
