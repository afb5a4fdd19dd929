/**
 * The server's rule for an action item's description: 1..500 characters after trimming, counted as
 * Unicode code points (the server is Python), not UTF-16 units — so 300 emoji fit, 501 letters don't.
 * Used by the renderer while typing and by core before anything is queued.
 */
import { fail, ok, type Result } from './app-error';

export const MAX_DESCRIPTION = 500;

/** Code points, as Python's len() counts them: a surrogate pair is one, a lone surrogate is one too. */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const isHighSurrogate = unit >= 0xd800 && unit <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (isHighSurrogate && next >= 0xdc00 && next <= 0xdfff) i += 1;
    count += 1;
  }
  return count;
}

/** The trimmed description when it may be saved, or the reason in words. */
export function checkDescription(text: string): Result<string> {
  const trimmed = text.trim();
  if (trimmed === '') {
    return fail({ kind: 'invalid_input', message: "A description can't be empty." });
  }
  const length = codePointLength(trimmed);
  if (length > MAX_DESCRIPTION) {
    return fail({
      kind: 'invalid_input',
      message: `A description can have at most ${MAX_DESCRIPTION} characters; this one has ${length}.`,
    });
  }
  return ok(trimmed);
}

export interface DescriptionCounter {
  /** Characters that would be saved (trimmed, in code points). */
  used: number;
  limit: number;
  /** Negative when over the limit. */
  remaining: number;
  over: boolean;
  /** "12 / 500", shown beside the textbox while typing. */
  label: string;
}

/** What the "n / 500" counter shows for the text typed so far. */
export function descriptionCounter(text: string): DescriptionCounter {
  const used = codePointLength(text.trim());
  return {
    used,
    limit: MAX_DESCRIPTION,
    remaining: MAX_DESCRIPTION - used,
    over: used > MAX_DESCRIPTION,
    label: `${used} / ${MAX_DESCRIPTION}`,
  };
}
