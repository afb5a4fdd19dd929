/**
 * dialog: every message box the app shows is recorded and stays open until the harness answers it
 * (the index of the button the person pressed), as a person at the screen would.
 */
import type { Dialog, MessageBoxOptions, MessageBoxReturnValue } from 'electron';

interface OpenBox {
  options: MessageBoxOptions;
  answer(response: number): void;
}

export const messageBoxes: OpenBox[] = [];
/** Error boxes (dialog.showErrorBox), oldest first. */
export const errorBoxes: { title: string; content: string }[] = [];

export const dialog = {
  showMessageBox(...args: [MessageBoxOptions] | [unknown, MessageBoxOptions]): Promise<MessageBoxReturnValue> {
    const options = (args.length === 1 ? args[0] : args[1]) as MessageBoxOptions;
    return new Promise((resolve) => {
      messageBoxes.push({ options, answer: (response) => resolve({ response, checkboxChecked: false }) });
    });
  },
  showErrorBox(title: string, content: string): void {
    errorBoxes.push({ title, content });
  },
} satisfies Pick<Dialog, 'showMessageBox' | 'showErrorBox'>;

/** What the person sees in each box so far, oldest first. */
export function shownBoxes(): { message: string; detail: string; buttons: string[] }[] {
  return messageBoxes.map(({ options }) => ({
    message: options.message,
    detail: options.detail ?? '',
    buttons: options.buttons ?? [],
  }));
}

export function answerBox(index: number, response: number): void {
  const box = messageBoxes[index];
  if (!box) throw new Error(`No message box #${index}; ${messageBoxes.length} shown`);
  box.answer(response);
}
