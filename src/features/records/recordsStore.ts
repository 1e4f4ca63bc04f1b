/**
 * The one owner of incident records in storage. Records are sealed with the person's passphrase before
 * they reach IndexedDB (lib/vault.ts); the key lives only in this module's memory while the records are
 * open, and is dropped on Lock, on "Wipe my data", when the page is left (Exit, tab closed, another page),
 * and on coming back after the page was hidden for a while.
 *
 * In the `records` store: one `vault` entry (salt, iteration count, sealed check value) and one entry per
 * incident (`{ id, v, iv, data }`). Nothing readable: not the kind, not the date.
 *
 * Writes run one after another (a queue): the record screen's last save, made as it closes, lands before
 * the letter screen reads the record, and a delete cannot be undone by a save still on its way.
 */
import { openUserStorage } from '../../app/userStorage';
import { wipeStore } from '../../app/wipe';
import { createStore } from '../../lib/store';
import { createVault, isSealed, isVaultMeta, seal, unlockVault, unseal, WrongPassphrase } from '../../lib/vault';
import { byNewest, readIncident, type Incident } from './incident';

export { WrongPassphrase };

/** A vault entry exists already (chosen in another tab, or written by a newer Aman): nothing is overwritten. */
export class VaultExists extends Error {
  constructor() {
    super('vault exists');
  }
}

/** The records were locked (or wiped) while an operation waited: its result is dropped. */
export class RecordsLocked extends Error {
  constructor() {
    super('records are locked');
  }
}

const VAULT_ID = 'vault';
const VERSION = 1;
/** A phone put down for this long (screen off, another app) opens on the passphrase again. */
export const LOCK_AFTER_HIDDEN_MS = 2 * 60 * 1000;

export type Session =
  | { status: 'loading' }
  /** No passphrase chosen yet. */
  | { status: 'none' }
  /** `notice`: why the person is asked for the passphrase when they expected to choose one. */
  | { status: 'locked'; notice?: 'exists' }
  | { status: 'open'; key: CryptoKey };

export const session = createStore<Session>({ status: 'loading' });

/**
 * Counts locks and wipes: a key derivation (a second or two) that started before one must not reopen the
 * records after it.
 */
let epoch = 0;

/** Saves editors register so that what was typed is sealed before the key is dropped. */
const beforeLock = new Set<() => void>();

/** Registers a save to run before the records lock; returns the unregister function. */
export function onBeforeLock(flush: () => void): () => void {
  beforeLock.add(flush);
  return () => beforeLock.delete(flush);
}

let queue: Promise<unknown> = Promise.resolve();
/** Runs storage work after everything queued before it, whatever became of that work. */
function queued<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => {});
  return next;
}

/** Ids deleted on this page: a late save of one of them is dropped instead of bringing it back. */
const deleted = new Set<string>();

/** Reads whether a vault exists; an open session stays open. */
export async function refreshSession(): Promise<void> {
  const storage = await openUserStorage();
  const stored = await storage.get('records', VAULT_ID);
  const current = session.get();
  if (!stored) session.set({ status: 'none' });
  else if (current.status === 'loading' || current.status === 'none') session.set({ status: 'locked' });
}

/** Chooses the passphrase: creates the vault and opens it. */
export async function setUpVault(passphrase: string): Promise<void> {
  const started = epoch;
  const { meta, key } = await createVault(passphrase);
  if (started !== epoch) throw new RecordsLocked();
  const storage = await openUserStorage();
  let exists = false;
  // Checked and written in one transaction, after the slow key derivation: overwriting a vault (even one
  // this build cannot read) would make every record sealed under it unreadable.
  await storage.update('records', (records) => {
    exists = records.some((r) => r.id === VAULT_ID);
    return exists ? records : [...records, { id: VAULT_ID, ...meta }];
  });
  if (exists) {
    session.set({ status: 'locked', notice: 'exists' });
    throw new VaultExists();
  }
  session.set({ status: 'open', key });
}

