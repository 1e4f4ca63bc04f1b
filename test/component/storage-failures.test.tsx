/**
 * Storage failures injected one by one: each produces a clear, translated message; the app keeps running;
 * nothing already saved and nothing typed is lost.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ensureScreenStrings, initI18n } from '../../src/lib/i18n';
import { getStorage, resetStorageForTests, StorageFailure } from '../../src/lib/storage';
import Contacts from '../../src/features/contacts/Contacts';
import Composer from '../../src/features/sms/Composer';
import { listContacts, saveContact } from '../../src/features/contacts/contactsStore';
import { en } from './strings';

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  resetStorageForTests();
  location.hash = '#/contacts';
  await initI18n('en');
  await ensureScreenStrings();
});
afterEach(() => vi.restoreAllMocks());

async function typeContact(name: string, phone: string) {
  fireEvent.click(await screen.findByRole('button', { name: en.contacts.add }));
  fireEvent.input(screen.getByLabelText(en.contacts.name), { target: { value: name } });
  fireEvent.input(screen.getByLabelText(en.contacts.phone), { target: { value: phone } });
  fireEvent.click(screen.getByRole('button', { name: en.contacts.save }));
}

test('storage full: a clear message, the form keeps what was typed, saved contacts stay', async () => {
  await saveContact({ name: 'Aida', phone: '+77011112233', role: 'lawyer', note: '' });
  render(<Contacts />);
  await screen.findByText('Aida');
  vi.spyOn(await getStorage(), 'update').mockRejectedValue(new StorageFailure('quota', new DOMException('full', 'QuotaExceededError')));
  await typeContact('Mother', '87024445566');
  expect(await screen.findByText(en.storageError.quota)).toBeTruthy();
  expect((screen.getByLabelText(en.contacts.name) as HTMLInputElement).value).toBe('Mother');
  expect(screen.getByText('Aida')).toBeTruthy();
  vi.restoreAllMocks();
  // Once there is room again, the same form saves.
  fireEvent.click(screen.getByRole('button', { name: en.contacts.save }));
  await screen.findByText('Mother');
  expect((await listContacts()).map((c) => c.name)).toEqual(['Aida', 'Mother']);
});

test('quota errors from IndexedDB itself are recognised as "storage full"', async () => {
  const s = await getStorage();
  // The raw browser error, as IndexedDB raises it, inside the storage module's own classification.
  const tx = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  await expect(s.put('drafts', { id: 'x' })).rejects.toMatchObject({ kind: 'quota' });
  tx.mockRestore();
});

test('storage closed mid-session: a clear message, and the next try reopens it', async () => {
  render(<Contacts />);
  await screen.findByRole('button', { name: en.contacts.add });
  vi.spyOn(await getStorage(), 'update').mockRejectedValueOnce(
    new StorageFailure('closed', new DOMException('closing', 'InvalidStateError')),
  );
  await typeContact('Mother', '87024445566');
  expect(await screen.findByText(en.storageError.closed)).toBeTruthy();
  // The browser drops the connection; the next operation opens a new one.
  resetStorageForTests();
  fireEvent.click(screen.getByRole('button', { name: en.contacts.save }));
  await screen.findByText('Mother');
});

test('a corrupted draft record: the composer still opens, with a fresh message', async () => {
  await (await getStorage()).put('drafts', { id: 'sms', template: 42, fields: 'garbage', contacts: {}, lang: 'xx' });
  location.hash = '#/sms';
  render(<Composer />);
  expect(await screen.findByRole('heading', { level: 1, name: en.sms.title })).toBeTruthy();
  expect(screen.getByTestId('sms-body').textContent).toMatch(/^I have been detained\./);
});

test('a draft that cannot be saved says so and stays on screen', async () => {
  location.hash = '#/sms';
  render(<Composer />);
  const text = await screen.findByLabelText(en.sms.text);
  vi.spyOn(await getStorage(), 'put').mockRejectedValue(new StorageFailure('quota'));
  fireEvent.input(text, { target: { value: 'Room 4' } });
  expect(await screen.findByText(en.storageError.quota, {}, { timeout: 2000 })).toBeTruthy();
  expect((screen.getByLabelText(en.sms.text) as HTMLTextAreaElement).value).toBe('Room 4');
});

test('a draft that cannot be read is not overwritten by the next keystroke', async () => {
  const s = await getStorage();
  await s.put('drafts', { id: 'sms', v: 1, lang: 'en', template: 'lawyer', fields: {}, text: 'precious', contacts: [], numbers: [], translit: false });
  vi.spyOn(s, 'get').mockRejectedValueOnce(new StorageFailure('closed'));
  location.hash = '#/sms';
  render(<Composer />);
  fireEvent.input(await screen.findByLabelText(en.sms.text), { target: { value: 'x' } });
  await new Promise((r) => setTimeout(r, 500));
  vi.restoreAllMocks();
  expect((await s.get('drafts', 'sms'))?.text).toBe('precious');
  expect(screen.getByText(en.storageError.closed)).toBeTruthy();
});
