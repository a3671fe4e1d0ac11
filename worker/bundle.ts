/**
 * The workflow code as one bundle, built ahead of time: building it while a worker starts costs seconds
 * and, on a 2-core machine, can trip the workflow isolate's deadlock detector. Tests, scripts and the
 * production start build it once and hand the file to every worker.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { FAILURE_CONVERTER_PATH } from '../infra/payload-codec';

/**
 * The procedure's pure modules: rules, terms, calendars, texts' codes. The sandbox loads a workflow's modules
 * once per workflow, so each cached complaint held a copy of every table in them (issue 20); these it loads
 * once per worker and shares. They hold no complaint's state: the SDK freezes their exports, and
 * test/shared-modules.test.ts refuses module-level variables and collections in them and what they import.
 */
export const SHARED_DOMAIN_MODULES = [
  'calendar',
  'complaint',
  'digest',
  'dutch-holidays',
  'explain',
  'kept-formatters',
  'next-deadline',
  'problems',
  'procedure-rules',
  'refusals',
  'report-period',
  'reports',
  'sealed-messages',
  'search-attributes',
  'terms',
  'wall-clock',
  'workflow-messages',
  'working-calendar',
  'working-days',
];

/** What goes into the bundle: the workflows, the failure converter they run in the sandbox, the shared modules. */
export const WORKFLOW_SOURCES = {
  workflowsPath: require.resolve('../workflows'),
  failureConverterPath: FAILURE_CONVERTER_PATH,
  preloadModules: SHARED_DOMAIN_MODULES.map((name) => require.resolve(`../domain/${name}`)),
};

const quiet = () => undefined;
const logger = { log: quiet, trace: quiet, debug: quiet, info: quiet, warn: console.warn, error: console.error };

export async function writeWorkflowBundle(file: string): Promise<void> {
  const { code } = await bundleWorkflowCode({ ...WORKFLOW_SOURCES, logger });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, code);
}
