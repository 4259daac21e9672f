const { join } = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

// One transformer for every project: swc is ~10x faster than ts-jest; type-checking runs as its own target.
module.exports = {
  ...nxPreset,
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // Libraries resolve to their source through their one public index, as in tsconfig.base.json.
  moduleNameMapper: {
    '^@ipgn/contracts$': join(__dirname, 'libs/shared/contracts/src/index.ts'),
    '^@ipgn/disclosure-scoring$': join(__dirname, 'libs/disclosure-scoring/src/index.ts'),
    '^@ipgn/document-text$': join(__dirname, 'libs/document-text/src/index.ts'),
    '^@ipgn/drafting$': join(__dirname, 'libs/drafting/src/index.ts'),
    '^@ipgn/assessment$': join(__dirname, 'libs/assessment/src/index.ts'),
    '^@ipgn/workshops$': join(__dirname, 'libs/workshops/src/index.ts'),
  },
};
