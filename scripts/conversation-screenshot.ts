/**
 * The README's picture of an item expanded to show the conversation it came from (light mode),
 * written by `npm run screenshots` with the others.
 */
import { join } from 'node:path';
import { closeAndRemoveData, launchApp } from '../tests/harness';
import { sampleConversations } from '../tests/fake-omi/sample-conversations';
import { sampleItems } from '../tests/fake-omi/sample-items';
import { CONVERSATIONS_READ_SCOPE, READ_WRITE } from '../tests/fake-omi/server';

const KEY = 'omi_dev_screenshot_conversation_key';

export async function conversationShot(out: string): Promise<void> {
  const app = await launchApp({ shell: 'browser' });
  try {
    const omi = app.fakeOmi!;
    omi.setKey({ key: KEY, scopes: [...READ_WRITE, CONVERSATIONS_READ_SCOPE] });
    const now = new Date();
    omi.seed([
      ...sampleItems(now),
      {
        id: 'sample-review-room',
        description: "Book a room for Thursday's design review",
        conversation_id: 'conv-standup',
      },
    ]);
    omi.seedConversations(sampleConversations(now));
    const page = app.page;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('textbox', { name: 'Omi developer key' }).fill(KEY);
    await page.getByRole('button', { name: 'Connect' }).click();
    const row = page.locator('.row', {
      has: page.getByRole('checkbox', { name: 'Send the slides to the design team', exact: true }),
    });
    await row.getByRole('button', { name: 'Show conversation' }).click();
    await row.getByRole('region', { name: 'Conversation' }).getByText('Design stand-up').waitFor();
    // The picture shows the row at rest: no hover, no focus ring.
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: join(out, 'conversation.png'), animations: 'disabled' });
  } finally {
    await closeAndRemoveData(app);
  }
}
