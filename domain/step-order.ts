/**
 * The order of a complaint's steps. The workflow numbers its steps (`<reference>/event-<n>`) and puts them
 * on record with activities that run side by side, so the register may receive a newer step before an
 * older one: neither its row ids nor, for two steps of one workflow task (the start and an action sent with
 * it), their moment tells which came first. Their number does. Steps the API records itself (a note, a
 * letter posted) have keys of their own and no number.
 */

/** The key of the workflow's `n`th step of complaint `reference`. */
export function workflowStepKey(reference: string, n: number): string {
  return `${reference}/event-${n}`;
}

/** The step's number in its workflow, or undefined for a step the workflow did not record. */
export function workflowStepNumber(key: string): number | undefined {
  const n = /\/event-(\d+)$/.exec(key)?.[1];
  return n === undefined ? undefined : Number(n);
}

/**
 * Steps in the order they happened: by moment; of one moment, the workflow's steps by their number, then any
 * the API recorded (one in the same millisecond is chance) as the register received them.
 */
export function inStepOrder(a: RecordedStep, b: RecordedStep): number {
  const byMoment = a.at.getTime() - b.at.getTime();
  if (byMoment) return byMoment;
  // Only steps of one moment need their keys read.
  const [m, n] = [workflowStepNumber(a.key), workflowStepNumber(b.key)];
  if (m !== undefined && n !== undefined) return m - n;
  return Number(m === undefined) - Number(n === undefined) || a.id - b.id;
}

export interface RecordedStep {
  id: number;
  key: string;
  at: Date;
}
