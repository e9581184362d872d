// ESLint: TypeScript, Svelte and Astro files, plus the layer rules of ../shared/style.md:
// imports point down (pages → components → client → curriculum → i18n → domain), never up.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports a layer may not make, each with the reason shown when someone tries. */
const forbid = (...groups) => ({
  'no-restricted-imports': [
    'error',
    { patterns: groups.map(([group, message]) => ({ group, message })) },
  ],
});

const server = [
  ['**/server/**', '~/server/**'],
  'src/server is hub-only: the browser and build never load it.',
];
const dexie = [
  ['dexie'],
  'Only src/client/db talks to IndexedDB; islands read through stores in src/client.',
];
const ui = [
  [
    '**/components/**',
    '**/layouts/**',
    '**/pages/**',
    '~/components/**',
    '~/layouts/**',
    '~/pages/**',
    'svelte',
    'svelte/*',
  ],
  'UI sits above this layer; depend on it only from pages and components.',
];
const client = [
  ['**/client/**', '~/client/**'],
  'src/client is browser I/O; this layer must run without a browser.',
];
const content = [
  ['astro:content', '**/curriculum/**', '~/curriculum/**'],
  'The content model is build-time; this layer must not depend on it.',
];
const builtContent = [
  ['astro:content', '**/curriculum/**', '~/curriculum/**'],
  'Content reaches the browser as built pages, not through the content model.',
];
const i18n = [['**/i18n/**', '~/i18n/**', 'i18next'], 'This layer is below i18n.'];
const framework = [
  [
    'astro',
    'astro:*',
    'astro/*',
    'drizzle-orm',
    'drizzle-orm/*',
    'pg',
    '@electric-sql/*',
    'workbox-*',
  ],
  'src/domain is pure: zod and nothing else.',
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.data/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'test/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...svelte.configs['flat/recommended'],
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests break fixtures on purpose; a missing value there fails the test anyway.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  { files: ['src/domain/**'], rules: forbid(server, dexie, ui, client, content, i18n, framework) },
  { files: ['src/i18n/**'], rules: forbid(server, dexie, ui, client, content) },
  { files: ['src/curriculum/**'], rules: forbid(server, dexie, ui, client) },
  { files: ['src/client/db/**'], rules: forbid(server, ui, builtContent) },
  {
    files: ['src/client/**'],
    ignores: ['src/client/db/**'],
    rules: forbid(server, ui, builtContent, dexie),
  },
  { files: ['src/components/**', 'src/layouts/**', 'src/pages/**'], rules: forbid(server, dexie) },
  {
    files: ['src/sw.ts'],
    rules: forbid(server, dexie, ui, client, content, i18n),
  },
  {
    files: ['src/server/**'],
    rules: forbid(dexie, ui, client, content, i18n),
  },
);
