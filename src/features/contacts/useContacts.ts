import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Contact } from '../../lib/contact';
import { storageErrorKey } from '../../app/storageError';
import { listContacts } from './contactsStore';

/** Trusted contacts for a screen, plus a runner for changes that reports storage failures. */
export function useContacts() {
  const [contacts, setContacts] = useState<Contact[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    listContacts().then(setContacts, (e) => {
      setContacts([]);
      setError(storageErrorKey(e));
    });
  }, []);
  /** Runs a change; on success shows the new list, on failure keeps the old one and says why. */
  const change = useCallback(async (op: () => Promise<Contact[]>): Promise<boolean> => {
    try {
      setContacts(await op());
      setError(null);
      return true;
    } catch (e) {
      setError(storageErrorKey(e));
      return false;
    }
  }, []);
  return { contacts, error, change, setError };
}
