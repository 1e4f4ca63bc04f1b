/**
 * Display preferences as live state: the saved prefs (owned by lib/prefs), applied to the document
 * (app/display.ts) and shared by the header and the settings screen.
 */
import { createStore } from '../lib/store';
import { loadPrefs, savePrefs, type Prefs } from '../lib/prefs';
import { changeLanguage } from '../lib/i18n';
import type { Lang } from '../lib/langs';
import { applyDisplay } from './display';

export const prefsStore = createStore<Prefs>(loadPrefs());

/** Changes and saves display preferences (not language). */
export function setDisplay(change: Partial<Pick<Prefs, 'theme' | 'textSize'>>): void {
  const next = { ...prefsStore.get(), ...change };
  prefsStore.set(next);
  savePrefs(next);
  applyDisplay(next);
}

/** Records whether an alert is set up (the alert itself is stored by features/sms/smsStore). */
export function setHasAlert(hasAlert: boolean): void {
  const next = { ...prefsStore.get(), hasAlert };
  prefsStore.set(next);
  savePrefs(next);
}

/** Remembers a language choice without switching (a volunteer's ?lang= link, applied before start). */
export function rememberLanguage(lang: Lang): void {
  const next = { ...prefsStore.get(), lang };
  prefsStore.set(next);
  savePrefs(next);
}

/** Set when a language could not be loaded (offline before everything was saved); shown as a notice. */
export const languageFailed = createStore(false);

/** Switches the interface language and remembers the choice; a failure leaves the current one and says so. */
export async function setLanguage(lang: Lang): Promise<void> {
  try {
    await changeLanguage(lang);
  } catch {
    languageFailed.set(true);
    return;
  }
  languageFailed.set(false);
  document.documentElement.lang = lang;
  rememberLanguage(lang);
}
