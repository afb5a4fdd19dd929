import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refuseExternalLink } from '../../../../electron/main/security/open-external';
import { invokeChannels } from '../../../../electron/shared/ipc-contract';
import { recordingLogger } from '../../../doubles/recording-logger';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('links the popover asks to open', () => {
  it.each([
    'https://omi.me',
    'https://evil.example/?key=secret',
    'http://example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s and logs only its scheme', (url) => {
    const { logger, lines } = recordingLogger();
    refuseExternalLink(url, logger);
    expect(lines).toHaveLength(1);
    const logged = JSON.stringify(lines[0]);
    expect(lines[0]?.message).toMatch(/nothing was opened/);
    expect(logged).not.toContain('evil.example');
    expect(logged).not.toContain('secret');
  });

  it('the main process never hands anything to the browser', () => {
    const callers = sources('electron').filter((file) => /\bopenExternal\b/.test(readFileSync(file, 'utf8')));
    expect(callers).toEqual([]);
  });

  it('only "Show log folder" opens a path, and with the folder main chose: the channel takes no argument', () => {
    const callers = sources('electron').filter((file) => /\bopenPath\b/.test(readFileSync(file, 'utf8')));
    expect(callers).toEqual([join('electron', 'main', 'adapters', 'show-folder.ts')]);
    const users = sources('electron').filter((file) => /\bshowFolder\b/.test(readFileSync(file, 'utf8')));
    expect(users.sort()).toEqual([
      join('electron', 'main', 'adapters', 'show-folder.ts'),
      join('electron', 'main', 'index.ts'),
    ]);
    expect(invokeChannels['app:showLogFolder'].args.safeParse('/etc').success).toBe(false);
  });
});
