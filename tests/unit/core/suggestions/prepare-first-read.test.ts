import { describe, expect, it } from 'vitest';
import { prepareFirstRead } from '../../../../electron/core/suggestions/prepare-first-read';

describe('prepareFirstRead', () => {
  it('reads its made-up pages as Omi writes them, each offering all of its to-dos', () => {
    // False would mean the made-up page no longer passes the check, and the start would warm only the refusal.
    expect(prepareFirstRead()).toBe(true);
  });
});
