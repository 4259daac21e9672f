// API integration tests: the real app over HTTP against PostgreSQL through the real migrations —
// the server at DATABASE_URL when set (CI), otherwise an embedded PGlite started once for the whole run.
module.exports = {
  displayName: 'api-integration',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts', '<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 30000,
  // The embedded database serves one query at a time to one pooled connection per app: one worker.
  maxWorkers: process.env.DATABASE_URL ? 2 : 1,
};
