import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier/flat';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/out-tsc',
      '**/vite.config.*.timestamp*',
      '**/node_modules',
      '**/test-results',
      '**/playwright-report',
      // Generated model table (libs/disclosure-scoring/eval/train-link-likeness.ts).
      'libs/disclosure-scoring/src/v2/learned/link-likeness-model.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      // Real boundaries: domain libraries stay framework-free and depend only on domain/util code;
      // the web app never imports the API and the API never imports the web app.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
            { sourceTag: 'scope:api', notDependOnLibsWithTags: ['scope:web'] },
            { sourceTag: 'scope:web', notDependOnLibsWithTags: ['scope:api'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'Focused tests silently skip the rest.' },
        { object: 'describe', property: 'only', message: 'Focused tests silently skip the rest.' },
        { object: 'test', property: 'only', message: 'Focused tests silently skip the rest.' },
      ],
    },
  },
  {
    // Domain libraries must not pull in frameworks: they are pure logic over plain data.
    files: [
      'libs/assessment/**/*.ts',
      'libs/disclosure-scoring/**/*.ts',
      'libs/drafting/**/*.ts',
      'libs/document-text/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@nestjs/*', 'typeorm', 'react', 'react-dom', 'express'] }],
    },
  },
  // Layout belongs to Prettier (`npm run format`); this turns off the lint rules that would fight it.
  prettier,
];
