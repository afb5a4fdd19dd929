/**
 * The session's spellchecker off, with no languages: Electron prepares (and downloads) Hunspell
 * dictionaries for the session whatever a window's `spellcheck: false` says (electron/electron#22995),
 * and the app sends nothing but its API requests over the network.
 */
import { session } from 'electron';

export function turnOffSpellchecker(): void {
  const ses = session.defaultSession;
  ses.setSpellCheckerEnabled(false);
  ses.setSpellCheckerLanguages([]);
}
