// @vitest-environment jsdom
/**
 * The bridge between the page's world and the preload's, as contextBridge carries values: data
 * copied, functions proxied both ways with their results and errors, promises kept promises, and
 * either world may start first. (Here both ends share jsdom's one world; Chromium adds the clone
 * of each message's detail between real worlds.)
 */
import { describe, expect, it } from 'vitest';
import { openWorldBridge } from '../../electron-double/renderer/world-bridge';

let channels = 0;
const channel = () => `bridge-test-${++channels}`;

describe('the world bridge', () => {
  it('hands each world what the other offers, whichever opened first', () => {
    const name = channel();
    const isolated = openWorldBridge('isolated', name, { from: 'isolated' });
    const main = openWorldBridge('main', name, { from: 'main' });
    const seen: unknown[] = [];
    isolated.onOffer((offer) => seen.push(offer));
    main.onOffer((offer) => seen.push(offer));
    expect(seen).toEqual([{ from: 'main' }, { from: 'isolated' }]);
  });

  it('proxies functions both ways: results, thrown errors, promises and callbacks', async () => {
    const name = channel();
    const calls: unknown[] = [];
    openWorldBridge('isolated', name, {
      api: {
        version: 3,
        add: (a: number, b: number) => a + b,
        fail: () => {
          throw new TypeError('refused');
        },
        later: (value: string) => Promise.resolve({ value, at: new Date(0) }),
        laterFails: () => Promise.reject(new Error('gone')),
        subscribe: (listener: (payload: unknown) => void) => {
          listener({ pushed: [1, 2] });
          return () => calls.push('unsubscribed');
        },
      },
    });
    interface Api {
      version: number;
      add(a: number, b: number): number;
      fail(): never;
      later(value: string): Promise<unknown>;
      laterFails(): Promise<unknown>;
      subscribe(listener: (payload: unknown) => void): () => void;
    }
    let offer: { api: Api } | null = null;
    openWorldBridge('main', name, {}).onOffer((received) => (offer = received as typeof offer));
    const api = offer!.api;
    expect(api.version).toBe(3);
    expect(api.add(2, 3)).toBe(5);
    expect(() => api.fail()).toThrow('refused');
    await expect(api.later('x')).resolves.toEqual({ value: 'x', at: new Date(0) });
    await expect(api.laterFails()).rejects.toThrow('gone');
    const unsubscribe = api.subscribe((payload: unknown) => calls.push(payload));
    unsubscribe();
    expect(calls).toEqual([{ pushed: [1, 2] }, 'unsubscribed']);
  });

  it('refuses what structured clone cannot copy, as Electron does', () => {
    const name = channel();
    openWorldBridge('isolated', name, { echo: (value: unknown) => value });
    let echo: ((value: unknown) => unknown) | null = null;
    openWorldBridge('main', name, {}).onOffer((offer) => (echo = (offer as { echo: typeof echo }).echo));
    expect(() => echo!(Symbol('not cloneable'))).toThrow();
  });
});
