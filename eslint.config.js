// Lint: typescript-eslint (type-aware), React hooks rules, TanStack Query rules, and the
// architecture's dependency direction (app → features → data/components → lib; ingest → data/lib).
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const featureNames = ['articles', 'people', 'charts', 'quotes', 'my-pages', 'stories'];
const otherFeatures = (name) => featureNames.filter((other) => other !== name).map((other) => `**/features/${other}/**`);

export default tseslint.config(
  { ignores: ['dist/**', 'public/**', 'node_modules/**', 'scratch/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/ingest/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['node:*', 'fs', 'path'], message: 'The pipeline is pure: file access belongs in src/bin.' },
        { group: ['react', 'react-dom', '**/features/**', '**/app/**', '**/components/**'], message: 'The pipeline depends only on the data contract and lib.' },
      ] }],
    },
  },
  ...featureNames.map((name) => ({
    files: [`src/features/${name}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: otherFeatures(name), message: 'Features do not import each other: move shared code to components/ or lib/.' },
        { group: ['**/app/**'], message: 'Features do not import the app shell.' },
      ] }],
    },
  })),
  {
    files: ['src/data/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/features/**', '**/app/**'], message: 'Shared layers do not depend on features or the app.' }] }],
    },
  },
);
