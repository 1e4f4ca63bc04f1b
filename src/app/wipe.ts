/**
 * "Wipe my data": every piece of personal data Aman keeps, from every owner (storage.ts for contacts,
 * drafts, the alert and notes; prefs.ts for display settings). The app itself (the service worker's
 * precache) stays, so Aman keeps working offline afterwards.
 */
import { getStorage } from '../lib/storage';
import { DEFAULT_PREFS, clearPrefs } from '../lib/prefs';
import { applyDisplay, prefsStore } from './preferences';

export async function wipeAllData(): Promise<void> {
  const storage = await getStorage();
  await storage.wipe();
  clearPrefs();
  // The language in use stays on screen until the next start; theme and size return to defaults now.
  const next = { ...DEFAULT_PREFS, lang: null };
  prefsStore.set(next);
  applyDisplay(next);
}
