/**
 * How features reach user data: the storage owned by lib/storage.ts, plus the one-time notice when the
 * browser keeps nothing (private mode, blocked IndexedDB).
 */
import { getStorage, type Storage } from '../lib/storage';
import { storageNotice } from './storageNotice';

let told = false;

/** Opens storage for a feature and raises the notice once if data will not survive closing. */
export async function openUserStorage(): Promise<Storage> {
  const storage = await getStorage();
  if (storage.mode === 'memory' && !told) {
    told = true;
    storageNotice.set(__IS_SINGLE_FILE__ && globalThis.indexedDB ? 'file' : 'browser');
  }
  return storage;
}
