/** Descriptions squeezed into one short line for tray menus and notification titles. */
import { describe, expect, it } from 'vitest';
import { firstWords, shortText } from '../../../electron/shared/short-text';

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

describe('the first words of a description', () => {
  it('cut between words, with an ellipsis', () => {
    expect(firstWords('Send the slides to the design team before Thursday', 28)).toBe('Send the slides to the…');
  });

  it('are the whole text when it fits, even when it ends with an ellipsis', () => {
    expect(firstWords('Call Ana', 28)).toBe('Call Ana');
    expect(firstWords('Think about it…', 28)).toBe('Think about it…');
  });

  it('cut inside a single word too long to fit', () => {
    expect(firstWords('Donaudampfschifffahrtsgesellschaft', 10)).toBe('Donaudamp…');
  });
});
