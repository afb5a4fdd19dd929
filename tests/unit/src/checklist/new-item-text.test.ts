import { describe, expect, it } from 'vitest';
import { extractDueFromTitle } from '../../../../electron/core/due-date/extract-due-from-title';
import { newItemFrom } from '../../../../src/checklist/new-item-text';

// Wednesday 3 December 2025, 10:00 in Berlin.
const context = { now: new Date('2025-12-03T09:00:00Z'), timeZone: 'Europe/Berlin' };

describe('a new item from what was typed', () => {
  it('takes the offered date phrase out of the description and sends it as due_at with the offset', () => {
    const text = 'call Ana tomorrow 5pm';
    expect(newItemFrom(text, extractDueFromTitle(text, context))).toEqual({
      description: 'call Ana',
      dueAt: '2025-12-04T17:00:00+01:00',
    });
  });

  it('keeps every word and sends no due date when the literal text was asked for', () => {
    expect(newItemFrom('call Ana tomorrow 5pm', null)).toEqual({ description: 'call Ana tomorrow 5pm', dueAt: null });
  });

  it('keeps text without a clear date phrase as typed', () => {
    const text = 'notes from monday';
    expect(newItemFrom(text, extractDueFromTitle(text, context))).toEqual({ description: text, dueAt: null });
  });
});
