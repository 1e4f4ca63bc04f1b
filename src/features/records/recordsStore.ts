/**
 * The one owner of incident records in storage. Records are sealed with the person's passphrase before
 * they reach IndexedDB (lib/vault.ts); the key lives only in this module's memory while the records are
 * open, and is dropped on Lock, on "Wipe my data", and when the page has been hidden for a while.
 *
 * In the `records` store: one `vault` entry (salt, iteration count, sealed check value) and one entry per
 * incident (`{ id, v, iv, data }`). Nothing readable: not the kind, not the date.
 */
import { openUserStorage } from '../../app/userStorage';
import { wipeStore } from '../../app/wipe';
import { createStore } from '../../lib/store';
import { createVault, isSealed, isVaultMeta, seal, unlockVault, unseal, WrongPassphrase } from '../../lib/vault';
import { byNewest, readIncident, type Incident } from './incident';

export { WrongPassphrase };

/** A passphrase was chosen meanwhile (another tab): the new one is not set, nothing is overwritten. */
export class VaultExists extends Error {
  constructor() {
    super('vault exists');
  }
}

const VAULT_ID = 'vault';
const VERSION = 1;
/** A phone put down for this long (screen off, another app) locks the records again. */
export const LOCK_AFTER_HIDDEN_MS = 2 * 60 * 1000;

export type Session =
  | { status: 'loading' }
  /** No passphrase chosen yet. */
  | { status: 'none' }
  | { status: 'locked' }
  | { status: 'open'; key: CryptoKey };

export const session = createStore<Session>({ status: 'loading' });

/** Reads whether a vault exists; an open session stays open. */
export async function refreshSession(): Promise<void> {
  const storage = await openUserStorage();
  const meta = await storage.get('records', VAULT_ID);
  const current = session.get();
  if (!isVaultMeta(meta)) session.set({ status: 'none' });
  else if (current.status !== 'open') session.set({ status: 'locked' });
}

/** Chooses the passphrase: creates the vault and opens it. */
export async function setUpVault(passphrase: string): Promise<void> {
  const { meta, key } = await createVault(passphrase);
  const storage = await openUserStorage();
  // Checked after the slow key derivation, right before writing: overwriting a vault would make every
  // record sealed under it unreadable.
  if (isVaultMeta(await storage.get('records', VAULT_ID))) throw new VaultExists();
  await storage.put('records', { id: VAULT_ID, ...meta });
  session.set({ status: 'open', key });
}

/** Opens the records; throws WrongPassphrase and changes nothing when the passphrase is wrong. */
export async function unlock(passphrase: string): Promise<void> {
  const storage = await openUserStorage();
  const { id: _id, ...meta } = (await storage.get('records', VAULT_ID)) ?? {};
  if (!isVaultMeta(meta)) {
    session.set({ status: 'none' });
    return;
  }
  session.set({ status: 'open', key: await unlockVault(meta, passphrase) });
}

export function lock(): void {
  if (session.get().status === 'open') session.set({ status: 'locked' });
}

function openKey(): CryptoKey {
  const s = session.get();
  if (s.status !== 'open') throw new Error('records are locked');
  return s.key;
}

/** A new random id (letters and digits, so it fits a route). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `r-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Every record, newest first. One that will not open (written under an older passphrase, damaged) is
 * counted, not dropped: it stays in storage, and the screen says so.
 */
export async function listIncidents(): Promise<{ incidents: Incident[]; unreadable: number }> {
  const key = openKey();
  const storage = await openUserStorage();
  const incidents: Incident[] = [];
  let unreadable = 0;
  for (const r of await storage.list('records')) {
    if (r.id === VAULT_ID) continue;
    try {
      if (!isSealed(r)) throw new WrongPassphrase();
      incidents.push(readIncident(await unseal(key, r, r.id), r.id));
    } catch {
      unreadable++;
    }
  }
  return { incidents: incidents.sort(byNewest), unreadable };
}

/** One record, or null when it does not exist (deleted in another tab, a mistyped link). */
export async function loadIncident(id: string): Promise<Incident | null> {
  const key = openKey();
  const storage = await openUserStorage();
  const r = await storage.get('records', id);
  if (!r || id === VAULT_ID || !isSealed(r)) return null;
  return readIncident(await unseal(key, r, id), id);
}

export async function saveIncident(incident: Incident): Promise<void> {
  const sealed = await seal(openKey(), { ...incident, updated: Date.now() }, incident.id);
  const storage = await openUserStorage();
  await storage.put('records', { id: incident.id, v: VERSION, ...sealed });
}

export async function deleteIncident(id: string): Promise<void> {
  if (id === VAULT_ID) return;
  const storage = await openUserStorage();
  await storage.remove('records', id);
}

/** Forgotten passphrase: deletes every record and the vault, so a new passphrase can be chosen. */
export async function forgetAll(): Promise<void> {
  const storage = await openUserStorage();
  await storage.replaceAll('records', []);
  session.set({ status: 'none' });
}

// "Wipe my data" deletes the records from storage (lib/storage wipes every store); the key goes too.
wipeStore.subscribe((w) => {
  if (w.kind === 'wiping' || w.kind === 'done') session.set({ status: 'none' });
});

// Lock when the page has been hidden for a while: a phone taken from someone's hand should not open on
// their records. The key is also gone whenever the page itself is (tab closed, Exit pressed).
let hiddenAt = 0;
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') hiddenAt = Date.now();
    else if (hiddenAt && Date.now() - hiddenAt >= LOCK_AFTER_HIDDEN_MS) lock();
  });
}
