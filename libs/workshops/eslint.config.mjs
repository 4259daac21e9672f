import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // In tests a failed `find(...)!` throws at once with a clear stack, which is what we want there.
    files: ['**/*.spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
