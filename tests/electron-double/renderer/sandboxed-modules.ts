/**
 * The Node built-ins Electron lets a sandboxed preload `require` besides 'electron': 'events',
 * 'timers' and 'url', here as small browser versions of what they export. Anything else fails as
 * it does in a sandboxed renderer.
 */
type Listener = (...args: unknown[]) => void;

class EventEmitter {
  private readonly listeners = new Map<string | symbol, Listener[]>();
  on(name: string | symbol, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  addListener(name: string | symbol, listener: Listener): this {
    return this.on(name, listener);
  }
  once(name: string | symbol, listener: Listener): this {
    const once: Listener = (...args) => {
      this.off(name, once);
      listener(...args);
    };
    return this.on(name, once);
  }
  off(name: string | symbol, listener: Listener): this {
    const list = this.listeners.get(name) ?? [];
    const at = list.indexOf(listener);
    if (at >= 0) list.splice(at, 1);
    return this;
  }
  removeListener(name: string | symbol, listener: Listener): this {
    return this.off(name, listener);
  }
  removeAllListeners(name?: string | symbol): this {
    if (name === undefined) this.listeners.clear();
    else this.listeners.delete(name);
    return this;
  }
  emit(name: string | symbol, ...args: unknown[]): boolean {
    const list = [...(this.listeners.get(name) ?? [])];
    for (const listener of list) listener(...args);
    return list.length > 0;
  }
  listenerCount(name: string | symbol): number {
    return this.listeners.get(name)?.length ?? 0;
  }
}

function sandboxedModules(electron: unknown): Record<string, unknown> {
  const events = Object.assign(EventEmitter, { EventEmitter });
  const timers = {
    setTimeout: setTimeout.bind(globalThis),
    clearTimeout: clearTimeout.bind(globalThis),
    setInterval: setInterval.bind(globalThis),
    clearInterval: clearInterval.bind(globalThis),
    setImmediate: (callback: (...args: unknown[]) => void, ...args: unknown[]) => setTimeout(callback, 0, ...args),
    clearImmediate: clearTimeout.bind(globalThis),
  };
  const url = { URL, URLSearchParams };
  return { electron, events, timers, url };
}

/**
 * The `require` a sandboxed preload gets: 'electron' and the built-ins above; anything else fails
 * with the message a sandboxed renderer gives, as `fs` or `child_process` do there.
 */
export function sandboxedRequire(electron: unknown): (id: string) => unknown {
  const allowed = sandboxedModules(electron);
  return (id) => {
    if (Object.hasOwn(allowed, id)) return allowed[id];
    throw new Error(`module not found: ${id}`);
  };
}
