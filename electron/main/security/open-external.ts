/** Opens a link in the user's browser, only when it is a well-formed https: URL. */
import { shell } from 'electron';
import type { Logger } from '../../core/ports';

export function openHttpsLink(url: string, logger: Logger): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    logger.warn('A link that is not a URL was not opened');
    return;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') {
    logger.warn('Only https links are opened in the browser', { protocol: parsed.protocol });
    return;
  }
  shell.openExternal(parsed.href).catch((error: unknown) => {
    logger.warn('The browser could not be opened', { error: String(error) });
  });
}
