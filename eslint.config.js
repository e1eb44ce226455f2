// Lint for the source, content and tests: TypeScript's recommended type-aware rules, plus Lit's
// and web components' own rules for the element and its views.
import js from '@eslint/js';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/', 'test-output/', 'coverage/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  { files: ['src/**/*.ts'], ...wcConfigs['flat/recommended'] },
  { files: ['src/**/*.ts'], ...litConfigs['flat/recommended'] },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // @open-wc/testing types every chai assertion as a thenable (for its async a11y check), and
      // chai reads properties as assertions (`.to.be.true`): both rules misread plain assertions.
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests stub a method (console.warn, a chunk's load) and put the saved original back later.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  // Type fixtures for the published types: tsc checks them against dist/types (after a build) in
  // scripts/checks/types.test.mjs; before a build their package imports resolve to nothing.
  {
    files: ['scripts/checks/consumer/*.ts', 'demo/integrations/react/*.tsx'],
    ...tseslint.configs.disableTypeChecked,
  },
);
