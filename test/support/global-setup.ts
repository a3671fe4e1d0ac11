/**
 * Bundles the workflow code once per test run: bundling in every test file is slow, and on a
 * 2-core runner the workflow isolate's deadlock detector can trip while webpack runs beside it.
 */
import { writeWorkflowBundle } from '../../worker/bundle';
import { BUNDLE_PATH } from './paths';

export default async function globalSetup(): Promise<void> {
  await writeWorkflowBundle(BUNDLE_PATH);
}
