/**
 * The one owner of trusted contacts in storage. Every change is written at once; a failed write throws
 * a StorageFailure and the caller keeps what the person typed.
 */
import { openUserStorage } from '../../app/storageNotice';
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

/** All contacts in the person's order. Malformed records are skipped, not fatal. */
export async function listContacts(): Promise<Contact[]> {
  const storage = await openUserStorage();
  const raw = await storage.list('contacts');
  return sortContacts(raw.map(decodeContact).filter((c): c is Contact => c !== null));
}

/** Adds (at the end) or updates a contact. */
export async function saveContact(value: Omit<Contact, 'id' | 'order'>, id?: string): Promise<Contact[]> {
  const storage = await openUserStorage();
  const list = await listContacts();
  const existing = id ? list.find((c) => c.id === id) : undefined;
  const contact: Contact = existing ? { ...existing, ...value } : { ...value, id: newId(), order: list.length };
  await storage.put('contacts', { ...contact });
  return listContacts();
}

export async function deleteContact(id: string): Promise<Contact[]> {
  const storage = await openUserStorage();
  await storage.remove('contacts', id);
  return listContacts();
}

/** Moves a contact one place up or down; the whole new order is written in one transaction. */
export async function moveContactBy(id: string, delta: -1 | 1): Promise<Contact[]> {
  const storage = await openUserStorage();
  const next = moveContact(await listContacts(), id, delta);
  await storage.replaceAll('contacts', next.map((c) => ({ ...c })));
  return next;
}

/** Adds imported contacts in one transaction: all of them or, if writing fails, none. */
export async function importContacts(
  incoming: Omit<Contact, 'id' | 'order'>[],
): Promise<{ list: Contact[]; added: number; skipped: number }> {
  const storage = await openUserStorage();
  const merged = mergeContacts(await listContacts(), incoming, newId);
  await storage.replaceAll('contacts', merged.list.map((c) => ({ ...c })));
  return merged;
}
