/**
 * The one owner of the SMS draft (saved as the person types, restored when they come back) and of the
 * alert set up in advance. Both are versioned records in storage.
 */
import { openUserStorage } from '../../app/userStorage';
import { decodeDraft, formatTime, type Draft } from '../../lib/compose';
import type { Lang } from '../../lib/langs';
import { setHasAlert } from '../../app/preferences';

/** What the composer keeps: the message parts, who it goes to, and whether to use Latin letters. */
export interface SmsSetup extends Draft {
  /** Ids of trusted contacts. */
  contacts: string[];
  /** Numbers typed in, normalised to E.164. */
  numbers: string[];
  translit: boolean;
}

const VERSION = 1;
const DRAFT_ID = 'sms';
const ALERT_ID = 'alert';

/** A restored draft older than this gets the time refreshed and its GPS position dropped (both stale). */
export const STALE_AFTER_MS = 30 * 60 * 1000;

/** A new message in a language, with the time filled in. */
export function emptySetup(lang: Lang, now = new Date()): SmsSetup {
  return { lang, template: 'detained', fields: { time: formatTime(now) }, text: '', contacts: [], numbers: [], translit: false };
}

/** Reads a stored setup of any earlier version; unknown or broken parts fall back to empty. */
export function decodeSetup(raw: unknown, fallbackLang: Lang = 'kk'): SmsSetup {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    ...decodeDraft(r, fallbackLang),
    contacts: strings(r.contacts),
    numbers: strings(r.numbers),
    translit: r.translit === true,
  };
}

/** A draft as it should be offered again: an old one gets the time now and loses its old position. */
export function freshen(setup: SmsSetup, savedAt: number, now = new Date()): SmsSetup {
  if (now.getTime() - savedAt < STALE_AFTER_MS) return setup;
  const { location: _old, ...fields } = setup.fields;
  return { ...setup, fields: { ...fields, time: formatTime(now) } };
}

/** The alert is sent later, from elsewhere: a GPS position from set-up time would mislead. */
export function forAlert(setup: SmsSetup): SmsSetup {
  const { location: _drop, ...fields } = setup.fields;
  return { ...setup, fields };
}

export async function loadDraft(fallbackLang: Lang): Promise<SmsSetup | null> {
  const storage = await openUserStorage();
  const raw = await storage.get('drafts', DRAFT_ID);
  if (!raw) return null;
  const savedAt = typeof raw.savedAt === 'number' ? raw.savedAt : 0;
  return freshen(decodeSetup(raw, fallbackLang), savedAt);
}

export async function saveDraft(setup: SmsSetup): Promise<void> {
  const storage = await openUserStorage();
  await storage.put('drafts', { id: DRAFT_ID, v: VERSION, savedAt: Date.now(), ...setup });
}

export async function loadAlert(fallbackLang: Lang): Promise<SmsSetup | null> {
  const storage = await openUserStorage();
  const raw = await storage.get('settings', ALERT_ID);
  return raw ? decodeSetup(raw, fallbackLang) : null;
}

export async function saveAlert(setup: SmsSetup): Promise<void> {
  const storage = await openUserStorage();
  await storage.put('settings', { id: ALERT_ID, v: VERSION, ...forAlert(setup) });
  setHasAlert(true);
}

export async function clearAlert(): Promise<void> {
  const storage = await openUserStorage();
  await storage.remove('settings', ALERT_ID);
  setHasAlert(false);
}
