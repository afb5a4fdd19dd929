/** Descriptions squeezed into one short line for tray menus and notification titles. */
import { describe, expect, it } from 'vitest';
import { shortText } from '../../../../electron/core/reminders/short-text';

describe('a description made short', () => {
  it('becomes one line', () => {
    expect(shortText('Call Ana\n  about   the trip', 40)).toBe('Call Ana about the trip');
  });

  it('is cut with an ellipsis, never ending on a space', () => {
    expect(shortText('Book the flights to Lisbon', 10)).toBe('Book the…');
  });

  it('is not cut when it has no more characters than the limit, however many code units its emoji take', () => {
    const family = '👨‍👩‍👧 Plan 🇵🇹';
    expect(family.length).toBeGreaterThan(10);
    expect(shortText(family, 10)).toBe(family);
  });

  it('never splits an emoji or an accented letter', () => {
    expect(shortText('👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧 café', 3)).toBe('👨‍👩‍👧👨‍👩‍👧…');
  });
});
