/**
 * `npm run build`: the production form of the service — compiled JavaScript in dist/, and the workflow
 * bundle built ahead of time (dist/workflow-bundle.js), so a worker starts in a second and does not
 * run webpack beside the complaints it serves.
 */
import path from 'node:path';
import { writeWorkflowBundle } from '../worker/bundle';
import { PROJECT_ROOT } from '../infra/project-root';

writeWorkflowBundle(path.join(PROJECT_ROOT, 'dist', 'workflow-bundle.js')).then(
  () => console.log('wrote dist/workflow-bundle.js'),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
