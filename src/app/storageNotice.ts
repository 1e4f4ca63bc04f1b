/**
 * "This browser does not keep data": shown once, the first time storage is opened and falls back to memory.
 * Only the flag lives here, so the shell can show the notice without loading any storage code.
 */
import { createStore } from '../lib/store';

export const storageNotice = createStore(false);

/** Hides the notice (it does not come back in this visit). */
export function dismissStorageNotice(): void {
  storageNotice.set(false);
}
