/**
 * A push's text reaches the preload's world whole, however it was cut into parts for the debugging
 * protocol: the expressions run here in a realm of their own, in the order the harness sends them.
 */
import { runInContext, createContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { deliveryExpressions, PART_LENGTH } from '../../harness/preload-delivery';
import { DELIVER_IN_PRELOAD } from '../../electron-double/renderer/deliver-key';

function world() {
  const delivered: { channel: string; args: unknown }[] = [];
  const context = createContext({});
  runInContext('globalThis', context)[Symbol.for(DELIVER_IN_PRELOAD)] = (channel: string, args: unknown) =>
    delivered.push({ channel, args: JSON.parse(JSON.stringify(args)) });
  return { run: (expressions: string[]) => expressions.forEach((code) => runInContext(code, context)), delivered };
}

describe('a push carried into the preload world', () => {
  it('goes as one expression while it is short', () => {
    const { run, delivered } = world();
    const expressions = deliveryExpressions(0, 'snapshot:changed', JSON.stringify([{ seq: 1 }]));
    expect(expressions).toHaveLength(1);
    run(expressions);
    expect(delivered).toEqual([{ channel: 'snapshot:changed', args: [{ seq: 1 }] }]);
  });

  it('arrives whole from its parts, with pairs of UTF-16 halves cut between parts and a "__proto__" key', () => {
    const before = '[{"items":[{"id":"x","description":"';
    // An emoji straddles the first cut: its two halves land in different parts.
    const words = `${'a'.repeat(PART_LENGTH - 1 - before.length)}🙂 "quoted" \\ ${'é'.repeat(PART_LENGTH)}`;
    const text = `${before}${JSON.stringify(words).slice(1)}}],"__proto__":{"kept":true}}]`;
    expect(text.charCodeAt(PART_LENGTH - 1)).toBe('🙂'.charCodeAt(0));
    const expressions = deliveryExpressions(7, 'snapshot:changed', text);
    expect(expressions.length).toBeGreaterThan(2);
    const { run, delivered } = world();
    run(expressions);
    expect(delivered).toHaveLength(1);
    const got = delivered[0]!.args as [Record<string, unknown>];
    expect((got[0]!['items'] as { description: string }[])[0]!.description).toBe(words);
    expect(Object.getOwnPropertyDescriptor(got[0]!, '__proto__')?.value).toEqual({ kept: true });
  });

  it('keeps two pushes apart when their parts interleave, and leaves nothing behind', () => {
    const first = JSON.stringify(['1'.repeat(PART_LENGTH * 2)]);
    const second = JSON.stringify(['2'.repeat(PART_LENGTH * 2)]);
    const a = deliveryExpressions(1, 'one', first);
    const b = deliveryExpressions(2, 'two', second);
    const { run, delivered } = world();
    run([a[0]!, b[0]!, a[1]!, b[1]!, ...a.slice(2), ...b.slice(2)]);
    expect(delivered.map(({ channel, args }) => [channel, (args as string[])[0]!.length])).toEqual([
      ['one', PART_LENGTH * 2],
      ['two', PART_LENGTH * 2],
    ]);
  });

  it('says so when the last part finds none before it (a new document in between)', () => {
    const expressions = deliveryExpressions(3, 'snapshot:changed', JSON.stringify(['x'.repeat(PART_LENGTH * 2)]));
    const { run, delivered } = world();
    expect(() => run(expressions.slice(-1))).toThrow('its parts never arrived');
    expect(delivered).toEqual([]);
  });
});
