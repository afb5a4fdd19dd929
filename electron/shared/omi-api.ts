/**
 * `window.omi`: the one object the renderer may use. Built by `createOmiApi` from a transport:
 * ipcRenderer in the real preload, a Playwright binding in the browser test shell. A push reaches
 * the page only when it has the shape its channel promises (`pushChannels`).
 */
import { invokeChannels, pushChannels } from './ipc-contract';
import type { InvokeArgs, InvokeChannel, InvokeResult, PushChannel, PushEvents } from './ipc-contract';

export interface OmiTransport {
  invoke(channel: string, args: unknown): Promise<unknown>;
  on(channel: string, listener: (payload: unknown) => void): () => void;
}

type ArgList<C extends InvokeChannel> = InvokeArgs<C> extends undefined ? [] : [args: InvokeArgs<C>];

export interface OmiApi {
  invoke<C extends InvokeChannel>(channel: C, ...args: ArgList<C>): Promise<InvokeResult<C>>;
  on<P extends PushChannel>(channel: P, listener: (payload: PushEvents[P]) => void): () => void;
}

const INVOKE_CHANNELS: readonly string[] = Object.keys(invokeChannels);

export function createOmiApi(transport: OmiTransport): OmiApi {
  return Object.freeze({
    invoke(channel: string, ...args: unknown[]) {
      if (!INVOKE_CHANNELS.includes(channel)) return Promise.reject(new Error(`Unknown channel ${channel}`));
      return transport.invoke(channel, args[0]);
    },
    on(channel: string, listener: (payload: never) => void) {
      if (!Object.hasOwn(pushChannels, channel)) throw new Error(`Unknown channel ${channel}`);
      const schema = pushChannels[channel as PushChannel];
      const hear = listener as (payload: unknown) => void;
      return transport.on(channel, (payload) => {
        const heard = schema.safeParse(payload);
        if (heard.success) hear(heard.data);
      });
    },
  }) as OmiApi;
}
