import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

/** A relative import that climbs into the named sibling folder(s) of electron/. */
const layer = (folders, message) => ({ regex: `^(\\.\\./)+${folders}(/|$)`, message });
const noElectron = { name: 'electron', message: 'No electron import in core/shared.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**'] },
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  // The layers, each importing only downward (docs/architecture.md draws them):
  //   src (renderer) and electron/preload -> electron/shared
  //   electron/main -> electron/core (through its public entry, electron/core/index.ts) -> electron/shared
  // Core and shared code never touch Electron either: that is what keeps them testable in plain Node.
  // One block per layer, because a later block's no-restricted-imports replaces an earlier one's.
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron],
        patterns: [layer('(main|preload)', 'Core never imports electron/main or electron/preload: main builds core, not the other way round.')],
      }],
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron],
        patterns: [layer('(core|main|preload)', 'Shared code imports only shared code: the renderer, preload, core and main all build on it.')],
      }],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(\\.\\./)+core/', message: "Main imports core only through its public entry ('../core', electron/core/index.ts); add what main needs there." }],
      }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [layer('(core|main)', 'The preload bridge imports only electron/shared: it runs beside the page, not in the main process.')],
      }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer reaches the app only through window.omi (the preload bridge).' }],
        patterns: [{ regex: '(^|/)electron/(?!shared/)', message: 'The renderer imports only electron/shared; core and main run in another process.' }],
      }],
    },
  },
  {
    // Rooms a reader can hold in mind: a function fits on a screen, the composition root's too
    // (its longer hand-offs are functions of their own, named for what they hand over).
    files: ['electron/**/*.ts', 'src/**/*.ts', 'src/**/*.svelte'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // CommonJS on purpose: preloaded with --require, or loading a CommonJS-only tool.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
