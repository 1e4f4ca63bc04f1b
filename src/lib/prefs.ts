/**
 * The one owner of preferences the first paint needs: language, theme, text size, and whether an alert is
 * set up (so the home screen can reserve its place and not jump when it loads).
 *
 * They live in localStorage, not IndexedDB, because the first paint needs them synchronously (no flash of
 * the wrong theme or size). Stored as one versioned JSON record; anything unreadable falls back to the
 * defaults instead of breaking start-up. User data (contacts, drafts) is owned by `storage.ts`.
 */
import { isLang, type Lang } from './langs';

export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Prefs {
  lang: Lang | null;
  theme: Theme;
  textSize: TextSize;
  /** An alert message is saved (the message itself is in IndexedDB, owned by features/sms/smsStore). */
  hasAlert: boolean;
  /** In the one-file copy: the person chose to keep data in the browser's storage for local files. */
  keepInFile: boolean;
}

const KEY = 'aman.prefs';
const VERSION = 1;

export const DEFAULT_PREFS: Prefs = { lang: null, theme: 'system', textSize: 100, hasAlert: false, keepInFile: false };

/** Turns whatever was stored (any version, any garbage) into valid prefs. Pure, so it is tested alone. */
export function decodePrefs(raw: string | null): Prefs {
  if (!raw) return { ...DEFAULT_PREFS };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ...DEFAULT_PREFS };
  }
  if (typeof data !== 'object' || data === null) return { ...DEFAULT_PREFS };
  const d = data as Record<string, unknown>;
  // Version 1 is the first; later versions migrate here, oldest first.
  return {
    lang: isLang(d.lang) ? d.lang : null,
    theme: (THEMES as readonly unknown[]).includes(d.theme) ? (d.theme as Theme) : DEFAULT_PREFS.theme,
    textSize: (TEXT_SIZES as readonly unknown[]).includes(d.textSize)
      ? (d.textSize as TextSize)
      : DEFAULT_PREFS.textSize,
    hasAlert: d.hasAlert === true,
    keepInFile: d.keepInFile === true,
  };
}

/** Serialises prefs with their schema version. */
export function encodePrefs(prefs: Prefs): string {
  return JSON.stringify({ v: VERSION, ...prefs });
}

/** localStorage can throw (disabled storage, some file:// contexts): treat that as "nothing stored". */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Reads the saved prefs, or the defaults. Never throws. */
export function loadPrefs(): Prefs {
  try {
    return decodePrefs(storage()?.getItem(KEY) ?? null);
  } catch {
    return { ...DEFAULT_PREFS };
  }
}

/** Saves prefs; returns false when the browser refused (full or disabled storage). */
export function savePrefs(prefs: Prefs): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(KEY, encodePrefs(prefs));
    return true;
  } catch {
    return false;
  }
}

/** Forgets every preference (part of "wipe my data"). */
export function clearPrefs(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    /* nothing stored that we could reach */
  }
}
