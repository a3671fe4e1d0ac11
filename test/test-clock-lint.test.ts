/**
 * The lint rule that keeps tests independent of the day they run (issue 16): a literal date handed to a
 * clock helper is refused, a moment computed from the clock is not. Run through ESLint with the project's
 * own configuration, as `npm run lint` runs it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');

/**
 * What ESLint's command line says of `code` as if it were a file in test/ (the configuration is an ES
 * module, which jest's runtime cannot load).
 */
async function complaints(code: string): Promise<string[]> {
  const { stdout } = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/eslint/bin/eslint.js'),
      '--stdin',
      '--stdin-filename',
      __filename,
      '--format',
      'json',
      // The clock rule reads syntax only: without the type-aware rules ESLint answers in a second, not eight.
      '--parser-options',
      'projectService:false',
      '--rule',
      '@typescript-eslint/no-floating-promises: off',
      '--rule',
      '@typescript-eslint/no-misused-promises: off',
    ],
    { cwd: ROOT, input: code, encoding: 'utf8' },
  );
  const [result] = JSON.parse(stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const REFUSED = /No literal date for the test clock/;

test('a literal date passed to sleepUntil, in any form, fails lint', async () => {
  const code = [
    'declare const h: { sleepUntil(iso: string): Promise<void> };',
    'declare function sleepUntil(iso: string): Promise<void>;',
    'declare function sleepUntilJustBefore(iso: string): Promise<void>;',
    'declare function nextDay(after: Date): string;',
    "void h.sleepUntil('2026-11-27T14:00:00Z');",
    'void sleepUntil(`2027-03-20T09:00:00Z`);',
    "void sleepUntilJustBefore(new Date('2026-12-05').toISOString());",
    "nextDay(new Date('2026-12-01T00:00:00Z'));",
  ].join('\n');
  expect(await complaints(code)).toEqual(Array(4).fill(expect.stringMatching(REFUSED)));
});

test('a moment computed from the clock passes', async () => {
  const code =
    'declare const h: { now(): Promise<Date>; sleepUntil(iso: string): Promise<void> };\n' +
    'declare function nextDay(after: Date): { at: string };\n' +
    'export async function f(): Promise<void> {\n  await h.sleepUntil(nextDay(await h.now()).at);\n}\n';
  expect(await complaints(code)).toEqual([]);
});
