/** Quick edit as the specs open it: the shortcut pressed, then its box, once it has focus. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export async function pressQuickEdit(app: { page: Page; pressShortcut(): Promise<void> }): Promise<Locator> {
  await app.pressShortcut();
  const box = app.page.getByRole('textbox', { name: 'Quick edit' });
  await expect(box).toBeFocused();
  return box;
}
