/** The AskPort as a message box of the main process: the page neither draws nor answers it. */
import { dialog } from 'electron';
import type { AskPort, Logger } from '../../core';

export function createAskDialog(logger: Logger): AskPort {
  return async (question) => {
    try {
      const { response } = await dialog.showMessageBox({
        type: 'question',
        title: 'Omi Tray',
        message: question.message,
        detail: question.detail,
        buttons: [question.yes, question.no],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      });
      return response === 0;
    } catch (error) {
      // No answer is a no.
      logger.warn('A question could not be shown', { error: String(error) });
      return false;
    }
  };
}
