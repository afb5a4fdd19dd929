/** The list the "?" overlay shows, written from the same table the keymap acts on. */
import { QUICK_EDIT_BINDINGS, type KeySpec } from './key-bindings';

export interface KeyHelpEntry {
  /** "Ctrl+Enter" — works in any state of the box. */
  keys: string;
  /** "Space or x" — also works while the box is empty; empty when there is no such key. */
  whenBoxEmpty: string;
  description: string;
}

export type KeyPlatform = 'mac' | 'other';

function written(specs: readonly KeySpec[], platform: KeyPlatform): string {
  const mod = platform === 'mac' ? '⌘' : 'Ctrl';
  return specs.map((spec) => spec.label.replace('Mod', mod)).join(' or ');
}

export function keyHelp(platform: KeyPlatform): KeyHelpEntry[] {
  return [
    ...QUICK_EDIT_BINDINGS.map((binding) => ({
      keys: written(binding.always, platform),
      whenBoxEmpty: written(binding.whenBoxEmpty, platform),
      description: binding.description,
    })),
    { keys: 'Enter', whenBoxEmpty: '', description: 'Save, in the description or due date editor' },
    {
      keys: 'Escape',
      whenBoxEmpty: '',
      description: 'Back one step: close the editor or this list, then clear the box, then hide',
    },
  ];
}
