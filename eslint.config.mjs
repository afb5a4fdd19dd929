import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier/flat';

/** A layer never imports the named layers. */
const layer = (from, notTo, message) => ({
  from: { element: { type: from } },
  disallow: { to: { element: { types: { anyOf: notTo } } } },
  message,
});
const LAYERS = ['main', 'core', 'shared', 'preload', 'renderer'];

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
  // eslint-plugin-boundaries checks them on the resolved file each import names (relative paths,
  // type-only imports and re-exports included), not on the import's spelling. Core, shared and the
  // renderer never touch Electron, and the renderer never Node or chrono-node: that keeps core and
  // shared testable in plain Node and the page without powers. scripts/ and tests/ are no layer.
  {
    files: ['electron/**/*.ts', 'src/**/*.ts', 'src/**/*.svelte'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'main', pattern: 'electron/main', partialMatch: false },
        { type: 'core', pattern: 'electron/core', partialMatch: false },
        { type: 'shared', pattern: 'electron/shared', partialMatch: false },
        { type: 'preload', pattern: 'electron/preload', partialMatch: false },
        { type: 'renderer', pattern: 'src', partialMatch: false },
        // Images the page shows (the app icon in setup); the bundler copies them, nothing runs from here.
        { type: 'assets', pattern: 'resources', partialMatch: false },
      ],
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'boundaries/legacy-templates': false,
      'import/resolver': { node: { extensions: ['.ts', '.svelte', '.js', '.mjs', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          checkAllOrigins: true,
          checkUnknownLocals: true,
          policies: [
            layer(
              'core',
              ['main', 'preload', 'renderer'],
              'Core never imports electron/main, electron/preload or src: main builds core, not the other way round.',
            ),
            layer(
              'shared',
              ['core', 'main', 'preload', 'renderer'],
              'Shared code imports only shared code: the renderer, preload, core and main all build on it.',
            ),
            layer(
              'preload',
              ['core', 'main', 'renderer'],
              'The preload bridge imports only electron/shared: it runs beside the page, not in the main process.',
            ),
            layer(
              'main',
              ['preload', 'renderer'],
              'Main never imports the preload bridge or src: they run in other processes.',
            ),
            layer(
              'renderer',
              ['core', 'main', 'preload'],
              'The renderer imports only electron/shared; core and main run in another process.',
            ),
            {
              from: { element: { type: 'main' } },
              disallow: { to: { element: { type: 'core', fileInternalPath: '!index.ts' } } },
              message:
                "Main imports core only through its public entry ('../core', electron/core/index.ts); add what main needs there.",
            },
            {
              from: { element: { types: { anyOf: LAYERS } } },
              disallow: { to: { element: { isUnknown: true }, module: { origin: 'local' } } },
              message: 'Code under electron/ and src/ imports only its layers, never scripts/ or tests/.',
            },
            {
              from: { element: { types: { anyOf: ['core', 'shared', 'renderer'] } } },
              disallow: { to: { module: { source: 'electron' } } },
              message: 'Only main and the preload import electron; the renderer reaches the app through window.omi.',
            },
            {
              from: { element: { type: 'renderer' } },
              disallow: { to: { module: { origin: 'core' } } },
              message: 'The renderer runs in a sandboxed page: no Node modules there.',
            },
            {
              from: { element: { type: 'renderer' } },
              disallow: { to: { module: { source: 'chrono-node' } } },
              message: 'Due dates are read in the main process; the renderer never loads chrono-node.',
            },
          ],
        },
      ],
    },
  },
  {
    // Rooms a reader can hold in mind: a function fits on a screen, the composition root's too
    // (its longer hand-offs are functions of their own, named for what they hand over).
    files: ['electron/**/*.ts', 'src/**/*.ts', 'src/**/*.svelte'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    // The composition root builds each service after what it needs: no closure reaches a service
    // declared further down (news goes through the event hub). Function declarations are hoisted hand-offs.
    files: ['electron/core/omi-tray.ts'],
    rules: {
      '@typescript-eslint/no-use-before-define': [
        'error',
        { functions: false, classes: true, variables: true, typedefs: false },
      ],
    },
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
  // Prettier owns the layout (.prettierrc.json); this turns off every eslint rule that would argue with it.
  prettier,
);
