/**
 * A new item whose create Omi saved but never answered: a refresh may bring Omi's copy before the app
 * has recognised it as that create. The checklist shows the item once, and an edit made then is
 * kept once the create is recognised (the soak lost such an untick: the person unticked the copy,
 * and the tick queued on the create was laid over it afterwards).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATE_SAVE_MS } from '../../../../electron/core/outbox/late-saves';
import { appFixture, type AppFixture } from '../support/app-fixture';
import { WRITE_SCOPES } from '../support/fake-omi-api';
import { API_BASE, type TestApp } from '../support/test-platform';
import { settle, until } from '../support/until';

const KEY = 'omi_dev_lost_create_key_0007';
const WORDS = 'Book the train';

let fixture: AppFixture;

beforeEach(async () => {
  fixture = await appFixture(KEY, WRITE_SCOPES, [{ id: 'a1', description: 'Call Ana' }]);
});
afterEach(() => fixture.close());

async function connected(): Promise<TestApp> {
  fixture.secrets.values.set(API_BASE, KEY);
  const app = fixture.build();
  await app.core.start();
  await until(() => app.core.snapshot().sync.status === 'ok', 'the first refresh');
  return app;
}

async function passTime(app: TestApp, ms: number): Promise<void> {
  for (let passed = 0; passed < ms; passed += 5_000) {
    fixture.clock.advance(5_000);
    await settle();
  }
  await until(() => app.core.snapshot().outboxSize === 0, 'the outbox to empty');
}

const shown = (app: TestApp) => app.core.snapshot().items.filter((item) => item.description === WORDS);

describe('a new item whose create was saved but never answered', () => {
  it('shows once when a refresh brings Omi’s copy, and an untick made then is kept', async () => {
    const app = await connected();
    const { omi } = fixture;
    omi.mode = 'save_late';
    const created = await app.core.handlers['items:create']({ description: WORDS, dueAt: null });
    if (!created.ok) throw new Error(created.error.message);
    await app.core.handlers['items:update']({ id: created.value.id, changes: { completed: true } });
    omi.mode = 'up';
    fixture.clock.advance(omi.lateSaveMs);
    await settle();
    await app.core.handlers['items:refresh'](undefined);
    await settle();

    expect(omi.copiesOf(WORDS)).toHaveLength(1);
    expect(shown(app)).toMatchObject([{ completed: true }]);

    await app.core.handlers['items:update']({ id: shown(app)[0]!.id, changes: { completed: false } });
    await passTime(app, LATE_SAVE_MS);

    expect(omi.copiesOf(WORDS)).toMatchObject([{ completed: false }]);
    expect(shown(app)).toMatchObject([{ id: omi.copiesOf(WORDS)[0]!.id, completed: false }]);
  });
});
