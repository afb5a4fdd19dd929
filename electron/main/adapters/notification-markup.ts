/**
 * Linux notification servers read a body as markup (the Desktop Notifications spec's `body-markup`:
 * <b>, <a href>, <img>, entities). An item's words are text, so the five markup characters are
 * written as entities there; elsewhere a body is plain text already.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** The body as the platform's notification server should receive it. */
export function notificationBody(body: string, platform: NodeJS.Platform): string {
  return platform === 'linux' ? escapeMarkup(body) : body;
}
