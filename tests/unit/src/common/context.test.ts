import { describe, expect, test } from 'vitest';
import { defineContext } from '../../../../src/common/context';

describe('defineContext', () => {
  test('a view rendered on its own is given exactly the value', () => {
    const clock = defineContext<string>('clock');
    expect([...clock.with('now').values()]).toEqual(['now']);
  });

  test('two contexts of one name never meet', () => {
    const first = defineContext<string>('clock');
    const second = defineContext<string>('clock');
    const [firstKey] = first.with('a').keys();
    expect(second.with('b').has(firstKey!)).toBe(false);
  });
});
