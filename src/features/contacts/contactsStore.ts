/**
 * The one owner of trusted contacts in storage. Every change is written at once; a failed write throws
 * a StorageFailure and the caller keeps what the person typed.
 */
import { openUserStorage } from '../../app/userStorage';
import {
  decodeContact,
  mergeContacts,
  moveContact,
  sortContacts,
  type Contact,
} from '../../lib/contact';

/** A random id; contacts never leave the phone, so uniqueness on this device is all that matters. */
export function newId(): string {
  return crypto.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

type Raw = { id: string; [field: string]: unknown };

/** The readable contacts in order; unreadable records are skipped here but never deleted by a change. */
function decodeAll(raw: Raw[]): Contact[] {
  return sortContacts(raw.map(decodeContact).filter((c): c is Contact => c !== null));
}

/**
 * Changes the list in one storage transaction. Records this version cannot read (written by a newer
 * version, or damaged) are kept as they are, so a change never deletes what it did not understand.
 */
async function changeContacts(change: (list: Contact[]) => Contact[]): Promise<Contact[]> {
  const storage = await openUserStorage();
  const written = await storage.update('contacts', (raw) => {
    const unreadable = raw.filter((r) => decodeContact(r) === null);
    return [...change(decodeAll(raw)).map((c) => ({ ...c })), ...unreadable];
  });
  return decodeAll(written);
}

/** All contacts in the person's order. Malformed records are skipped, not fatal. */
export async function listContacts(): Promise<Contact[]> {
  const storage = await openUserStorage();
  return decodeAll(await storage.list('contacts'));
}

/** Adds (at the end) or updates a contact. */
export function saveContact(value: Omit<Contact, 'id' | 'order'>, id?: string): Promise<Contact[]> {
  return changeContacts((list) => {
    const existing = id ? list.find((c) => c.id === id) : undefined;
    if (existing) return list.map((c) => (c.id === id ? { ...c, ...value } : c));
    return [...list, { ...value, id: newId(), order: list.length }];
  });
}

export async function deleteContact(id: string): Promise<Contact[]> {
  const storage = await openUserStorage();
  await storage.remove('contacts', id);
  return listContacts();
}

/** Moves a contact one place up or down. */
export function moveContactBy(id: string, delta: -1 | 1): Promise<Contact[]> {
  return changeContacts((list) => moveContact(list, id, delta));
}

/** Adds imported contacts in one transaction: all of them or, if writing fails, none. */
export async function importContacts(
  incoming: Omit<Contact, 'id' | 'order'>[],
): Promise<{ list: Contact[]; added: number; skipped: number }> {
  let counts = { added: 0, skipped: 0 };
  const list = await changeContacts((current) => {
    const merged = mergeContacts(current, incoming, newId);
    counts = { added: merged.added, skipped: merged.skipped };
    return merged.list;
  });
  return { list, ...counts };
}
