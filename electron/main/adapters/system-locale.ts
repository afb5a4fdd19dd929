/** The locale whose date and time format the app follows. */
import { app } from 'electron';

/**
 * The system's regional format (e.g. en-GB while the system language is English (US)), which is
 * what sets the clock; the app's language when the system names none.
 */
export function systemLocale(): string {
  return app.getSystemLocale() || app.getLocale();
}
