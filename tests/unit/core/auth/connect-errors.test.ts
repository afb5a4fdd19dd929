/** What the onboarding alert says when a key could not be connected, per reason. */
import { describe, expect, it } from 'vitest';
import { connectFailure } from '../../../../electron/core/auth/connect-errors';

describe('a key that could not be connected', () => {
  it('refused by Omi: check the whole key was copied and not revoked', () => {
    expect(connectFailure({ kind: 'unauthorized', message: 'HTTP 401' }).message).toBe(
      'Omi refused this key; check you copied the whole Omi developer key (omi_dev_…).',
    );
  });

  it('offline: check the connection', () => {
    expect(connectFailure({ kind: 'offline', message: 'net::ERR_NAME_NOT_RESOLVED', neverSent: true })).toEqual({
      kind: 'offline',
      message: "You're offline, or Omi can't be reached; check your connection and try again.",
    });
  });

  it('rate limited: says so once, keeping how long to wait', () => {
    const limited = {
      kind: 'rate_limited' as const,
      message: 'Omi is limiting requests from this key; try again in 30 seconds.',
      retryAfterSeconds: 30,
    };
    expect(connectFailure(limited)).toEqual(limited);
  });

  it('anything else: the key could not be checked, the why kept as detail', () => {
    expect(connectFailure({ kind: 'server', message: 'Omi had a problem.', detail: 'Bad gateway' })).toEqual({
      kind: 'server',
      message: 'The key could not be checked; try again in a moment.',
      detail: 'Bad gateway',
    });
    expect(
      connectFailure({ kind: 'server', message: "Omi's server had a problem; try again in a moment." }).detail,
    ).toBe("Omi's server had a problem; try again in a moment.");
  });
});
