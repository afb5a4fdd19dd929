/** The main process's own question box: only the first button is a yes; Escape and failures are a no. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAskDialog } from '../../../../electron/main/adapters/ask-dialog';
import { answerBox, messageBoxes, shownBoxes } from '../../../electron-double/main/dialog';
import { recordingLogger } from '../../../doubles/recording-logger';

vi.mock('electron', async () => (await import('../../../electron-double/electron-main')).electronMain);

const question = {
  message: 'Use https://omi.example.org as the server address?',
  detail: 'Why.',
  yes: 'Use this address',
  no: 'Cancel',
};

beforeEach(() => {
  messageBoxes.length = 0;
});

describe('the question dialog', () => {
  it('shows the words and buttons, and answers yes only for the yes button', async () => {
    const ask = createAskDialog(recordingLogger().logger);
    const first = ask(question);
    expect(shownBoxes()).toEqual([
      { message: question.message, detail: 'Why.', buttons: ['Use this address', 'Cancel'] },
    ]);
    expect(messageBoxes[0]?.options).toMatchObject({ defaultId: 1, cancelId: 1 });
    answerBox(0, 0);
    await expect(first).resolves.toBe(true);
    const second = ask(question);
    answerBox(1, 1);
    await expect(second).resolves.toBe(false);
  });
});
