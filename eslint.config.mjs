import { fileURLToPath } from 'node:url';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The one-way layering, enforced: renderer -> shared; main/host -> core -> shared;
 * preload -> shared. A wrong import fails `npm test`.
 */
const LAYERS = [
  { type: 'shared', pattern: 'electron/shared' },
  { type: 'core', pattern: 'electron/core' },
  { type: 'main', pattern: 'electron/main' },
  { type: 'preload', pattern: 'electron/preload' },
  { type: 'host', pattern: 'electron/host' },
  { type: 'migrations', pattern: 'migrations' },
  { type: 'renderer', pattern: 'renderer' },
];

/** The renderer's path aliases (tsconfig.web.json, electron.vite.config.ts), resolved for the layering rule. */
const ALIASES = { '@shared': 'electron/shared' };
const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs'];
const aliasResolver = fileURLToPath(new URL('./scripts/eslint-alias-resolver.cjs', import.meta.url));

const allow = (from, to) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } },
});

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    // CommonJS is required by what loads it (the eslint import resolver): require() is its import.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS,
      'import/resolver': {
        [aliasResolver]: { alias: ALIASES, extensions: EXTENSIONS },
        node: { extensions: EXTENSIONS },
      },
    },
    rules: {
      'boundaries/dependencies': [
        2,
        {
          default: 'disallow',
          policies: [
            allow('shared', ['shared']),
            allow('core', ['core', 'shared', 'migrations']),
            allow('migrations', ['migrations']),
            allow('main', ['main', 'core', 'shared']),
            allow('host', ['host', 'core', 'shared']),
            allow('preload', ['preload', 'shared']),
            allow('renderer', ['renderer', 'shared']),
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Shared code runs in the renderer too: no node, no electron.
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'fs', 'path', 'os', 'crypto', 'knex', 'sqlite3'].map((name) => ({
            name,
            message: 'electron/shared must stay pure: no node, electron or database imports.',
          })),
          patterns: [{ group: ['node:*'], message: 'electron/shared must stay pure: no node imports.' }],
        },
      ],
    },
  },
  {
    // The core must run without the Electron binary (browser mode, tests).
    files: ['electron/core/**/*.ts', 'electron/host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'core and host run without Electron; only electron/main and preload may import it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['electron', 'knex', 'sqlite3'].map((name) => ({
              name,
              message: 'The renderer talks to the core only through window.neiqin.',
            })),
            {
              name: 'antd',
              message:
                "Import each component from 'antd/es/<component>': the barrel puts every component any page uses into the first screen's chunk.",
            },
          ],
          patterns: [{ group: ['node:*'], message: 'The renderer talks to the core only through window.neiqin.' }],
        },
      ],
    },
  },
);
