import { describe, expect, it } from 'vitest';
import { checkApiAddress } from '../../../electron/shared/api-address';
import { parseInvokeArgs } from '../../../electron/core/ipc/parse-invoke-args';
import { storedSettingsSchema } from '../../../electron/core/settings/settings-file';

describe('where the API key may be sent', () => {
  it.each([
    ['https://api.omi.me', 'https://api.omi.me'],
    ['https://omi.example.org:8443/api', 'https://omi.example.org:8443'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://127.5.6.7', 'http://127.5.6.7'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['http://[::1]:9000', 'http://[::1]:9000'],
    // Other spellings of loopback that the URL parser normalises.
    ['http://2130706433/', 'http://127.0.0.1'],
    ['http://LOCALHOST', 'http://localhost'],
  ])('accepts %s', (address, origin) => {
    expect(checkApiAddress(address)).toEqual({ ok: true, origin });
  });

  it.each([
    ['http://api.omi.me', /plain http.*unencrypted/],
    ['http://192.168.1.20:8080', /plain http/],
    ['http://[::2]', /plain http/],
    ['http://localhost.evil.example', /plain http/],
    ['http://127.0.0.1.nip.io', /plain http/],
    ['ftp://api.omi.me', /not an https address/],
    ['file:///etc/passwd', /not an https address/],
    ['javascript:alert(1)', /not an https address/],
    ['https://user:pass@api.omi.me', /user name or password/],
    ['api.omi.me', /not a web address/],
    ['', /not a web address/],
  ])('refuses %s in words', (address, reason) => {
    const checked = checkApiAddress(address);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toMatch(reason);
  });

  it('is the rule of the settings IPC channel', () => {
    const refused = parseInvokeArgs('settings:update', { apiBaseUrl: 'http://attacker.example' });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error.message).toMatch(
        /apiBaseUrl: .*uses plain http, which would send your Omi developer key unencrypted.*::1\)\.$/,
      );
    expect(parseInvokeArgs('settings:update', { apiBaseUrl: 'http://127.0.0.1:4000' }).ok).toBe(true);
  });

  it('is the rule of settings.json', () => {
    const stored = storedSettingsSchema.safeParse({ apiBaseUrl: 'http://attacker.example' });
    expect(stored.success).toBe(false);
    expect(stored.error?.issues[0]?.message).toMatch(/plain http/);
    expect(storedSettingsSchema.safeParse({ apiBaseUrl: 'https://omi.example.org' }).success).toBe(true);
  });
});
