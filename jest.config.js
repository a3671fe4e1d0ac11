/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Types are checked once by `tsc` in `npm test`; here ts-jest only transpiles, which is much faster.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  setupFiles: ['<rootDir>/test/support/quiet-runtime.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  // Temporal's test server skips time for a whole environment: workflow tests run one at a time.
  maxWorkers: 1,
  testTimeout: 60_000,
};
