/**
 * `protocol`: custom schemes the app serves itself (app:// for the popover). Electron accepts
 * privileged schemes only before `ready` and one handler per scheme; the double holds the handler
 * and answers the page's requests for that scheme through it, so the app's own handler (path rules,
 * types, CSP header) decides what the page gets.
 */
import type { CustomScheme, Protocol } from 'electron';
import { app } from './app';

type ProtocolMembers = 'registerSchemesAsPrivileged' | 'handle' | 'unhandle' | 'isProtocolHandled';
type Handler = (request: Request) => Response | Promise<Response>;

/** What crosses to the harness for one request: plain data the link can clone. */
export interface SchemeAnswer {
  status: number;
  headers: [string, string][];
  body: Uint8Array | null;
}

class ProtocolDouble implements Pick<Protocol, ProtocolMembers> {
  readonly privileged: CustomScheme[] = [];
  private readonly handlers = new Map<string, Handler>();

  registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void {
    if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    this.privileged.push(...customSchemes);
  }

  handle(scheme: string, handler: Handler): void {
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }

  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  /** A page's request for a handled scheme, answered by the app's handler (net::ERR_UNKNOWN_URL_SCHEME without one). */
  async answer(url: string, method: string, headers: Record<string, string>): Promise<SchemeAnswer> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME: no handler for ${scheme}:`);
    const response = await handler(new Request(url, { method, headers }));
    const body = method === 'HEAD' || response.body === null ? null : new Uint8Array(await response.arrayBuffer());
    return { status: response.status, headers: [...response.headers.entries()], body };
  }
}

export const protocol = new ProtocolDouble();
