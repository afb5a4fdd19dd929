/**
 * The layer rules of eslint.config.mjs, pinned: each layer's wrong import fails lint and its right
 * import passes, so a later edit of the config cannot quietly open a door between layers.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport { x };\n`, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('layer rules', () => {
  it.each([
    ['core never imports main', 'electron/core/items/probe.ts', "import { x } from '../../main/app-paths';"],
    ['core never imports preload', 'electron/core/probe.ts', "import { x } from '../preload/index';"],
    ['core never imports electron', 'electron/core/probe.ts', "import { x } from 'electron';"],
    ['shared never imports core', 'electron/shared/probe.ts', "import type { x } from '../core/ports';"],
    ['shared never imports main', 'electron/shared/due-date/probe.ts', "import { x } from '../../main/index';"],
    ['main imports core only through its entry', 'electron/main/adapters/probe.ts', "import { x } from '../../core/items/item-store';"],
    ['preload never imports core', 'electron/preload/probe.ts', "import { x } from '../core';"],
    ['the renderer never imports core', 'src/lib/probe.ts', "import { x } from '../../electron/core/api/omi-client';"],
    ['the renderer never imports main', 'src/probe.ts', "import { x } from '../electron/main/index';"],
  ])('%s', async (_rule, filePath, source) => {
    expect(await restricted(filePath, source)).toHaveLength(1);
  }, 30_000);

  it.each([
    ['core imports shared', 'electron/core/items/probe.ts', "import { x } from '../../shared/action-item';"],
    ['main imports core by its entry', 'electron/main/adapters/probe.ts', "import { x } from '../../core';"],
    ['preload imports shared', 'electron/preload/probe.ts', "import { x } from '../shared/omi-api';"],
    ['the renderer imports shared', 'src/lib/probe.ts', "import { x } from '../../electron/shared/grouping';"],
  ])('%s', async (_rule, filePath, source) => {
    expect(await restricted(filePath, source)).toEqual([]);
  }, 30_000);
});
