/** Setup connects on paste only when the pasted text has the shape of an Omi developer key. */
import { describe, expect, it } from 'vitest';
import { pastedKey } from '../../../../src/onboarding/key-shape';

describe('a pasted Omi developer key', () => {
  it('is found in what people copy: the key, with spaces or a line break around it, or after "Bearer"', () => {
    expect(pastedKey('omi_dev_0123456789abcdef')).toBe('omi_dev_0123456789abcdef');
    expect(pastedKey('  omi_dev_0123456789abcdef\n')).toBe('omi_dev_0123456789abcdef');
    expect(pastedKey('Bearer omi_dev_0123456789abcdef')).toBe('omi_dev_0123456789abcdef');
  });

  it('is not found in other text, so nothing is sent until Connect', () => {
    expect(pastedKey('omi_dev_')).toBeNull();
    expect(pastedKey('omi_dev_abc')).toBeNull();
    expect(pastedKey('omi_mcp_0123456789abcdef')).toBeNull();
    expect(pastedKey('omi_dev_0123 456789abcdef')).toBeNull();
    expect(pastedKey('my shopping list')).toBeNull();
    expect(pastedKey('')).toBeNull();
  });
});
