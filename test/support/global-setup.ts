/**
 * Bundles the workflow code once per test run: bundling in every test file is slow, and on a
 * 2-core runner the workflow isolate's deadlock detector can trip while webpack runs beside it.
 * Every project that starts Temporal names this setup; jest calls it per project, the bundle is made once.
 */
import { writeWorkflowBundle } from '../../worker/bundle';
import { BUNDLE_PATH } from './paths';

const made = Symbol.for('complaints.test.workflow-bundle');

export default async function globalSetup(): Promise<void> {
  const state = globalThis as { [made]?: Promise<void> };
  state[made] ??= writeWorkflowBundle(BUNDLE_PATH);
  await state[made];
}
