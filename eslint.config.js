// Typed linting for every TypeScript file and Astro component, with ceilings on how large and
// tangled a function may grow. Prettier holds the layout (.prettierrc.json).
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-hostile/',
      '.dist.staging/',
      '.astro/',
      'node_modules/',
      'bench/.work/',
      'test-results/',
      'playwright-report/',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // node:test's test() and suite() return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'suite', 'describe', 'it'] }] },
      ],
      // A leading underscore marks a value left out on purpose (a field dropped from a copy).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.ts', '**/*.astro'],
    rules: {
      complexity: ['error', 30],
      'max-depth': ['error', 5],
      'max-lines-per-function': ['error', { max: 150, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Prettier wraps TypeScript at 140 columns (components are not run through it); only what it cannot wrap
    // (strings, comments, regexes, URLs) may run longer.
    files: ['**/*.ts'],
    rules: {
      'max-len': [
        'error',
        {
          code: 140,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreComments: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
        },
      ],
    },
  },
);