/** Opens the records; throws WrongPassphrase and changes nothing when the passphrase is wrong. */
export async function unlock(passphrase: string): Promise<void> {
  const started = epoch;
  const storage = await openUserStorage();
  const { id: _id, ...meta } = (await storage.get('records', VAULT_ID)) ?? {};
  // An entry this build cannot read (damaged, or from a newer Aman) opens with no passphrase: say so, and
  // keep it, rather than offer to choose a new one over it.
  if (!isVaultMeta(meta)) throw new WrongPassphrase();
  const key = await unlockVault(meta, passphrase);
  if (started !== epoch) throw new RecordsLocked();
  session.set({ status: 'open', key });
}

/** Seals what editors have pending, then forgets the key. */
export function lock(): void {
  for (const flush of [...beforeLock]) flush();
  epoch++;
  if (session.get().status === 'open') session.set({ status: 'locked' });
}

/**
 * Runs `work` with the key as it is at the moment of the call (a save started before a lock still
 * completes), queued after earlier writes; rejects, never throws, when the records are locked.
 */
function withKey<T>(work: (key: CryptoKey) => Promise<T>): Promise<T> {
  const s = session.get();
  if (s.status !== 'open') return Promise.reject(new RecordsLocked());
  const key = s.key;
  return queued(() => work(key));
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
export function listIncidents(): Promise<{ incidents: Incident[]; unreadable: number }> {
  return withKey(async (key) => {
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
  });
}

/** One record, or null when it does not exist (deleted in another tab, a mistyped link). */
export function loadIncident(id: string): Promise<Incident | null> {
  return withKey(async (key) => {
    const storage = await openUserStorage();
    const r = await storage.get('records', id);
    if (!r || id === VAULT_ID || !isSealed(r)) return null;
    return readIncident(await unseal(key, r, id), id);
  });
}

/**
 * Seals and stores a record (after any write queued before it). Resolves to where it was kept: 'memory'
 * means only until the page closes (private mode, the one-file copy), which the screen says.
 */
export function saveIncident(incident: Incident): Promise<'idb' | 'memory'> {
  return withKey(async (key) => {
    const storage = await openUserStorage();
    if (deleted.has(incident.id)) return storage.mode;
    const sealed = await seal(key, { ...incident, updated: Date.now() }, incident.id);
    // A wipe while sealing: the record must not be written back into the emptied store.
    if (session.get().status === 'none') throw new RecordsLocked();
    await storage.put('records', { id: incident.id, v: VERSION, ...sealed });
    return storage.mode;
  });
}

/** Deletes a record for good; a save of it still on its way is dropped. */
export function deleteIncident(id: string): Promise<void> {
  if (id === VAULT_ID) return Promise.resolve();
  deleted.add(id);
  return queued(async () => {
    const storage = await openUserStorage();
    await storage.remove('records', id);
  });
}

/** Forgotten passphrase: deletes every record and the vault, so a new passphrase can be chosen. */
export function forgetAll(): Promise<void> {
  epoch++;
  return queued(async () => {
    const storage = await openUserStorage();
    await storage.replaceAll('records', []);
    session.set({ status: 'none' });
  });
}

// "Wipe my data" deletes the records from storage (lib/storage wipes every store); the key goes too.
wipeStore.subscribe((w) => {
  if (w.kind !== 'wiping' && w.kind !== 'done') return;
  epoch++;
  session.set({ status: 'none' });
});

let hiddenAt = 0;
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') hiddenAt = Date.now();
    else if (hiddenAt && Date.now() - hiddenAt >= LOCK_AFTER_HIDDEN_MS) lock();
  });
  // Leaving the page (Exit, closing the tab, following a link): seal what is pending and drop the key, so a
  // page restored from the back/forward cache opens on the passphrase, not on the records.
  addEventListener('pagehide', lock);
}
