/**
 * R2: every complaint filed is in the register once, with its procedure started — none lost, none
 * registered twice, none left without its workflow.
 */
import type { Invariant, Violation } from './violation';
import { nameOf } from './violation';

export const everyComplaintOnce: Invariant = (o) => {
  const violations: Violation[] = [];
  const filed = o.lives.filter((r) => r.reference);
  for (const r of o.lives) {
    const intake = r.journal.find((e) => e.what === 'intake');
    if (!r.reference)
      violations.push({ reference: nameOf(r), reason: `intake answered ${intake?.status}: ${intake?.error}` });
  }
  if (o.complaints.length !== filed.length) {
    violations.push({
      reference: 'register',
      reason: `${o.complaints.length} complaints for ${filed.length} lives filed`,
    });
  }
  const references = new Set(filed.map((r) => r.reference));
  if (references.size !== filed.length)
    violations.push({ reference: 'register', reason: 'two lives got one reference' });
  for (const c of o.complaints) {
    if (!references.has(c.reference))
      violations.push({ reference: c.reference, reason: 'in the register, filed by no life' });
  }
  for (const r of filed) {
    if (!r.complaint) violations.push({ reference: nameOf(r), reason: 'filed but not in the register' });
    else if (!r.complaint.workflowStartedAt)
      violations.push({ reference: nameOf(r), reason: 'its workflow never started' });
    if (r.workflowMissing) violations.push({ reference: nameOf(r), reason: `no workflow: ${r.workflowMissing}` });
  }
  return violations;
};
