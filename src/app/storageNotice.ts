/**
 * "This browser does not keep data": shown once, the first time storage is opened and falls back to memory.
 * Only the flag lives here, so the shell can show the notice without loading any storage code.
 */
import { createStore } from '../lib/store';

/** Why data is kept only in memory: the browser refuses storage, or this is the one-file copy's choice. */
export const storageNotice = createStore<null | 'browser' | 'file'>(null);

/** Hides the notice (it does not come back in this visit). */
export function dismissStorageNotice(): void {
  storageNotice.set(null);
}
