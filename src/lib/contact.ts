/**
 * Trusted contacts as data: what a valid contact is, how typed input becomes one, and how lists are
 * reordered and merged. Pure; storage is features/contacts/contactsStore.ts.
 */
import { normalizePhone, type PhoneError } from './phone';

export const ROLES = ['lawyer', 'family', 'friend', 'journalist', 'organisation', 'other'] as const;
export type Role = (typeof ROLES)[number];

export interface Contact {
  id: string;
  name: string;
  /** E.164 (or a short service number), ready for tel: and sms: links. */
  phone: string;
  role: Role;
  note: string;
  /** Position in the list, 0 first. */
  order: number;
}

export interface ContactInput {
  name: string;
  phone: string;
  role: string;
  note: string;
}

export const NAME_MAX = 200;
export const NOTE_MAX = 1000;

export type ContactFieldError =
  | { field: 'name'; reason: 'empty' | 'too-long' }
  | { field: 'phone'; reason: PhoneError }
  | { field: 'note'; reason: 'too-long' };

/** Validates typed input; on success gives the normalised fields (without id and order). */
export function validateContact(
  input: ContactInput,
): { ok: true; value: Omit<Contact, 'id' | 'order'> } | { ok: false; errors: ContactFieldError[] } {
  const errors: ContactFieldError[] = [];
  const name = input.name.replace(/\s+/g, ' ').trim();
  if (!name) errors.push({ field: 'name', reason: 'empty' });
  else if (name.length > NAME_MAX) errors.push({ field: 'name', reason: 'too-long' });
  const phone = normalizePhone(input.phone);
  if (!phone.ok) errors.push({ field: 'phone', reason: phone.reason });
  const note = input.note.trim();
  if (note.length > NOTE_MAX) errors.push({ field: 'note', reason: 'too-long' });
  if (errors.length || !phone.ok) return { ok: false, errors };
  return { ok: true, value: { name, phone: phone.e164, role: toRole(input.role), note } };
}

/** Any role text (typed, imported, stored by an older version) becomes a known role. */
export function toRole(value: string | undefined): Role {
  const v = (value ?? '').trim().toLowerCase();
  return (ROLES as readonly string[]).includes(v) ? (v as Role) : 'other';
}

/** Sorts by position; ties (from older data) keep a stable order by name. */
export function sortContacts(list: readonly Contact[]): Contact[] {
  return [...list].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

/** Moves one contact up (-1) or down (+1) and renumbers everyone 0..n-1. */
export function moveContact(list: readonly Contact[], id: string, delta: -1 | 1): Contact[] {
  const sorted = sortContacts(list);
  const i = sorted.findIndex((c) => c.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= sorted.length) return sorted;
  [sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
  return sorted.map((c, order) => ({ ...c, order }));
}

/**
 * Adds imported contacts after the existing ones, skipping any whose number is already in the list
 * (importing the same file twice must not double every contact).
 */
export function mergeContacts(
  existing: readonly Contact[],
  incoming: readonly Omit<Contact, 'id' | 'order'>[],
  newId: () => string,
): { list: Contact[]; added: number; skipped: number } {
  const list = sortContacts(existing).map((c, order) => ({ ...c, order }));
  const seen = new Set(list.map((c) => c.phone));
  let skipped = 0;
  for (const c of incoming) {
    if (seen.has(c.phone)) {
      skipped++;
      continue;
    }
    seen.add(c.phone);
    list.push({ ...c, id: newId(), order: list.length });
  }
  return { list, added: list.length - existing.length, skipped };
}

/** Reads a stored record defensively: anything malformed is dropped rather than crashing the list. */
export function decodeContact(raw: unknown): Contact | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || typeof r.name !== 'string' || typeof r.phone !== 'string') return null;
  return {
    id: r.id,
    name: r.name,
    phone: r.phone,
    role: toRole(typeof r.role === 'string' ? r.role : undefined),
    note: typeof r.note === 'string' ? r.note : '',
    order: typeof r.order === 'number' && Number.isFinite(r.order) ? r.order : Number.MAX_SAFE_INTEGER,
  };
}
