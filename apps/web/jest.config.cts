module.exports = {
  displayName: 'web',
  preset: '../../jest.preset.js',
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx'],
  moduleNameMapper: {
    // The preset maps the workspace libraries; keep those and stub style imports.
    ...require('../../jest.preset.js').moduleNameMapper,
    '\\.css$': '<rootDir>/src/testing/style-stub.ts',
  },
  coverageDirectory: '../../coverage/apps/web',
};
