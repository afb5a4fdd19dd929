/**
 * The conversations behind the sample items (./sample-items), for the demo and the screenshots:
 * each started a little before its item was written down. The recent ones hold to-dos Omi heard
 * that are not on the list, so "From your conversations" has suggestions (and some it leaves out:
 * one already listed, one done in the conversation).
 */
import type { SeedConversation } from './conversations';

const MINUTE = 60_000;

function at(now: Date, daysAgo: number, hour: number, minute: number): string {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, hour, minute).toISOString();
}

function after(start: string, minutes: number): string {
  return new Date(Date.parse(start) + minutes * MINUTE).toISOString();
}

function conversation(
  id: string,
  start: string,
  minutes: number,
  fields: Omit<SeedConversation, 'id'>,
): SeedConversation {
  return { id, started_at: start, finished_at: after(start, minutes), created_at: start, ...fields };
}

export function sampleConversations(now: Date): SeedConversation[] {
  const venue = at(now, 4, 16, 20);
  const standup = at(now, 1, 9, 30);
  const offsite = at(now, 2, 14, 5);
  const reading = at(now, 6, 19, 10);
  return [
    conversation('conv-venue', venue, 25, {
      title: 'Venue options for the spring party',
      overview:
        'Marta shortlisted two venues near the river. You agreed to reply by the end of the week with a preference and the expected number of guests.',
      emoji: '🎉',
      category: 'social',
    }),
    conversation('conv-standup', standup, 15, {
      title: 'Design stand-up',
      overview:
        'The design team is waiting for the final slides before the review on Thursday. You offered to send them this morning.',
      emoji: '☕',
      category: 'work',
      action_items: [
        { description: 'Send the slides to the design team' },
        { description: 'Share the review agenda with Marta', due_at: at(now, -2, 9, 0) },
        { description: 'Move the stand-up to 10:00', completed: true },
      ],
    }),
    conversation('conv-offsite', offsite, 40, {
      title: 'Planning the Lisbon offsite',
      overview:
        'The team settled on Lisbon for the offsite in three weeks. You take care of the flights; Ana books the hotel; dinner on the second evening still needs a place.',
      emoji: '✈️',
      category: 'work',
      action_items: [
        { description: 'Book flights to Lisbon for the offsite' },
        { description: 'Find a restaurant for the second evening' },
        { description: 'Ask Ana which hotel she booked' },
      ],
    }),
    conversation('conv-reading', reading, 55, {
      title: 'Dinner with Priya',
      overview:
        'Priya talked about her research on memory in small language models and recommended a paper on retrieval.',
      emoji: '📚',
      category: 'personal',
    }),
  ];
}
