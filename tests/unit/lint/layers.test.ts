/**
 * The layer rules of eslint.config.mjs (eslint-plugin-boundaries), pinned: each rule's wrong import
 * fails lint with that rule's words and a right import passes, so a later edit of the config cannot
 * quietly open a door between layers. The probes name files by relative path, type-only imports and
 * re-exports included: the plugin resolves each to the file it names.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function refusals(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport { x };\n`, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.startsWith('boundaries/'))
    .map((message) => message.message);
}

const CORE = 'Core never imports electron/main, electron/preload or src';
const SHARED = 'Shared code imports only shared code';
const PRELOAD = 'The preload bridge imports only electron/shared';
const MAIN = 'Main never imports the preload bridge or src';
const MAIN_ENTRY = 'Main imports core only through its public entry';
const RENDERER = 'The renderer imports only electron/shared';
const NO_ELECTRON = 'Only main and the preload import electron';
const NO_NODE = 'no Node modules there';
const NO_CHRONO = 'the renderer never loads chrono-node';
const LAYERS_ONLY = 'never scripts/ or tests/';

describe('layer rules', () => {
  it.each([
    ['core never imports main', 'electron/core/items/probe.ts', "import { x } from '../../main/app-paths';", CORE],
    [
      'core never imports preload (type-only)',
      'electron/core/probe.ts',
      "import type { x } from '../preload/index';",
      CORE,
    ],
    ['core never imports src', 'electron/core/probe.ts', "import { x } from '../../src/common/focus';", CORE],
    ['core never imports electron', 'electron/core/probe.ts', "import { x } from 'electron';", NO_ELECTRON],
    [
      'shared never imports core (type-only)',
      'electron/shared/probe.ts',
      "import type { x } from '../core/ports';",
      SHARED,
    ],
    [
      'shared never re-exports main',
      'electron/shared/due-date/probe.ts',
      "export { x } from '../../main/index';",
      SHARED,
    ],
    ['shared never imports electron', 'electron/shared/probe.ts', "import { x } from 'electron';", NO_ELECTRON],
    [
      'main imports core only through its entry',
      'electron/main/adapters/probe.ts',
      "import { x } from '../../core/items/item-store';",
      MAIN_ENTRY,
    ],
    [
      'main never imports src',
      'electron/main/adapters/probe.ts',
      "import { x } from '../../../src/common/focus';",
      MAIN,
    ],
    ['preload never imports core', 'electron/preload/probe.ts', "import { x } from '../core';", PRELOAD],
    [
      'the renderer never imports core',
      'src/common/probe.ts',
      "import { x } from '../../electron/core/api/omi-client';",
      RENDERER,
    ],
    ['the renderer never imports main', 'src/probe.ts', "import { x } from '../electron/main/index';", RENDERER],
    ['the renderer never imports electron', 'src/common/probe.ts', "import { x } from 'electron';", NO_ELECTRON],
    ['the renderer never imports node:*', 'src/common/probe.ts', "import { x } from 'node:fs';", NO_NODE],
    [
      'the renderer never imports a Node module by its bare name',
      'src/common/probe.ts',
      "import { x } from 'path';",
      NO_NODE,
    ],
    ['the renderer never imports chrono-node', 'src/common/probe.ts', "import { x } from 'chrono-node';", NO_CHRONO],
    [
      'no layer imports tests',
      'electron/core/probe.ts',
      "import { x } from '../../tests/fake-omi/server';",
      LAYERS_ONLY,
    ],
  ])(
    '%s',
    async (_rule, filePath, source, words) => {
      const found = await refusals(filePath, source);
      expect(found).toHaveLength(1);
      expect(found[0]).toContain(words);
    },
    30_000,
  );

  it('reads the imports of a Svelte component too', async () => {
    const component =
      '<script lang="ts">\n  import type { x } from \'../../electron/core/ports\';\n  let y: x | null = null;\n</script>\n<p>{y}</p>\n';
    const [result] = await eslint.lintText(component, { filePath: 'src/common/Probe.svelte' });
    const found = (result?.messages ?? [])
      .filter((message) => message.ruleId === 'boundaries/dependencies')
      .map((message) => message.message);
    expect(found).toEqual([expect.stringContaining(RENDERER)]);
  }, 30_000);

  it.each([
    ['core imports shared', 'electron/core/items/probe.ts', "import { x } from '../../shared/action-item';"],
    ['main imports core by its entry', 'electron/main/adapters/probe.ts', "import { x } from '../../core';"],
    [
      'main imports electron and Node',
      'electron/main/adapters/probe.ts',
      "import { x } from 'electron';\nimport { y } from 'node:fs';\nexport { y };",
    ],
    ['preload imports shared', 'electron/preload/probe.ts', "import { x } from '../shared/omi-api';"],
    ['the renderer imports shared', 'src/common/probe.ts', "import { x } from '../../electron/shared/grouping';"],
    ['the renderer imports zod', 'src/common/probe.ts', "import { x } from 'zod';"],
    ['tests import any layer', 'tests/unit/probe.ts', "import { x } from '../../electron/main/index';"],
    ['scripts import any layer', 'scripts/probe.ts', "import { x } from '../electron/core/items/item-store';"],
  ])(
    '%s',
    async (_rule, filePath, source) => {
      expect(await refusals(filePath, source)).toEqual([]);
    },
    30_000,
  );
});
