/**
 * The one owner of the SMS draft (saved as the person types, restored when they come back) and of the
 * alert set up in advance. Both are versioned records in storage.
 */
import { openUserStorage } from '../../app/storageNotice';
import { decodeDraft, type Draft } from '../../lib/compose';

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

export const EMPTY_SETUP: SmsSetup = { template: 'detained', fields: {}, text: '', contacts: [], numbers: [], translit: false };

/** Reads a stored setup of any earlier version; unknown or broken parts fall back to empty. */
export function decodeSetup(raw: unknown): SmsSetup {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    ...decodeDraft(r),
    contacts: strings(r.contacts),
    numbers: strings(r.numbers),
    translit: r.translit === true,
  };
}

async function read(store: 'drafts' | 'settings', id: string): Promise<SmsSetup | null> {
  const storage = await openUserStorage();
  const raw = await storage.get(store, id);
  return raw ? decodeSetup(raw) : null;
}

async function write(store: 'drafts' | 'settings', id: string, setup: SmsSetup): Promise<void> {
  const storage = await openUserStorage();
  await storage.put(store, { id, v: VERSION, ...setup });
}

export const loadDraft = () => read('drafts', DRAFT_ID);
export const saveDraft = (setup: SmsSetup) => write('drafts', DRAFT_ID, setup);
export const loadAlert = () => read('settings', ALERT_ID);
export const saveAlert = (setup: SmsSetup) => write('settings', ALERT_ID, setup);
export async function clearAlert(): Promise<void> {
  const storage = await openUserStorage();
  await storage.remove('settings', ALERT_ID);
}
