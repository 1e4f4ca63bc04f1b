/**
 * "Wipe my data": every piece of personal data Aman keeps, from every owner (storage.ts for contacts,
 * drafts, the alert and the sealed incident records; prefs.ts for preferences). The records' key, held in
 * memory, is dropped by recordsStore.ts when it sees the wipe start. The app itself (the service worker's
 * precache) stays, so Aman keeps working offline afterwards.
 *
 * The countdown lives here, not in the settings screen: leaving the screen, or pressing Exit, must not
 * cancel a wipe someone started. Exit runs a pending wipe at once.
 */
import { DEFAULT_PREFS, clearPrefs } from '../lib/prefs';
import { createStore } from '../lib/store';
import { applyDisplay } from './display';
import { prefsStore } from './preferences';

/** Seconds to change one's mind: long enough to cancel a slip, short enough in danger. */
export const WIPE_DELAY_S = 5;

export type WipeState =
  | { kind: 'idle' }
  | { kind: 'counting'; left: number }
  | { kind: 'wiping' }
  | { kind: 'done' }
  | { kind: 'cancelled' }
  | { kind: 'failed' };

export const wipeStore = createStore<WipeState>({ kind: 'idle' });
let timer: ReturnType<typeof setTimeout> | null = null;

/** Deletes everything now. */
export async function wipeAllData(): Promise<void> {
  // Loaded here, not at start: the Exit button imports this module and must not drag storage code into
  // the first screen.
  const { DB_NAME, getStorage } = await import('../lib/storage');
  const storage = await getStorage();
  await storage.wipe();
  // Storage may be running in memory (IndexedDB slow to open, or the one-file copy): delete the database
  // on disk too, so no earlier session's data is left behind.
  if (storage.mode === 'memory' && globalThis.indexedDB) {
    await new Promise<void>((resolve) => {
      const req = indexedDB.deleteDatabase(DB_NAME);
      req.onsuccess = req.onerror = req.onblocked = () => resolve();
    });
  }
  clearPrefs();
  // The language in use stays on screen until the next start; theme and size return to defaults now.
  const next = { ...DEFAULT_PREFS, lang: null };
  prefsStore.set(next);
  applyDisplay(next);
}

function run(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  wipeStore.set({ kind: 'wiping' });
  return wipeAllData().then(
    () => wipeStore.set({ kind: 'done' }),
    () => wipeStore.set({ kind: 'failed' }),
  );
}

function tick(left: number): void {
  if (left === 0) {
    void run();
    return;
  }
  wipeStore.set({ kind: 'counting', left });
  timer = setTimeout(() => tick(left - 1), 1000);
}

/** Starts the countdown. */
export function startWipe(): void {
  if (timer) clearTimeout(timer);
  tick(WIPE_DELAY_S);
}

export function cancelWipe(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  wipeStore.set({ kind: 'cancelled' });
}

/** If a wipe is counting down, do it now (Exit pressed, page leaving). Resolves when it is done. */
export function finishPendingWipe(): Promise<void> {
  return wipeStore.get().kind === 'counting' ? run() : Promise.resolve();
}
