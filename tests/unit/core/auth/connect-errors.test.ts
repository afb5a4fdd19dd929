/** What the onboarding alert says when a key could not be connected, per reason. */
import { describe, expect, it } from 'vitest';
import { connectFailure } from '../../../../electron/core/auth/connect-errors';

describe('a key that could not be connected', () => {
  it('refused by Omi: check the whole key was copied and not revoked', () => {
    expect(connectFailure({ kind: 'unauthorized', message: 'HTTP 401' }).message).toBe(
      'Omi refused this key. Check that you copied the whole developer key (omi_dev_…) and that it has not been revoked.',
    );
  });

  it('offline: check the connection', () => {
    expect(connectFailure({ kind: 'offline', message: 'net::ERR_NAME_NOT_RESOLVED', neverSent: true })).toEqual({
      kind: 'offline',
      message: "You're offline, or Omi can't be reached right now. Check your connection and try again.",
    });
  });

  it('rate limited: says so, keeping how long to wait', () => {
    expect(connectFailure({ kind: 'rate_limited', message: 'Try again in 30 seconds.', retryAfterSeconds: 30 })).toEqual({
      kind: 'rate_limited',
      message: 'Omi is limiting requests from this key right now. Try again in 30 seconds.',
      retryAfterSeconds: 30,
    });
  });

  it('anything else: the key could not be checked, and why', () => {
    expect(connectFailure({ kind: 'server', message: 'Omi had a problem (HTTP 502).', detail: 'Bad gateway' })).toEqual({
      kind: 'server',
      message: 'The key could not be checked: Omi had a problem (HTTP 502).',
      detail: 'Bad gateway',
    });
  });
});
