import { describe, expect, it } from 'vitest';
import { QUICK_EDIT_BINDINGS, type KeySpec } from '../../../../../src/lib/quick-edit/key-bindings';
import { keyAction, type KeyInput } from '../../../../../src/lib/quick-edit/keymap';

const eventFor = (spec: KeySpec): KeyInput => ({
  key: spec.key,
  ctrlKey: spec.mod ?? false,
  metaKey: false,
  altKey: false,
  shiftKey: spec.shift ?? false,
});

describe('the help list and the keymap agree', () => {
  it.each(QUICK_EDIT_BINDINGS.map((binding) => [binding.description, binding] as const))(
    '"%s": its keys do what the help says',
    (_description, binding) => {
      for (const spec of binding.always) {
        expect(keyAction(eventFor(spec), { mode: 'list', filterEmpty: false })).toEqual(binding.action);
        expect(keyAction(eventFor(spec), { mode: 'list', filterEmpty: true })).toEqual(binding.action);
      }
      for (const spec of binding.whenBoxEmpty) {
        expect(keyAction(eventFor(spec), { mode: 'list', filterEmpty: true })).toEqual(binding.action);
      }
    },
  );

  it('never gives one key two meanings', () => {
    const seen = new Map<string, string>();
    for (const binding of QUICK_EDIT_BINDINGS) {
      for (const spec of [...binding.always, ...binding.whenBoxEmpty]) {
        const id = `${spec.key.toLowerCase()}|${spec.mod ?? false}|${spec.shift ?? 'any'}`;
        expect(seen.get(id) ?? binding.description).toBe(binding.description);
        seen.set(id, binding.description);
      }
    }
  });
});
