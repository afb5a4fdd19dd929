import { describe, expect, it } from 'vitest';
import { checkKeyInput } from '../../../../electron/core/auth/key-input';

describe('a pasted API key', () => {
  it('is trimmed, and a pasted "Bearer " prefix is dropped', () => {
    expect(checkKeyInput('  omi_dev_abcdefgh1234 \n')).toEqual({ ok: true, value: 'omi_dev_abcdefgh1234' });
    expect(checkKeyInput('Bearer omi_dev_abcdefgh1234')).toEqual({ ok: true, value: 'omi_dev_abcdefgh1234' });
  });

  it.each([
    ['', /Enter your Omi developer key/],
    ['   ', /Enter your Omi developer key/],
    ['omi_mcp_abcdefgh1234', /^This is an MCP key; Omi Tray needs an Omi developer key \(omi_dev_…\)\.$/],
    ['omi_dev_abc defgh1234', /no spaces/],
    ['omi_dev_abcdéfgh1234', /characters no Omi key has/],
    ['omi_dev_', /too short/],
  ])('%j is refused in words', (input, message) => {
    const result = checkKeyInput(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({
      kind: 'invalid_input',
      message: expect.stringMatching(message),
    });
  });
});
