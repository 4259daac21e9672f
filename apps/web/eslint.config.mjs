import nx from '@nx/eslint-plugin';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import baseConfig from '../../eslint.config.mjs';

export default [
  ...nx.configs['flat/react'],
  ...baseConfig,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      // Accessibility rules as errors, not the warnings the Nx preset uses.
      ...jsxA11y.flatConfigs.recommended.rules,
      'jsx-a11y/label-has-associated-control': ['error', { depth: 3 }],
      // A scrolling table or text is a labelled region that keyboard users must be able to focus to scroll
      // (WCAG 2.1.1; axe's scrollable-region-focusable), so tabIndex is allowed on role="region".
      'jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (file name = exported symbol).' },
      ],
    },
  },
  {
    // Every user-facing text goes through i18next: no text literals in JSX.
    files: ['**/src/**/*.tsx'],
    ignores: ['**/*.spec.tsx', '**/src/testing/**'],
    rules: {
      'react/jsx-no-literals': [
        'error',
        { noStrings: true, ignoreProps: true, allowedStrings: ['·', '—', '/', '(', ')', '*', ':', '!', '✓'] },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'No focused tests.' },
        { object: 'describe', property: 'only', message: 'No focused tests.' },
        { object: 'test', property: 'only', message: 'No focused tests.' },
      ],
    },
  },
  {
    files: ['**/vite.config.mts', '**/eslint.config.mjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
];
