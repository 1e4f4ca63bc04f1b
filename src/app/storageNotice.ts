/**
 * "This browser does not keep data": shown once, the first time storage is opened and falls back to memory.
 */
import { createStore } from '../lib/store';
import { getStorage, type Storage } from '../lib/storage';

export const storageNotice = createStore(false);
let told = false;

/** Opens storage for a feature and raises the notice once if data will not survive closing. */
export async function openUserStorage(): Promise<Storage> {
  const storage = await getStorage();
  if (storage.mode === 'memory' && !told) {
    told = true;
    storageNotice.set(true);
  }
  return storage;
}

/** Hides the notice (it does not come back in this visit). */
export function dismissStorageNotice(): void {
  storageNotice.set(false);
}
