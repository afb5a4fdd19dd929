/**
 * The double's sandboxed preload gets the `require` Electron gives one: 'electron' and the
 * built-ins 'events', 'timers' and 'url'; Node's own modules fail as they do in a sandboxed renderer.
 */
import { describe, expect, it } from 'vitest';
import { sandboxedRequire } from '../../electron-double/renderer/sandboxed-modules';

describe("the double's sandboxed require", () => {
  const electron = { contextBridge: {}, ipcRenderer: {} };
  const require = sandboxedRequire(electron);

  it('hands over the renderer side of electron and the three built-ins', () => {
    expect(require('electron')).toBe(electron);
    const { EventEmitter } = require('events') as {
      EventEmitter: new () => { on(n: string, l: () => void): void; emit(n: string): boolean };
    };
    const emitter = new EventEmitter();
    let heard = 0;
    emitter.on('ping', () => (heard += 1));
    expect(emitter.emit('ping')).toBe(true);
    expect(heard).toBe(1);
    expect(typeof (require('timers') as { setTimeout: unknown }).setTimeout).toBe('function');
    expect(new (require('url') as { URL: typeof URL }).URL('https://omi.me/a').pathname).toBe('/a');
  });

  it.each(['fs', 'child_process', 'path', 'node:fs', 'os', 'constructor', '__proto__', 'hasOwnProperty'])(
    'refuses %s, as a sandboxed renderer does',
    (id) => {
      expect(() => require(id)).toThrow(`module not found: ${id}`);
    },
  );
});
