/**
 * The popover has no links, so nothing it asks to open is opened: a page that tries to navigate or
 * open a window is refused, and only the URL's scheme is logged (a URL may carry anything).
 * Should the UI ever gain a link, it gets an allow-list here, not a general "https is fine".
 */
import type { Logger } from '../../core';

export function refuseExternalLink(url: string, logger: Logger): void {
  logger.warn('The popover asked to open a page; it has no links, so nothing was opened', { scheme: schemeOf(url) });
}

function schemeOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]{0,20}):/i.exec(url);
  return match?.[1]?.toLowerCase() ?? 'none';
}
