/** A new API address is saved only after the person says yes in the main process's own dialog. */
import { describe, expect, it } from 'vitest';
import { ADDRESS_NOT_CHANGED, confirmAddress } from '../../../../electron/core/settings/confirm-address';
import type { Question } from '../../../../electron/core/ports';

function asker(answer: boolean) {
  const asked: Question[] = [];
  return { asked, ask: (question: Question) => (asked.push(question), Promise.resolve(answer)) };
}

describe('confirming a new API address', () => {
  it('asks before another address, and a no keeps the old one, in words', async () => {
    const { asked, ask } = asker(false);
    const result = await confirmAddress({ apiBaseUrl: 'https://attacker.example' }, 'https://api.omi.me', ask);
    expect(result).toEqual({ ok: false, error: { kind: 'invalid_input', message: ADDRESS_NOT_CHANGED } });
    expect(asked).toEqual([
      expect.objectContaining({
        message: 'Use https://attacker.example as the server address?',
        yes: 'Use this address',
        no: 'Cancel',
      }),
    ]);
  });

  it('a yes lets the change through unchanged', async () => {
    const { ask } = asker(true);
    const patch = { apiBaseUrl: 'https://omi.example.org', launchAtLogin: true };
    expect(await confirmAddress(patch, 'https://api.omi.me', ask)).toEqual({ ok: true, value: patch });
  });

  it('asks nothing when the address stays or is not in the change', async () => {
    const { asked, ask } = asker(false);
    expect((await confirmAddress({ launchAtLogin: true }, 'https://api.omi.me', ask)).ok).toBe(true);
    expect((await confirmAddress({ apiBaseUrl: 'https://api.omi.me' }, 'https://api.omi.me', ask)).ok).toBe(true);
    expect(asked).toEqual([]);
  });
});
