// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import paths that cross a layer the architecture keeps apart (README.md#rules-of-the-house). */
const restrict = (patterns, message) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'data/**',
      'reports/**',
      'bench/results/**',
      'bench/.build/**',
      'dist/**',
      'vendor/**',
      'clients/*/generated/**',
      'src/protocols/graphql/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // domain imports nothing of ours outside domain.
  { files: ['src/domain/**'], rules: restrict(['../*', '!./*'], 'domain/ imports nothing outside domain/.') },
  // services: domain and the store's *types* only; never a protocol, the web, or the HTTP layer.
  {
    files: ['src/services/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/protocols/**', '**/web/**', '**/http/**', 'hono', 'hono/*', 'graphql*', 'soap'], message: 'services/ know no protocol.' },
            { group: ['**/store/*', '!**/store/store-types.js'], message: 'services/ use the store through its interface (store-types).' },
            { group: ['**/store/store-types.js'], allowTypeImports: true, message: 'Import the store interface as a type.' },
          ],
        },
      ],
    },
  },
  // store: domain types only.
  { files: ['src/store/**'], rules: restrict(['**/services/**', '**/protocols/**', '**/web/**', '**/http/**'], 'store/ knows only domain/.') },
  // each adapter: services and http plumbing, never the store or another adapter.
  {
    files: ['src/protocols/rest/**'],
    rules: restrict(['**/store/**', '**/protocols/graphql/**', '**/protocols/soap/**', '../graphql/**', '../soap/**'], 'Adapters never import the store or each other.'),
  },
  {
    files: ['src/protocols/graphql/**'],
    rules: restrict(['**/store/**', '**/protocols/rest/**', '**/protocols/soap/**', '../rest/**', '../soap/**'], 'Adapters never import the store or each other.'),
  },
  {
    files: ['src/protocols/soap/**'],
    rules: restrict(['**/store/**', '**/protocols/rest/**', '**/protocols/graphql/**', '../rest/**', '../graphql/**'], 'Adapters never import the store or each other.'),
  },
  {
    files: ['src/web/**', 'src/http/**'],
    rules: restrict(['**/store/*', '**/protocols/**'], 'Pages and HTTP plumbing go through services.'),
  },
);
