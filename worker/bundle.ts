/**
 * The workflow code as one bundle, built ahead of time: building it while a worker starts costs seconds
 * and, on a 2-core machine, can trip the workflow isolate's deadlock detector. Tests, scripts and the
 * production start build it once and hand the file to every worker.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { FAILURE_CONVERTER_PATH } from '../infra/payload-codec';

/** What goes into the bundle: the workflows, and the failure converter they run in the sandbox. */
export const WORKFLOW_SOURCES = {
  workflowsPath: require.resolve('../workflows'),
  failureConverterPath: FAILURE_CONVERTER_PATH,
};

const quiet = () => undefined;
const logger = { log: quiet, trace: quiet, debug: quiet, info: quiet, warn: console.warn, error: console.error };

export async function writeWorkflowBundle(file: string): Promise<void> {
  const { code } = await bundleWorkflowCode({ ...WORKFLOW_SOURCES, logger });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, code);
}
