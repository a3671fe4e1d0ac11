/**
 * Two projects in one run, so that CI gets one total: every test on SQLite, and the register's tests
 * again on PostgreSQL when TEST_POSTGRES_URL names a server (scripts/test-postgres.sh starts one).
 * One project alone: `jest --selectProjects postgres` (npm run test:postgres). With TEST_CLOCK_SHIFT_DAYS set,
 * a third project runs the date-sensitive tests again on a clock moved that many days on.
 */

/** The tests that exercise the register itself: its queries, constraints, transactions and migrations. */
const REGISTER_TESTS = [
  'account-commands',
  'activities',
  'api-edges',
  'api-idempotency',
  'api-lists',
  'api-public',
  'deadline-proof',
  'key-loss',
  'key-rotation',
  'lifecycle',
  'list-at-scale',
  'mailbox',
  'public-forms',
  'privacy-rights',
  'register-instances',
  'register-migrations',
  'report-days',
  'retention',
  'retention-reports',
  'search',
  'security',
  'staff-accounts',
  'status-link-privacy',
];

/**
 * The tests whose outcome depends on the day they run if they get it wrong: weekdays, opening hours,
 * holidays, month boundaries, summer time, terms counted from today. With TEST_CLOCK_SHIFT_DAYS=N they run
 * again as the `shifted` project, their clock N days after today (.ci/run picks N from the date).
 */
const DATE_SENSITIVE = [
  'api-actions',
  'api-lists',
  'dates-shown',
  'deadline-proof',
  'handler-reminders',
  'late-entry',
  'letters-to-post',
  'monthly-report',
  'oral-complaint',
  'overdue-work',
  'promised-date',
  'reports-summary',
  'retention-reports',
  'working-days-procedure',
  'written-complaint',
];

/**
 * The pure rules, state, calendar and working-day code, tested directly without a Temporal server or a
 * database: `npm run test:unit` runs them in seconds, and .ci/run runs them first.
 */
const UNIT_TESTS = [
  'calendar',
  'codec',
  'next-deadline',
  'procedure-rules',
  'working-days',
  'whatif-policy',
  'proof-acknowledgement',
  'acknowledgement-moment',
  'shared-modules',
  'step-order',
  'ephemeral-temporal',
  'clock-shift',
];

/** @type {import('jest').Config} */
const pure = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    // Types are checked once by `tsc` in `npm test`; here ts-jest only transpiles, which is much faster.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  setupFiles: ['<rootDir>/test/support/quiet-runtime.ts'],
};

/** The projects that start Temporal need the workflow bundled first (once, however many projects run). */
const common = { ...pure, globalSetup: '<rootDir>/test/support/global-setup.ts' };
const unitPaths = UNIT_TESTS.map((name) => `<rootDir>/test/${name}.test.ts`);

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...pure, displayName: 'unit', testMatch: unitPaths },
    { ...common, displayName: 'sqlite', testMatch: ['**/*.test.ts'], testPathIgnorePatterns: unitPaths },
    ...(process.env.TEST_POSTGRES_URL
      ? [
          {
            ...common,
            displayName: 'postgres',
            testMatch: REGISTER_TESTS.map((name) => `<rootDir>/test/${name}.test.ts`),
            setupFiles: [...common.setupFiles, '<rootDir>/test/support/use-postgres.ts'],
          },
        ]
      : []),
    ...(process.env.TEST_CLOCK_SHIFT_DAYS
      ? [
          {
            ...common,
            displayName: 'shifted',
            testMatch: DATE_SENSITIVE.map((name) => `<rootDir>/test/${name}.test.ts`),
          },
        ]
      : []),
  ],
  // Every test file starts a time-skipping Temporal server of its own and a register of its own, so files run
  // side by side, one per core: on two cores the suite takes half the time (issue 20). Within a file the
  // tests share one server's clock and run in order.
  maxWorkers: require('node:os').availableParallelism(),
  testTimeout: 60_000,
};
