import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BUNDLE_PATH = path.join(ROOT, '.cache', 'workflow-bundle.js');
/** One folder per generation of stored histories, oldest first: each stands for complaints still running. */
export const HISTORIES_DIR = path.join(ROOT, 'test', 'histories');
