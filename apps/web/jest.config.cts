module.exports = {
  displayName: 'web',
  preset: '../../jest.preset.js',
  testEnvironment: 'jsdom',
  // Functional tests, not timing tests: generous enough for a loaded 2-core machine.
  testTimeout: 20_000,
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx'],
  moduleNameMapper: {
    // The preset maps the workspace libraries; keep those and stub style imports.
    ...require('../../jest.preset.js').moduleNameMapper,
    '\\.css$': '<rootDir>/src/testing/style-stub.ts',
  },
  coverageDirectory: '../../coverage/apps/web',
};
