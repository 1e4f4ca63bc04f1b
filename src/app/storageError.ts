import { StorageFailure } from '../lib/storage';

export type StorageErrorKey = 'storageError.quota' | 'storageError.closed' | 'storageError.unknown';

/** The translated-message key for a failed storage operation. */
export function storageErrorKey(err: unknown): StorageErrorKey {
  return err instanceof StorageFailure ? `storageError.${err.kind}` : 'storageError.unknown';
}
