import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ONLY_PARSE_YAML = { name: 'yaml', message: 'Only src/parse/yaml.ts may import yaml.' };
const RUNS_CODE = [
  'child_process',
  'node:child_process',
  'vm',
  'node:vm',
  'worker_threads',
  'node:worker_threads',
].map((name) => ({
  name,
  message:
    'port-claims runs nothing: only src/action/git.ts runs git, and renderers run through src/resolve/render/child.ts.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'node_modules/',
      '.bench/',
      'src/classify/registry.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [ONLY_PARSE_YAML, ...RUNS_CODE] }],
    },
  },
  {
    // Nothing from a scanned repository is ever executed or loaded (see SECURITY.md).
    files: ['src/**'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression',
          message: 'No dynamic import: nothing is loaded at run time.',
        },
        {
          selector: "CallExpression[callee.name='require']",
          message: 'No require: nothing is loaded at run time.',
        },
      ],
    },
  },
  {
    // Runs git, and only git, on the checkout's history (never a file of the checkout); and the
    // one runner through which renderers (kubectl kustomize, helm template) run, sandboxed.
    files: ['src/action/git.ts', 'src/resolve/render/child.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ONLY_PARSE_YAML] }] },
  },
  {
    files: ['src/parse/yaml.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: RUNS_CODE }] },
  },
  {
    files: ['scripts/**', 'bench/**', '__tests__/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
