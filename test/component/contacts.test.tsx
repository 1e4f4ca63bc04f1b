import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, test, vi } from 'vitest';
import { ensureScreenStrings, initI18n } from '../../src/lib/i18n';
import { resetStorageForTests } from '../../src/lib/storage';
import Contacts from '../../src/features/contacts/Contacts';
import { listContacts } from '../../src/features/contacts/contactsStore';
import { en } from './strings';

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  resetStorageForTests();
  await initI18n('en');
  await ensureScreenStrings();
});

async function addContact(name: string, phone: string, role = 'family') {
  fireEvent.click(await screen.findByRole('button', { name: en.contacts.add }));
  fireEvent.input(screen.getByLabelText(en.contacts.name), { target: { value: name } });
  fireEvent.input(screen.getByLabelText(en.contacts.phone), { target: { value: phone } });
  fireEvent.change(screen.getByLabelText(en.contacts.role), { target: { value: role } });
  fireEvent.click(screen.getByRole('button', { name: en.contacts.save }));
  await screen.findByText(name);
}

test('official numbers are all there, each a tel: link with what it is for', async () => {
  render(<Contacts />);
  await screen.findByRole('heading', { name: en.contacts.officialTitle });
  const tels = screen.getAllByRole('link').map((a) => a.getAttribute('href')).filter((h) => h?.startsWith('tel:'));
  expect(tels).toEqual(['tel:112', 'tel:102', 'tel:103', 'tel:101', 'tel:104', 'tel:111', 'tel:1414']);
  expect(screen.getByText(en.numbers['1414'])).toBeTruthy();
});

