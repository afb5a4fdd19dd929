/**
 * What may be the global quick-edit shortcut: an Electron accelerator (modifiers, then one key)
 * with at least one of Ctrl, Cmd, Alt or Super, that is not a chord the system or every app relies
 * on (copy, paste, undo, quit, switching windows, Spotlight…). A global shortcut takes the chord
 * from every other app, so a page that could set Ctrl+C would break copying everywhere.
 */
import { z } from 'zod';
import { RESERVED_CHORDS } from './reserved-chords';

export type AcceleratorCheck = { ok: true; accelerator: string } | { ok: false; reason: string };

type Modifier = 'ctrl' | 'meta' | 'alt' | 'shift';

const MODIFIERS: Record<string, Modifier | 'ctrlOrMeta'> = {
  command: 'meta',
  cmd: 'meta',
  super: 'meta',
  meta: 'meta',
  control: 'ctrl',
  ctrl: 'ctrl',
  commandorcontrol: 'ctrlOrMeta',
  cmdorctrl: 'ctrlOrMeta',
  alt: 'alt',
  option: 'alt',
  altgr: 'alt',
  shift: 'shift',
};

const NAMED_KEYS = [
  'Plus',
  'Space',
  'Tab',
  'Capslock',
  'Numlock',
  'Scrolllock',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'Esc',
  'VolumeUp',
  'VolumeDown',
  'VolumeMute',
  'MediaNextTrack',
  'MediaPreviousTrack',
  'MediaStop',
  'MediaPlayPause',
  'PrintScreen',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
];
const KEY_BY_LOWER = new Map<string, string>(NAMED_KEYS.map((key) => [key.toLowerCase(), key]));
const PUNCTUATION = new Set([...')!@#$%^&*(:;<=>,_-.?/~`{}[]|\\"\'']);

const ORDER: Modifier[] = ['ctrl', 'meta', 'alt', 'shift'];

export function checkAccelerator(text: string): AcceleratorCheck {
  const shown = quoted(text);
  if (text.length === 0 || text.length > 100)
    return refuse(`The shortcut ${shown} is not a key combination like Ctrl+Shift+Space.`);
  const parts = text.split('+');
  // "Ctrl+Plus" names the plus key; a trailing "+" after a modifier means the same ("Ctrl++").
  if (text.endsWith('++')) parts.splice(parts.length - 2, 2, 'Plus');
  const keyPart = parts.pop() ?? '';
  const modifiers = new Set<Modifier | 'ctrlOrMeta'>();
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (modifier === undefined)
      return refuse(
        `The shortcut ${shown} is not a key combination: "${clip(part)}" is not a modifier (Ctrl, Cmd, Alt, Shift, Super).`,
      );
    if (modifiers.has(modifier)) return refuse(`The shortcut ${shown} names ${part} twice.`);
    modifiers.add(modifier);
  }
  const key = normaliseKey(keyPart);
  if (key === null)
    return refuse(
      `The shortcut ${shown} does not end in one key Omi Tray knows (a letter, digit, F1–F24, Space, an arrow…).`,
    );
  if (![...modifiers].some((modifier) => modifier !== 'shift')) {
    return refuse(
      `The shortcut ${shown} needs Ctrl, Cmd, Alt or Super: on its own (or with Shift) the key could no longer be typed in any app.`,
    );
  }
  for (const variant of variants(modifiers)) {
    const chord = [...ORDER.filter((modifier) => variant.has(modifier)), key].join('+');
    if (RESERVED_CHORDS.has(chord)) {
      return refuse(
        `The shortcut ${shown} is taken by the system or by every app (copy, paste, undo, quit, switching windows and the like); choose another, e.g. Ctrl+Shift+Space.`,
      );
    }
  }
  return { ok: true, accelerator: text };
}

/** The same rule as a schema, for the IPC contract and settings.json. */
export const acceleratorSchema = z
  .string()
  .max(100)
  .superRefine((text, context) => {
    const checked = checkAccelerator(text);
    // Without the full stop: the IPC gate and the settings file put the reason inside their own sentence.
    if (!checked.ok) context.addIssue({ code: 'custom', message: checked.reason.replace(/\.$/, '') });
  });

function normaliseKey(part: string): string | null {
  if (/^[a-z0-9]$/i.test(part)) return part.toUpperCase();
  if (/^F([1-9]|1[0-9]|2[0-4])$/i.test(part)) return part.toUpperCase();
  if (/^num[0-9]$/i.test(part)) return part.toLowerCase();
  if (part.length === 1 && PUNCTUATION.has(part)) return part;
  const named = KEY_BY_LOWER.get(part.toLowerCase());
  if (named === 'Esc') return 'Escape';
  if (named === 'Enter') return 'Return';
  return named ?? null;
}

/** CommandOrControl is Ctrl on Windows and Linux, Cmd on macOS: both must be free. */
function variants(modifiers: Set<Modifier | 'ctrlOrMeta'>): Set<Modifier>[] {
  const plain = [...modifiers].filter((modifier): modifier is Modifier => modifier !== 'ctrlOrMeta');
  if (!modifiers.has('ctrlOrMeta')) return [new Set(plain)];
  return [new Set<Modifier>([...plain, 'ctrl']), new Set<Modifier>([...plain, 'meta'])];
}

function refuse(reason: string): AcceleratorCheck {
  return { ok: false, reason };
}

function clip(text: string): string {
  const clean = text.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 20 ? `${clean.slice(0, 20)}…` : clean;
}

function quoted(text: string): string {
  return `"${clip(text.length > 40 ? text.slice(0, 40) : text)}"`;
}
