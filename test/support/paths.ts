import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BUNDLE_PATH = path.join(ROOT, '.cache', 'workflow-bundle.js');
export const HISTORIES_DIR = path.join(ROOT, 'test', 'histories');
