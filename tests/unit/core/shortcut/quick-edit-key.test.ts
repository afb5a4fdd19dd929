/** The quick-edit shortcut over a run: registered, taken by another app, changed, released. */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../electron/core/logging/logger';
import { QuickEditKey } from '../../../../electron/core/shortcut/quick-edit-key';
import { RecordingShortcuts } from '../../../harness/recording-platform';

function build(taken: string[]) {
  let accelerator = 'CommandOrControl+Shift+Space';
  const shortcuts = new RecordingShortcuts();
  for (const wanted of taken) shortcuts.taken.add(wanted);
  const events: string[] = [];
  const logs: string[] = [];
  const key = new QuickEditKey({
    shortcuts,
    accelerator: () => accelerator,
    onPress: () => void events.push('quick edit'),
    logger: createLogger({ sink: (line) => logs.push(line), level: 'debug' }),
    changed: () => void events.push('changed'),
  });
  return { key, registered: shortcuts.registered, events, logs, use: (next: string) => (accelerator = next) };
}

describe('quick edit key', () => {
  it('registers the accelerator of the settings; a press opens quick edit; release frees it', () => {
    const { key, registered, events } = build([]);
    key.register();
    expect(key.outcome()).toEqual({ warning: null, trayLine: null });
    registered.get('CommandOrControl+Shift+Space')?.();
    expect(events).toEqual(['changed', 'quick edit']);
    key.release();
    expect(registered.size).toBe(0);
  });

  it('a taken shortcut is said in words and logged; another one in the settings clears that', () => {
    const { key, registered, logs, use } = build(['CommandOrControl+Shift+Space']);
    key.register();
    expect(key.outcome().trayLine).toBe('Shortcut CommandOrControl+Shift+Space is taken: change it in Settings');
    expect(logs.some((line) => line.includes('Quick edit shortcut not registered'))).toBe(true);
    use('CommandOrControl+Alt+O');
    key.register();
    expect(key.outcome().warning).toBeNull();
    expect([...registered.keys()]).toEqual(['CommandOrControl+Alt+O']);
  });
});
