module.exports = {
  displayName: 'contracts',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  rootDir: '.',
  moduleFileExtensions: ['ts', 'js', 'json'],
  coverageDirectory: '../../../coverage/libs/shared/contracts',
};
