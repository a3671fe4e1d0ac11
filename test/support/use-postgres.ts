/** Jest setup of the `postgres` project (jest.config.js): every register a test file makes is on PostgreSQL. */
process.env.TEST_REGISTER = 'postgres';
