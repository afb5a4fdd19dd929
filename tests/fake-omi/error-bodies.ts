/** The bodies and headers the server sends with its refusals (docs/omi-api-facts.md). */
import type { Problem } from './contract';

export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const unauthorized = (): Answer => ({ status: 401, body: { detail: 'Invalid API key' } });

export const missingScope = (scope: string): Answer => ({
  status: 403,
  body: { detail: `Insufficient permissions. Required scope: ${scope}` },
});

export const validationFailed = (problems: Problem[]): Answer => ({ status: 422, body: { detail: problems } });

export const rateLimited = (retryAfterSeconds: number, limit: number): Answer => ({
  status: 429,
  body: { detail: `Rate limit exceeded. Try again in ${retryAfterSeconds}s.` },
  headers: {
    'Retry-After': String(retryAfterSeconds),
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': '0',
  },
});

/** What failNext sends when the test gives only a status. */
export function defaultFailure(status: number): Answer {
  switch (status) {
    case 401:
      return unauthorized();
    case 402:
      return { status, body: { detail: 'This action item is locked. Upgrade your plan to edit it.' } };
    case 403:
      return missingScope('action_items:write');
    case 404:
      return { status, body: { detail: 'Action item not found' } };
    case 422:
      return validationFailed([
        { loc: ['body'], msg: 'Value error, The action item could not be changed', type: 'value_error' },
      ]);
    case 429:
      return rateLimited(60, 120);
    default:
      return { status, body: { detail: status >= 500 ? 'Internal Server Error' : `HTTP ${status}` } };
  }
}

/**
 * A proxy's own error page (a captive portal, a corporate gateway, a load balancer in front of Omi):
 * HTML, not Omi's JSON. It is no answer of Omi's, so it is outside the OpenAPI document and never
 * checked against it.
 */
export function proxyPage(status: number): { status: number; rawBody: string; headers: Record<string, string> } {
  const title = PROXY_TITLES[status] ?? `${status} Error`;
  return {
    status,
    rawBody: `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><center><h1>${title}</h1></center><hr><center>nginx</center></body></html>\n`,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  };
}

const PROXY_TITLES: Record<number, string> = {
  403: '403 Forbidden',
  404: '404 Not Found',
  502: '502 Bad Gateway',
  503: '503 Service Temporarily Unavailable',
  504: '504 Gateway Time-out',
};
