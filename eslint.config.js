// ESLint flat config: TypeScript strict rules everywhere, React hooks rules for the UI,
// and the layer dependency rule of DESIGN.md §3 enforced with no-restricted-imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({ group: [group], message })),
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'data',
      'data-demo',
      'coverage',
      'node_modules',
      'test-results',
      '.lighthouse',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // The dependency rule: domain <- content, db, server <- sync <- features, app.
  layer(
    ['src/domain/**'],
    [
      '**/content/**',
      '**/db/**',
      '**/sync/**',
      '**/app/**',
      '**/features/**',
      '**/ui/**',
      '**/server/**',
      'react',
      'dexie',
      'node:*',
    ],
    'src/domain is pure: it imports nothing else from src, nor React, Dexie or Node APIs.',
  ),
  layer(
    ['src/content/**'],
    [
      '**/db/**',
      '**/sync/**',
      '**/app/**',
      '**/features/**',
      '**/ui/**',
      '**/server/**',
      'react',
      'dexie',
    ],
    'src/content is data validated by src/domain only.',
  ),
  layer(
    ['src/db/**'],
    ['**/sync/**', '**/app/**', '**/features/**', '**/ui/**', '**/server/**'],
    'src/db imports only src/domain (and src/content).',
  ),
  layer(
    ['src/sync/**'],
    ['**/app/**', '**/features/**', '**/ui/**', '**/server/**'],
    'src/sync imports only src/domain and src/db.',
  ),
  layer(
    ['src/server/**'],
    [
      '**/db/**',
      '**/sync/**',
      '**/app/**',
      '**/features/**',
      '**/ui/**',
      'react',
      'react-dom',
      'dexie',
      'dexie-react-hooks',
    ],
    'src/server imports src/domain and src/content; never React or Dexie.',
  ),
  // The server's own half of sync lives in src/server/sync: from a file in a folder of
  // src/server, '../sync/…' is that folder, not the client engine (src/sync, which is
  // '../../sync/…' from there and stays forbidden).
  {
    files: ['src/server/*/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/sync/**', '!../sync/**'],
              message: 'src/server never imports the client sync engine (src/sync).',
            },
            ...[
              '**/db/**',
              '**/app/**',
              '**/features/**',
              '**/ui/**',
              'react',
              'react-dom',
              'dexie',
              'dexie-react-hooks',
            ].map((group) => ({
              group: [group],
              message: 'src/server imports src/domain and src/content; never React or Dexie.',
            })),
          ],
        },
      ],
    },
  },
  layer(
    ['src/ui/**'],
    ['**/db/**', '**/sync/**', '**/app/**', '**/features/**', '**/server/**', 'dexie'],
    'src/ui is presentational: it takes props, not data stores.',
  ),
  layer(
    ['src/features/**'],
    ['dexie', '**/server/**'],
    'Features use the hooks and repositories in src/db, never Dexie directly.',
  ),
  // Feature folders do not reach into each other (DESIGN.md §3): what two features share
  // moves to src/ui, src/db or src/domain. A sibling feature is `../<name>/…`; the shared
  // layers are two levels up.
  {
    files: ['src/features/*/*.ts', 'src/features/*/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', '**/server/**'],
              message: 'Features use the hooks and repositories in src/db, never Dexie directly.',
            },
            {
              regex: '^\\.\\./(?!\\.\\./)',
              message:
                "A feature does not import another feature's files; move what they share to src/ui, src/db or src/domain.",
            },
          ],
        },
      ],
    },
  },
);
