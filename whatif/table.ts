/**
 * Issue 22: the what-if's answer as a plain-text table for the terminal: the two policies side by side,
 * one line per figure, then the complaints whose outcome changes and the replay's faithfulness.
 */
import type { PolicyFigures } from './answer';
import type { WhatIfReport } from './what-if';

const RULES = ['R7', 'R3/R10', 'R9', 'R4/R10'];

const total = (w: Record<string, number>) => Object.values(w).reduce((a, b) => a + b, 0);
const busiest = (w: Record<string, number>) => Math.max(0, ...Object.values(w));

/** The figures side by side, one row each; `everyWeek`: every week's workload, else only the weeks that change. */
export function figureRows(b: PolicyFigures, p: PolicyFigures, everyWeek = false): [string, number, number][] {
  const rules = [...new Set([...RULES, ...Object.keys(b.terms), ...Object.keys(p.terms)])].filter(
    (r) => b.terms[r] || p.terms[r],
  );
  const zero = { met: 0, missed: 0, other: 0 };
  const weeks = [...new Set([...Object.keys(b.workload), ...Object.keys(p.workload)])].sort();
  return [
    ['complaints', b.complaints, p.complaints],
    ...rules.flatMap((r): [string, number, number][] => [
      [`${r} terms met`, (b.terms[r] ?? zero).met, (p.terms[r] ?? zero).met],
      [`${r} terms missed`, (b.terms[r] ?? zero).missed, (p.terms[r] ?? zero).missed],
    ]),
    ['promises made', b.promisesMade, p.promisesMade],
    ['promises missed', b.promisesMissed, p.promisesMissed],
    ['reminders', b.reminders, p.reminders],
    ['escalations', b.escalations, p.escalations],
    ['staff steps refused', b.refused, p.refused],
    ['actions due', total(b.workload), total(p.workload)],
    ['actions due, busiest week', busiest(b.workload), busiest(p.workload)],
    // A year has fifty-odd weeks: the terminal shows those whose workload changes (JSON and CSV every week).
    ...weeks
      .filter((w) => everyWeek || (b.workload[w] ?? 0) !== (p.workload[w] ?? 0))
      .map((w): [string, number, number] => [`due in ${w}`, b.workload[w] ?? 0, p.workload[w] ?? 0]),
  ];
}

export function whatIfTable(r: WhatIfReport): string {
  const settings = Object.entries(r.settings).map(([k, v]) => `${k}=${v}`);
  const lines = [
    `What if, complaints received ${r.period.from} to ${r.period.to}: ${settings.join(' ') || '(no change)'}`,
    `Staff act ${r.staffTiming === 'same-working-day' ? 'on the same working day after arrival' : 'at the same time after arrival'}.`,
    '',
  ];
  const table = figureRows(r.baseline, r.proposal);
  const width = Math.max(...table.map(([label]) => label.length), 10);
  lines.push(`${''.padEnd(width)}  ${'baseline'.padStart(8)}  ${'proposal'.padStart(8)}  ${'change'.padStart(6)}`);
  for (const [label, b, p] of table) {
    const change = p - b === 0 ? '' : `${p - b > 0 ? '+' : ''}${p - b}`;
    lines.push(`${label.padEnd(width)}  ${String(b).padStart(8)}  ${String(p).padStart(8)}  ${change.padStart(6)}`);
  }
  lines.push('', `Outcome changes (${r.changed.length}):`);
  for (const c of r.changed) lines.push(`  ${c.reference}: ${c.baseline} -> ${c.proposal}`);
  const f = r.faithfulness;
  lines.push('', `Faithfulness: the baseline replay reproduces the register for ${f.reproduced} of ${f.of} complaints`);
  for (const d of f.differing) lines.push(`  ${d.reference}: register ${d.register}, replay ${d.baseline}`);
  return lines.join('\n');
}
