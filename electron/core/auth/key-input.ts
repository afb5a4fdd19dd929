/** What a pasted Omi developer key must look like before the server is asked about it. */
import type { Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';

/** Shorter than any real key: most likely half a paste. */
const MIN_KEY_LENGTH = 12;

const MCP_KEY_MESSAGE = 'This is an MCP key; Omi Tray needs an Omi developer key (omi_dev_…).';

/** The key to try (trimmed; a pasted "Bearer " prefix dropped), or why it cannot be one. */
export function checkKeyInput(raw: string): Result<string> {
  let key = raw.trim();
  if (/^bearer\s+/i.test(key)) key = key.replace(/^bearer\s+/i, '').trim();
  if (key === '') return invalid('Enter your Omi developer key (it starts with omi_dev_).');
  if (key.startsWith('omi_mcp_')) return invalid(MCP_KEY_MESSAGE);
  if (/\s/.test(key)) return invalid('An Omi developer key has no spaces or line breaks; paste just the key.');
  // Keys travel in an HTTP header, which takes only visible ASCII.
  if (!/^[\x21-\x7e]+$/.test(key))
    return invalid('That is not an Omi developer key: it has characters no Omi key has.');
  if (key.length < MIN_KEY_LENGTH)
    return invalid('That is too short to be an Omi developer key; paste the whole key (omi_dev_…).');
  return ok(key);
}

function invalid(message: string): Result<never> {
  return fail({ kind: 'invalid_input', message });
}
