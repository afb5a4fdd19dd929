/**
 * Items for the demo, screenshots and benchmarks. Sample items are placed relative to `now` in the
 * machine's local time, so every checklist group has something in it whenever the demo runs.
 */
import type { ApiItem } from './api-json';
import { seededRandom } from './seeded-random';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Local time `days` after `now`'s calendar day at hour:minute, as the server writes it (UTC, Z). */
function localAt(now: Date, days: number, hour: number, minute = 0): string {
  const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, hour, minute, 0, 0);
  return at.toISOString().replace('.000Z', 'Z');
}

function ago(now: Date, ms: number): string {
  return new Date(now.getTime() - ms).toISOString();
}

function item(id: string, description: string, fields: Partial<ApiItem>, now: Date): ApiItem {
  const created = fields.created_at ?? ago(now, 2 * DAY);
  return {
    id,
    description,
    completed: false,
    due_at: null,
    created_at: created,
    updated_at: fields.updated_at ?? created,
    completed_at: null,
    conversation_id: null,
    ...fields,
  };
}

/** About fifteen items across Overdue, Today, Tomorrow, Later, No due date and Completed. */
export function sampleItems(now: Date): ApiItem[] {
  return [
    item(
      'sample-overdue-1',
      'Pay the electricity bill',
      { due_at: localAt(now, -3, 18), created_at: ago(now, 9 * DAY) },
      now,
    ),
    item(
      'sample-overdue-2',
      'Reply to Marta about the venue',
      { due_at: localAt(now, -1, 10, 30), created_at: ago(now, 4 * DAY), conversation_id: 'conv-venue' },
      now,
    ),
    item(
      'sample-today-1',
      'Send the slides to the design team',
      { due_at: localAt(now, 0, 9), created_at: ago(now, 1 * DAY), conversation_id: 'conv-standup' },
      now,
    ),
    item(
      'sample-today-2',
      'Call the plumber about the kitchen tap',
      { due_at: localAt(now, 0, 16), created_at: ago(now, 3 * HOUR) },
      now,
    ),
    item(
      'sample-today-3',
      'Pick up the dry cleaning before 7',
      { due_at: localAt(now, 0, 18, 45), created_at: ago(now, 6 * HOUR) },
      now,
    ),
    item(
      'sample-tomorrow-1',
      'Book flights to Lisbon for the offsite',
      { due_at: localAt(now, 1, 11), created_at: ago(now, 2 * DAY), conversation_id: 'conv-offsite' },
      now,
    ),
    item(
      'sample-tomorrow-2',
      'Prepare questions for the 1:1 with Sam',
      { due_at: localAt(now, 1, 14, 30), created_at: ago(now, 20 * HOUR) },
      now,
    ),
    item(
      'sample-later-1',
      'Dentist appointment',
      { due_at: localAt(now, 4, 8, 30), created_at: ago(now, 12 * DAY) },
      now,
    ),
    item('sample-later-2', 'Renew the passport', { due_at: localAt(now, 9, 12), created_at: ago(now, 30 * DAY) }, now),
    item(
      'sample-later-3',
      'Submit the quarterly expense report',
      { due_at: localAt(now, 15, 17), created_at: ago(now, 5 * DAY) },
      now,
    ),
    item('sample-undated-1', 'Try the new ramen place on Elm Street', { created_at: ago(now, 1 * DAY) }, now),
    item(
      'sample-undated-2',
      'Read the paper Priya recommended',
      { created_at: ago(now, 6 * DAY), conversation_id: 'conv-reading' },
      now,
    ),
    item('sample-undated-3', 'Ask Ana for the plumber’s number', { created_at: ago(now, 11 * DAY) }, now),
    item(
      'sample-done-1',
      'Water the plants',
      { completed: true, completed_at: ago(now, 2 * HOUR), updated_at: ago(now, 2 * HOUR), due_at: localAt(now, 0, 8) },
      now,
    ),
    item(
      'sample-done-2',
      'Email the signed contract to Ana',
      {
        completed: true,
        completed_at: ago(now, 1 * DAY),
        updated_at: ago(now, 1 * DAY),
        created_at: ago(now, 3 * DAY),
      },
      now,
    ),
    item(
      'sample-done-3',
      'Order new running shoes',
      {
        completed: true,
        completed_at: ago(now, 3 * DAY),
        updated_at: ago(now, 3 * DAY),
        created_at: ago(now, 8 * DAY),
      },
      now,
    ),
  ];
}

export interface GeneratedItemsOptions {
  /** Reference time; default 2026-01-15T12:00:00Z so figures are repeatable. */
  now?: Date;
  /** Share of completed items, 0..1; default 0.25. Ignored when `completed` is given. */
  completedShare?: number;
  /** Every item completed (true) or open (false). */
  completed?: boolean;
  /** Id prefix; default "gen". */
  idPrefix?: string;
  /** Seed of the pseudo-random choices; the same seed gives the same items. */
  seed?: number;
  /**
   * Share of items that came from a conversation, 0..1 (default 0): every tenth item in turn, up
   * to this share, names a conversation `conv-gen-N` of five items each (the fake need not hold it).
   */
  conversationShare?: number;
}

const VERBS = ['Call', 'Email', 'Review', 'Book', 'Send', 'Pay', 'Plan', 'Fix', 'Order', 'Prepare', 'Read', 'Ask'];
const OBJECTS = [
  'the invoice',
  'Ana',
  'the slides',
  'a table for four',
  'the landlord',
  'the budget',
  'the car service',
  'the contract',
  'flights',
  'the quarterly report',
  'the design notes',
  'the dentist',
];

/** `count` varied, repeatable items (due in the past, soon, later, or never; some completed). */
export function generateItems(count: number, options: GeneratedItemsOptions = {}): ApiItem[] {
  const now = (options.now ?? new Date('2026-01-15T12:00:00Z')).getTime();
  const random = seededRandom(options.seed ?? 1);
  const prefix = options.idPrefix ?? 'gen';
  const items: ApiItem[] = [];
  for (let index = 0; index < count; index++) {
    const completed = options.completed ?? random() < (options.completedShare ?? 0.25);
    const created = now - Math.floor(random() * 60 * DAY);
    const dated = random() < 0.75;
    const due = now + Math.floor((random() * 40 - 10) * DAY);
    const description = `${VERBS[Math.floor(random() * VERBS.length)]} ${OBJECTS[Math.floor(random() * OBJECTS.length)]} (#${index + 1})`;
    items.push({
      id: `${prefix}-${String(index + 1).padStart(6, '0')}`,
      description,
      completed,
      due_at: dated ? new Date(due).toISOString() : null,
      created_at: new Date(created).toISOString(),
      updated_at: new Date(created).toISOString(),
      completed_at: completed ? new Date(Math.min(now, created + DAY)).toISOString() : null,
      conversation_id:
        index % 10 < Math.round((options.conversationShare ?? 0) * 10) ? `conv-gen-${Math.floor(index / 5)}` : null,
    });
  }
  return items;
}
