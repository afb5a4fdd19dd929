import { describe, expect, it } from 'vitest';
import {
  checkDescription,
  codePointLength,
  descriptionCounter,
  MAX_DESCRIPTION,
} from '../../../electron/shared/description-rules';

const EMOJI = '😀'; // one code point, two UTF-16 units

describe('codePointLength counts characters like the server does', () => {
  it('counts an emoji (a surrogate pair) as one character', () => {
    expect(EMOJI.length).toBe(2);
    expect(codePointLength(EMOJI)).toBe(1);
    expect(codePointLength(`a${EMOJI}b`)).toBe(3);
  });

  it('counts a letter with a combining accent as two code points, as Python does', () => {
    expect(codePointLength('e\u0301')).toBe(2);
  });

  it('counts a lone surrogate as one', () => {
    expect(codePointLength('\ud83d')).toBe(1);
    expect(codePointLength('\ude00x')).toBe(2);
  });

  it('gives zero for the empty string', () => {
    expect(codePointLength('')).toBe(0);
  });
});

describe('checkDescription', () => {
  it('accepts 300 emoji (600 UTF-16 units but only 300 characters)', () => {
    const text = EMOJI.repeat(300);
    expect(checkDescription(text)).toEqual({ ok: true, value: text });
  });

  it('accepts exactly 500 emoji', () => {
    expect(checkDescription(EMOJI.repeat(MAX_DESCRIPTION)).ok).toBe(true);
  });

  it('accepts exactly 500 letters and refuses 501 with the count and the limit in words', () => {
    expect(checkDescription('a'.repeat(500)).ok).toBe(true);
    const result = checkDescription('a'.repeat(501));
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid_input', message: 'A description can have at most 500 characters; this one has 501.' },
    });
  });

  it('trims before checking and returns the trimmed text', () => {
    expect(checkDescription('  call Ana \n')).toEqual({ ok: true, value: 'call Ana' });
    expect(checkDescription(` ${'a'.repeat(500)}   `).ok).toBe(true);
  });

  it('refuses an empty or whitespace-only description', () => {
    for (const text of ['', '   ', '\n\t ']) {
      expect(checkDescription(text)).toEqual({
        ok: false,
        error: { kind: 'invalid_input', message: "A description can't be empty." },
      });
    }
  });
});

describe('descriptionCounter (the "n / 500" shown while typing)', () => {
  it('counts what would be saved: trimmed, in characters', () => {
    expect(descriptionCounter(`  ${EMOJI.repeat(3)}  `)).toEqual({
      used: 3,
      limit: 500,
      remaining: 497,
      over: false,
      label: '3 / 500',
    });
  });

  it('says when the text is over the limit', () => {
    const counter = descriptionCounter('b'.repeat(502));
    expect(counter.over).toBe(true);
    expect(counter.remaining).toBe(-2);
    expect(counter.label).toBe('502 / 500');
  });
});
