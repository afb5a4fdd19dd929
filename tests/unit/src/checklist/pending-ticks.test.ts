import { describe, expect, it } from 'vitest';
import { PendingTicks } from '../../../../src/checklist/pending-ticks.svelte';

describe('PendingTicks', () => {
  it('holds one tick per item until it is dropped', () => {
    const ticks = new PendingTicks();
    expect(ticks.get('a')).toBeUndefined();
    ticks.set('a', true);
    ticks.set('b', false);
    ticks.set('a', false);
    expect(ticks.size).toBe(2);
    expect(ticks.get('a')).toBe(false);
    expect(ticks.entries()).toEqual([
      ['a', false],
      ['b', false],
    ]);
    ticks.delete('a');
    ticks.delete('a');
    expect(ticks.size).toBe(1);
    expect(ticks.get('a')).toBeUndefined();
    ticks.clear();
    expect(ticks.size).toBe(0);
    expect(ticks.entries()).toEqual([]);
  });

  it('takes any item id, also names that objects have built in', () => {
    const ticks = new PendingTicks();
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(ticks.get(id)).toBeUndefined();
    ticks.set('__proto__', true);
    ticks.set('constructor', false);
    expect(ticks.get('__proto__')).toBe(true);
    expect(ticks.get('constructor')).toBe(false);
    expect(ticks.size).toBe(2);
  });
});
