/**
 * The project's folder, found from wherever this code runs: from the sources (tsx, tests) or compiled
 * into dist/ (`npm run build`). Files that are not code — the web assets, the migrate script, the
 * Temporal binaries in .tools — are found from here.
 */
import fs from 'node:fs';
import path from 'node:path';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(__dirname);
