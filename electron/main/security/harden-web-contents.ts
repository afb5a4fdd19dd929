/**
 * Every page Electron creates (there is only the popover) may not open windows, navigate away,
 * or embed webviews; nothing is handed to the user's browser either (the popover has no links).
 */
import { app } from 'electron';
import { isRendererUrl, type Logger } from '../../core';
import { refuseExternalLink } from './open-external';

export function hardenWebContents(options: { rendererUrl: string; logger: Logger }): void {
  const { rendererUrl, logger } = options;
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      refuseExternalLink(url, logger);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event) => {
      if (isRendererUrl(event.url, rendererUrl)) return;
      event.preventDefault();
      refuseExternalLink(event.url, logger);
    });
    contents.on('will-redirect', (event) => {
      if (!isRendererUrl(event.url, rendererUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
    });
  });
}
