/** globalShortcut: registrations by accelerator; an accelerator another app owns cannot be had. */
import type { GlobalShortcut } from 'electron';
import { launchFacts } from './harness-link';

const registered = new Map<string, () => void>();
const taken = new Set(launchFacts().takenShortcuts);

export const globalShortcut = {
  register(accelerator: string, callback: () => void): boolean {
    if (!/^(\w+\+)*[\w\s]+$/.test(accelerator.trim()) || accelerator.trim() === '') {
      // Electron throws for an accelerator it cannot parse.
      throw new Error(`Failed to parse accelerator: ${accelerator}`);
    }
    if (taken.has(accelerator) || registered.has(accelerator)) return false;
    registered.set(accelerator, callback);
    return true;
  },
  isRegistered(accelerator: string): boolean {
    return registered.has(accelerator);
  },
  unregister(accelerator: string): void {
    registered.delete(accelerator);
  },
  unregisterAll(): void {
    registered.clear();
  },
} satisfies Pick<GlobalShortcut, 'register' | 'isRegistered' | 'unregister' | 'unregisterAll'>;

export function registeredShortcuts(): string[] {
  return [...registered.keys()];
}

/** The user presses the chord: only a registered one reaches the app. */
export function pressShortcut(accelerator?: string): void {
  const chosen = accelerator ?? registered.keys().next().value;
  const callback = chosen === undefined ? undefined : registered.get(chosen);
  if (!callback)
    throw new Error(accelerator ? `The shortcut ${accelerator} is not registered` : 'No global shortcut is registered');
  callback();
}
