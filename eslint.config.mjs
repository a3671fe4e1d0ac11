// Lint: typed rules (floating promises lose errors and, in workflows, determinism), and the
// workflow sandbox's limits: workflow code imports no Node built-ins and no I/O libraries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'generated/', '.tools/', '.cache/', 'data/', 'dist/', '**/*.js', '**/*.mjs', '**/*.cjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Pages are pure templates: what they show comes in as data, so they stay testable and cannot query.
    files: ['web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@prisma/.*|express|@temporalio/.*|node:.*)$',
              message: 'web/ renders pages from data: routes in api/web/ fetch it.',
            },
            { regex: '\\.\\./(api|infra|activities|worker|workflows)(/|$)', message: 'web/ imports domain/ only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['workflows/**/*.ts', 'domain/**/*.ts'],
    ignores: ['workflows/patches.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@temporalio/workflow',
              importNames: ['patched', 'deprecatePatch'],
              message:
                'Ask workflows/patches.ts: every patch is listed there, with the day it came, for npm run patches.',
            },
          ],
          patterns: [
            {
              regex: '^node:',
              message: 'Workflow code runs in a sandbox without Node built-ins: do I/O in an activity.',
            },
            {
              regex: '^(fs|path|os|http|https|net|crypto|child_process)$',
              message: 'No Node built-ins in workflow code.',
            },
            {
              regex: '^(@prisma/.*|nodemailer|express|@temporalio/(client|worker|activity))$',
              message: 'No I/O libraries in workflow code.',
            },
            {
              regex: '\\.\\./(activities|api|infra|worker)(/|$)',
              message: 'Workflow code imports only the workflow SDK, domain/ and workflows/ (activities by type only).',
            },
          ],
        },
      ],
    },
  },
  {
    // A test's clock moves only forward from the day it runs: a literal date handed to a clock helper is a
    // test that passes until that day comes (issue 16). Move to the next moment of the kind needed instead
    // (test/support/moments.ts) and compute what to expect from it.
    files: ['test/**/*.ts'],
    ignores: ['test/histories/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal[value=/^\\d{4}-\\d{2}-\\d{2}/]', 'TemplateElement[value.raw=/^\\d{4}-\\d{2}-\\d{2}/]'].flatMap(
          (literal) => [
            {
              selector: `CallExpression[callee.name=/^(sleepUntil\\w*|nextDay|nextWeekday|nextDayOfMonth|nextDate|nextSummerTimeStart)$/] ${literal}`,
              message:
                'No literal date for the test clock: move to the next moment of its kind (test/support/moments.ts).',
            },
            {
              selector: `CallExpression[callee.property.name=/^sleepUntil\\w*$/] ${literal}`,
              message:
                'No literal date for the test clock: move to the next moment of its kind (test/support/moments.ts).',
            },
          ],
        ),
      ],
    },
  },
);
