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
  // Functional tests, not timing tests: the role × permission matrix alone makes ~500 requests, which on a loaded
  // 2-core machine has taken over 30 s.
  testTimeout: 90_000,
  // The embedded database serves one query at a time to one pooled connection per app: one worker.
  maxWorkers: process.env.DATABASE_URL ? 2 : 1,
};
