/**
 * What crosses between the page's main world and the preload's isolated world, as Electron's
 * contextBridge carries it: plain data as a structured clone, functions as proxies that call back
 * into the world they came from (synchronously, their result copied back), promises as promises,
 * errors as new errors with the message. The two worlds share only the DOM, so messages are
 * synchronous events on `document` under a name chosen per page (CustomEvent's detail is cloned
 * when read from the other world); each side handles only what is addressed to it.
 */
export type Side = 'main' | 'isolated';

type Encoded =
  | { t: 'value'; value: unknown }
  | { t: 'fn'; id: number }
  | { t: 'promise'; id: number }
  | { t: 'error'; message: string }
  | { t: 'array'; items: Encoded[] }
  | { t: 'object'; entries: [string, Encoded][] };

type Message =
  | { to: Side; kind: 'hello' | 'hello-reply'; offer: Encoded }
  | { to: Side; kind: 'call'; fn: number; args: Encoded; call: number }
  | { to: Side; kind: 'result'; call: number; ok: boolean; value: Encoded }
  | { to: Side; kind: 'settle'; promise: number; ok: boolean; value: Encoded };

export interface WorldBridge {
  /** Called with what the other world offers once both worlds run (whichever started first). */
  onOffer(listener: (offer: unknown) => void): void;
}

export function openWorldBridge(side: Side, channel: string, offer: unknown): WorldBridge {
  const other: Side = side === 'main' ? 'isolated' : 'main';
  const functions = new Map<number, (...args: unknown[]) => unknown>();
  const promises = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const results = new Map<number, { ok: boolean; value: Encoded }>();
  let nextId = 1;
  let offered: ((offer: unknown) => void) | null = null;
  let received: { value: unknown } | null = null;

  // Taken now, before the page's scripts could replace them.
  const dispatch = EventTarget.prototype.dispatchEvent;
  const Custom = CustomEvent;
  const post = (message: Message) => dispatch.call(document, new Custom(channel, { detail: message }));

  const encode = (value: unknown): Encoded => {
    // Plain data (a snapshot of 2,000 items) goes whole, copied once, as Electron copies it: the
    // other world reading the event's detail gets a structured clone of it (Blink clones a detail
    // read from another world), rather than a tree of tagged parts built and read back piece by piece.
    if (isPlainData(value)) return { t: 'value', value };
    if (typeof value === 'function') {
      const id = nextId++;
      functions.set(id, value as (...args: unknown[]) => unknown);
      return { t: 'fn', id };
    }
    if (value instanceof Promise) {
      const id = nextId++;
      value.then(
        (settled: unknown) => post({ to: other, kind: 'settle', promise: id, ok: true, value: encode(settled) }),
        (error: unknown) => post({ to: other, kind: 'settle', promise: id, ok: false, value: encode(asError(error)) }),
      );
      return { t: 'promise', id };
    }
    if (value instanceof Error) return { t: 'error', message: value.message };
    if (Array.isArray(value)) return { t: 'array', items: value.map(encode) };
    if (value !== null && typeof value === 'object' && isPlain(value)) {
      return { t: 'object', entries: Object.entries(value).map(([key, entry]) => [key, encode(entry)]) };
    }
    // Anything else (Date, Map, typed arrays…) as a structured clone; what cannot be cloned throws here, as in Electron.
    return { t: 'value', value: structuredClone(value) };
  };

  const decode = (encoded: Encoded): unknown => {
    switch (encoded.t) {
      case 'value':
        return encoded.value;
      case 'error':
        return new Error(encoded.message);
      case 'array':
        return encoded.items.map(decode);
      case 'object':
        return Object.fromEntries(encoded.entries.map(([key, entry]) => [key, decode(entry)]));
      case 'promise':
        return new Promise((resolve, reject) => promises.set(encoded.id, { resolve, reject }));
      case 'fn': {
        const id = encoded.id;
        return (...args: unknown[]) => {
          const call = nextId++;
          post({ to: other, kind: 'call', fn: id, args: encode(args), call });
          const result = results.get(call);
          results.delete(call);
          if (!result) throw new Error('The other world did not answer (it is gone)');
          if (!result.ok) throw decode(result.value);
          return decode(result.value);
        };
      }
    }
  };

  document.addEventListener(channel, (event) => {
    const message = (event as CustomEvent<Message>).detail;
    if (!message || message.to !== side) return;
    switch (message.kind) {
      case 'hello':
      case 'hello-reply':
        if (message.kind === 'hello') post({ to: other, kind: 'hello-reply', offer: encode(offer) });
        received = { value: decode(message.offer) };
        offered?.(received.value);
        return;
      case 'call': {
        const fn = functions.get(message.fn);
        let answer: { ok: boolean; value: Encoded };
        try {
          if (!fn) throw new Error('The function is gone');
          answer = { ok: true, value: encode(fn(...(decode(message.args) as unknown[]))) };
        } catch (error) {
          answer = { ok: false, value: encode(asError(error)) };
        }
        post({ to: other, kind: 'result', call: message.call, ...answer });
        return;
      }
      case 'result':
        results.set(message.call, { ok: message.ok, value: message.value });
        return;
      case 'settle': {
        const waiting = promises.get(message.promise);
        promises.delete(message.promise);
        if (message.ok) waiting?.resolve(decode(message.value));
        else waiting?.reject(decode(message.value) as Error);
        return;
      }
    }
  });
  post({ to: other, kind: 'hello', offer: encode(offer) });

  return {
    onOffer(listener) {
      offered = listener;
      if (received) listener(received.value);
    },
  };
}

/** Primitives, arrays and plain objects all the way down: nothing a bridge must turn into a proxy or a new error. */
function isPlainData(value: unknown): boolean {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol'))
    return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value === 'object' && isPlain(value)) return Object.values(value).every(isPlainData);
  return false;
}

function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