test('add, edit, reorder and delete a contact; numbers are normalised and stored', async () => {
  render(<Contacts />);
  await addContact('Aida', '8 701 111 22 33', 'lawyer');
  await addContact('Mother', '+7 (702) 444-55-66');
  expect((await listContacts()).map((c) => [c.name, c.phone, c.role])).toEqual([
    ['Aida', '+77011112233', 'lawyer'],
    ['Mother', '+77024445566', 'family'],
  ]);
  expect(screen.getByText('+7 701 111 22 33')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Move Mother up' }));
  await waitFor(async () => expect((await listContacts()).map((c) => c.name)).toEqual(['Mother', 'Aida']));

  fireEvent.click(screen.getByRole('button', { name: 'Edit Aida' }));
  fireEvent.input(screen.getByLabelText(en.contacts.name), { target: { value: 'Aida (lawyer)' } });
  fireEvent.click(screen.getByRole('button', { name: en.contacts.save }));
  await screen.findByText('Aida (lawyer)');

  fireEvent.click(screen.getByRole('button', { name: 'Delete Mother' }));
  fireEvent.click(screen.getByRole('button', { name: en.contacts.yes }));
  await waitFor(async () => expect((await listContacts()).map((c) => c.name)).toEqual(['Aida (lawyer)']));
});

test('invalid input gets translated messages and keeps what was typed', async () => {
  render(<Contacts />);
  fireEvent.click(await screen.findByRole('button', { name: en.contacts.add }));
  fireEvent.input(screen.getByLabelText(en.contacts.phone), { target: { value: '701 12' } });
  fireEvent.click(screen.getByRole('button', { name: en.contacts.save }));
  expect(await screen.findByText(en.contacts.errors['name-empty'])).toBeTruthy();
  expect(screen.getByRole('alert').textContent).toBe('There are 2 problems in the form.');
  const phone = screen.getByLabelText(en.contacts.phone) as HTMLInputElement;
  expect(phone.value).toBe('701 12');
  expect(phone.getAttribute('aria-invalid')).toBe('true');
  expect(await listContacts()).toEqual([]);
});

function file(text: string, name = 'c.vcf') {
  return new File([text], name, { type: 'text/vcard' });
}
const importInput = async () => (await screen.findByLabelText(en.contacts.importFile)) as HTMLInputElement;

test('a malformed vCard file shows every problem by line and imports nothing', async () => {
  render(<Contacts />);
  await addContact('Existing', '87010000000');
  const bad = 'BEGIN:VCARD\nVERSION:3.0\nFN:Good\nTEL:+77011234567\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:No phone\nEND:VCARD\nBEGIN:VCARD\nFN:Open\n';
  fireEvent.change(await importInput(), { target: { files: [file(bad)] } });
  const alert = await screen.findByText(en.contacts.importFailed);
  const items = within(alert.parentElement!).getAllByRole('listitem').map((li) => li.textContent);
  // Each line names the problem and, where there is one, the card it is in.
  expect(items).toEqual([
    `Line 6: ${en.contacts.vcard['missing-phone'].replace(/\.$/, '')}: No phone`,
    `Line 10: ${en.contacts.vcard['unterminated-card']}`,
  ]);
  expect((await listContacts()).map((c) => c.name)).toEqual(['Existing']);
});

test('a good file is imported once; importing it again adds nothing', async () => {
  render(<Contacts />);
  const good = 'BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=90=D0=B9=D0=B3=D2=AF=D0=BB\r\nTEL;CELL:8 701 555 66 77\r\nEND:VCARD\r\n';
  fireEvent.change(await importInput(), { target: { files: [file(good)] } });
  await screen.findByText('Added 1 contact.');
  expect((await listContacts()).map((c) => [c.name, c.phone])).toEqual([['Айгүл', '+77015556677']]);
  fireEvent.change(await importInput(), { target: { files: [file(good)] } });
  await screen.findByText(/1 was already in the list/);
  expect(await listContacts()).toHaveLength(1);
});

test('export writes every contact to a .vcf file', async () => {
  const blobs: Blob[] = [];
  vi.stubGlobal('URL', { ...URL, createObjectURL: (b: Blob) => (blobs.push(b), 'blob:x'), revokeObjectURL: () => {} });
  render(<Contacts />);
  await addContact('Aida', '87011112233', 'lawyer');
  fireEvent.click(screen.getByRole('button', { name: en.contacts.export }));
  const text = await blobs[0]!.text();
  expect(text).toContain('FN:Aida');
  expect(text).toContain('TEL');
  expect(text).toContain('+77011112233');
  vi.unstubAllGlobals();
});

test('a record this version cannot read survives adding, moving and importing', async () => {
  const { getStorage } = await import('../../src/lib/storage');
  await (await getStorage()).put('contacts', { id: 'future', format: 'v9', name: 42 });
  render(<Contacts />);
  await addContact('Aida', '87011112233');
  await addContact('Mother', '87024445566');
  fireEvent.click(screen.getByRole('button', { name: 'Move Mother up' }));
  await waitFor(async () => expect((await listContacts()).map((c) => c.name)).toEqual(['Mother', 'Aida']));
  expect(await (await getStorage()).get('contacts', 'future')).toEqual({ id: 'future', format: 'v9', name: 42 });
});

test('focus never falls to nothing: form, delete confirmation and moves keep it on a sensible control', async () => {
  render(<Contacts />);
  fireEvent.click(await screen.findByRole('button', { name: en.contacts.add }));
  expect(document.activeElement).toBe(screen.getByLabelText(en.contacts.name));
  fireEvent.click(screen.getByRole('button', { name: en.contacts.cancel }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: en.contacts.add })));

  await addContact('Aida', '87011112233');
  await addContact('Mother', '87024445566');
  fireEvent.click(screen.getByRole('button', { name: 'Delete Mother' }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: en.contacts.no })));
  fireEvent.click(screen.getByRole('button', { name: en.contacts.no }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete Mother' })));

  fireEvent.click(screen.getByRole('button', { name: 'Move Mother up' }));
  // Mother is now first: "up" is disabled, so focus goes to her "down".
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Mother down' })));
});
