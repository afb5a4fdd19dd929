import { describe, expect, it } from 'vitest';
import {
  OVERVIEW_MAX,
  shownEmoji,
  shownOverview,
  shownTitle,
  TITLE_MAX,
  whenWords,
  withWords,
} from '../../../../electron/core/conversations/summary-words';
import type { ConversationSummary } from '../../../../electron/shared/conversation';
import { DAY_FIRST_24_HOUR, type ClockStyle } from '../../../../electron/shared/due-date/clock-style';

const conversation = (over: Partial<ConversationSummary> = {}): ConversationSummary => ({
  id: 'c1',
  title: 'Planning the launch',
  overview: 'Agreed to send the deck.',
  emoji: '🚀',
  category: 'work',
  startedAt: '2025-12-02T13:05:00Z',
  finishedAt: '2025-12-02T13:45:00Z',
  createdAt: '2025-12-02T13:05:00Z',
  ...over,
});

describe('a conversation in words', () => {
  it('gives a found lookup every line the popover shows, and leaves an unavailable one as it is', () => {
    const long = 'Plan '.repeat(40);
    const found = withWords(
      { kind: 'found', conversation: conversation({ title: long, overview: '' }), fetchedAt: '2025-12-02T14:00:00Z' },
      'Europe/Berlin',
      DAY_FIRST_24_HOUR,
    );
    expect(found).toMatchObject({
      kind: 'found',
      words: {
        emoji: '🚀',
        fullTitle: long,
        when: 'Tue 14:05, 40 min',
        fullWhen: expect.stringMatching(/Tuesday.*2 December 2025.*14:05/),
        overview: null,
      },
    });
    expect(found.kind === 'found' && [...found.words.title].length).toBe(TITLE_MAX);
    expect(
      withWords(
        { kind: 'found', conversation: conversation(), fetchedAt: '2025-12-02T14:00:00Z' },
        'UTC',
        DAY_FIRST_24_HOUR,
      ),
    ).toMatchObject({ words: { fullTitle: null, title: 'Planning the launch' } });
    const gone = { kind: 'unavailable', problem: 'deleted', message: 'gone' } as const;
    expect(withWords(gone, 'UTC', DAY_FIRST_24_HOUR)).toBe(gone);
  });

  it('says when it happened and how long it lasted, in the user zone', () => {
    expect(whenWords(conversation(), 'Europe/Berlin', DAY_FIRST_24_HOUR)).toBe('Tue 14:05, 40 min');
    expect(whenWords(conversation({ finishedAt: '2025-12-02T14:10:00Z' }), 'UTC', DAY_FIRST_24_HOUR)).toBe(
      'Tue 13:05, 1 h 5 min',
    );
    expect(whenWords(conversation({ finishedAt: null }), 'UTC', DAY_FIRST_24_HOUR)).toBe('Tue 13:05');
    expect(whenWords(conversation({ startedAt: null }), 'UTC', DAY_FIRST_24_HOUR)).toBe('Tue 13:05, 40 min');
    expect(whenWords(conversation({ startedAt: 'nonsense', createdAt: 'nonsense' }), 'UTC', DAY_FIRST_24_HOUR)).toBe(
      '',
    );
  });

  it('writes its times in the person clock style, as every other time in the app', () => {
    const US: ClockStyle = { hour12: true, monthFirst: true };
    expect(whenWords(conversation(), 'Europe/Berlin', US)).toBe('Tue 2:05 PM, 40 min');
    const found = withWords(
      { kind: 'found', conversation: conversation(), fetchedAt: '2025-12-02T14:00:00Z' },
      'Europe/Berlin',
      US,
    );
    expect(found).toMatchObject({ words: { fullWhen: 'Tuesday, December 2, 2025, 2:05 PM' } });
  });

  it('shows an emoji only when it is exactly one', () => {
    expect(shownEmoji('🚀')).toBe('🚀');
    expect(shownEmoji('👩🏽‍💻')).toBe('👩🏽‍💻');
    expect(shownEmoji('🇩🇪')).toBe('🇩🇪');
    expect(shownEmoji(null)).toBeNull();
    expect(shownEmoji('')).toBeNull();
    expect(shownEmoji('brain')).toBeNull();
    expect(shownEmoji('🚀🚀')).toBeNull();
    expect(shownEmoji('<img src=x>')).toBeNull();
  });

  it('never shows an empty or endless title or overview', () => {
    expect(shownTitle(conversation({ title: '   ' }))).toBe('Untitled conversation');
    expect(shownTitle(conversation({ title: 'A\n  B' }))).toBe('A B');
    const long = shownTitle(conversation({ title: 'word '.repeat(200) }));
    expect([...long].length).toBeLessThanOrEqual(TITLE_MAX);
    expect(long.endsWith('…')).toBe(true);
    expect(shownOverview(conversation({ overview: ' ' }))).toBeNull();
    expect([...(shownOverview(conversation({ overview: '😀'.repeat(5000) })) ?? '')].length).toBe(OVERVIEW_MAX);
  });
});
