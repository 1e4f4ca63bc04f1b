import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ensureScreenStrings, initI18n } from '../../src/lib/i18n';
import { resetStorageForTests } from '../../src/lib/storage';
import Composer from '../../src/features/sms/Composer';
import HomeAlert from '../../src/features/sms/HomeAlert';
import { deleteContact, saveContact } from '../../src/features/contacts/contactsStore';
import { loadDraft } from '../../src/features/sms/smsStore';
import { en, ru } from './strings';

const ANDROID = 'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  resetStorageForTests();
  location.hash = '#/sms';
  await initI18n('en');
  await ensureScreenStrings();
});
afterEach(() => vi.unstubAllGlobals());

const body = () => screen.getByTestId('sms-body').textContent;
const links = () => screen.getAllByTestId('sms-link').map((a) => a.getAttribute('href'));

test('template, details and free text make the message; the counter follows', async () => {
  render(<Composer />);
  fireEvent.click(await screen.findByLabelText(en.sms.templates.lawyer));
  fireEvent.input(screen.getByLabelText(en.sms.fields.place), { target: { value: 'Abay 10' } });
  fireEvent.input(screen.getByLabelText(en.sms.fields.time), { target: { value: '14:05' } });
  fireEvent.input(screen.getByLabelText(en.sms.text), { target: { value: 'Call Aida' } });
  expect(body()).toBe('I need a lawyer. Where: Abay 10. When: 14:05. Call Aida');
  expect(screen.getByTestId('sms-count').textContent).toBe(`1 SMS · ${160 - body()!.length} characters left in this SMS`);
  expect(screen.getByText(en.sms.gsm)).toBeTruthy();
});

test('Russian text counts as UCS-2; Latin letters are offered with before/after counts and only applied when chosen', async () => {
  await initI18n('ru');
  await ensureScreenStrings();
  render(<Composer />);
  const text = await screen.findByLabelText(ru.sms.text);
  fireEvent.input(text, { target: { value: 'Позвоните адвокату Айгуль, она знает, где отдел полиции номер три.' } });
  expect(screen.getByText(ru.sms.ucs)).toBeTruthy();
  expect(screen.getByTestId('sms-count').textContent).toMatch(/^2 SMS/);
  const toggle = screen.getByLabelText(/2 SMS → 1 SMS/);
  expect(body()).toMatch(/^Меня задержали\./);
  fireEvent.click(toggle);
  expect(body()).toMatch(/^Menya zaderzhali\./);
  expect(screen.getByTestId('sms-count').textContent).toMatch(/^1 SMS/);
});

test('two recipients on Android: one sms: link per recipient, body encoded', async () => {
  vi.stubGlobal('navigator', { ...navigator, userAgent: ANDROID, maxTouchPoints: 5 });
  await saveContact({ name: 'Aida', phone: '+77011112233', role: 'lawyer', note: '' });
  await saveContact({ name: 'Mother', phone: '+77024445566', role: 'family', note: '' });
  render(<Composer />);
  fireEvent.click(await screen.findByLabelText(/Aida/));
  fireEvent.click(screen.getByLabelText(/Mother/));
  fireEvent.input(screen.getByLabelText(en.sms.fields.time), { target: { value: '' } });
  expect(links()).toEqual([
    'sms:+77011112233?body=I%20have%20been%20detained.',
    'sms:+77024445566?body=I%20have%20been%20detained.',
  ]);
  expect(screen.getByText(en.sms.perRecipient)).toBeTruthy();
  expect(screen.getByRole('link', { name: /Open SMS to Mother/ })).toBeTruthy();
});

test('one recipient on iPhone uses the &body= form; a typed number is validated first', async () => {
  vi.stubGlobal('navigator', { ...navigator, userAgent: IPHONE, maxTouchPoints: 5 });
  render(<Composer />);
  const number = await screen.findByLabelText(en.sms.otherNumber);
  fireEvent.input(number, { target: { value: '701 12' } });
  fireEvent.click(screen.getByRole('button', { name: en.sms.addNumber }));
  expect(screen.getByRole('alert').textContent).toBe(en.contacts.errors['phone-kz-format']);
  fireEvent.input(number, { target: { value: '8 701 999 88 77' } });
  fireEvent.click(screen.getByRole('button', { name: en.sms.addNumber }));
  fireEvent.input(screen.getByLabelText(en.sms.fields.time), { target: { value: '' } });
  expect(links()).toEqual(['sms:+77019998877&body=I%20have%20been%20detained.']);
});

test('the draft is saved as you type and restored next time', async () => {
  const first = render(<Composer />);
  fireEvent.input(await screen.findByLabelText(en.sms.text), { target: { value: 'Room 4, second floor' } });
  await waitFor(async () => expect((await loadDraft('en'))?.text).toBe('Room 4, second floor'), { timeout: 2000 });
  first.unmount();
  render(<Composer />);
  expect(((await screen.findByLabelText(en.sms.text)) as HTMLTextAreaElement).value).toBe('Room 4, second floor');
});

test('a contact chosen from the contacts list (?to=) is preselected', async () => {
  const list = await saveContact({ name: 'Aida', phone: '+77011112233', role: 'lawyer', note: '' });
  location.hash = `#/sms?to=${list[0]!.id}`;
  render(<Composer />);
  expect(((await screen.findByLabelText(/Aida/)) as HTMLInputElement).checked).toBe(true);
});

test('location: added on request, with a clear message when denied', async () => {
  let succeed = true;
  vi.stubGlobal('navigator', {
    ...navigator,
    geolocation: {
      getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) =>
        succeed
          ? ok({ coords: { latitude: 43.2380644, longitude: 76.9456321, accuracy: 12 } } as GeolocationPosition)
          : fail({ code: 1 } as GeolocationPositionError),
    },
  });
  render(<Composer />);
  const add = await screen.findByRole('button', { name: en.sms.location.add });
  expect(body()).not.toMatch(/Location/);
  fireEvent.click(add);
  expect(body()).toMatch(/Location: 43\.23806, 76\.94563 \(~12 m\)\./);
  fireEvent.click(screen.getByRole('button', { name: en.sms.location.remove }));
  succeed = false;
  fireEvent.click(screen.getByRole('button', { name: en.sms.location.add }));
  expect(await screen.findByText(en.sms.location.denied)).toBeTruthy();
  expect(body()).not.toMatch(/Location/);
});

test('an alert saved in the composer appears on the home screen, ready to send with the time now', async () => {
  vi.stubGlobal('navigator', { ...navigator, userAgent: ANDROID, maxTouchPoints: 5 });
  await saveContact({ name: 'Aida', phone: '+77011112233', role: 'lawyer', note: '' });
  const composer = render(<Composer />);
  fireEvent.click(await screen.findByLabelText(/Aida/));
  fireEvent.click(screen.getByRole('button', { name: en.sms.alert.save }));
  await screen.findByText(en.sms.alert.saved);
  composer.unmount();
  await act(async () => {
    render(<HomeAlert />);
  });
  const link = await screen.findByRole('link', { name: /Send my alert to Aida/ });
  expect(link.getAttribute('href')).toMatch(/^sms:\+77011112233\?body=I%20have%20been%20detained\.%20When%3A%20\d\d%3A\d\d/);
});

test('the home alert says when a contact chosen for it was deleted since', async () => {
  const [aida] = await saveContact({ name: 'Aida', phone: '+77011112233', role: 'lawyer', note: '' });
  await saveContact({ name: 'Marat', phone: '+77019998877', role: 'family', note: '' });
  const composer = render(<Composer />);
  fireEvent.click(await screen.findByLabelText(/Aida/));
  fireEvent.click(screen.getByLabelText(/Marat/));
  fireEvent.click(screen.getByRole('button', { name: en.sms.alert.save }));
  await screen.findByText(en.sms.alert.saved);
  composer.unmount();
  await deleteContact(aida!.id);
  await act(async () => {
    render(<HomeAlert />);
  });
  expect(await screen.findByText(en.sms.alert.alertMissing_one.replace('{{count}}', '1'))).toBeTruthy();
  expect(screen.getByRole('link', { name: /Send my alert to Marat/ })).toBeTruthy();
});

test('text typed while the GPS is still searching is kept when the position arrives', async () => {
  let answer: PositionCallback | null = null;
  vi.stubGlobal('navigator', {
    ...navigator,
    geolocation: { getCurrentPosition: (ok: PositionCallback) => void (answer = ok) },
  });
  render(<Composer />);
  fireEvent.click(await screen.findByRole('button', { name: en.sms.location.add }));
  fireEvent.input(screen.getByLabelText(en.sms.text), { target: { value: 'Room 4, second floor' } });
  await act(async () => {
    answer!({ coords: { latitude: 43.2, longitude: 76.9, accuracy: 8 } } as GeolocationPosition);
  });
  expect((screen.getByLabelText(en.sms.text) as HTMLTextAreaElement).value).toBe('Room 4, second floor');
  expect(body()).toMatch(/Location: 43\.20000, 76\.90000 \(~8 m\)\. Room 4, second floor$/);
});

test('leaving the composer right after typing still saves the draft', async () => {
  const first = render(<Composer />);
  fireEvent.input(await screen.findByLabelText(en.sms.text), { target: { value: 'badge 4521' } });
  first.unmount();
  await waitFor(async () => expect((await loadDraft('en'))?.text).toBe('badge 4521'));
});

test('the SMS can be written in another language than the interface', async () => {
  render(<Composer />);
  fireEvent.click(await screen.findByLabelText('Қазақша'));
  await waitFor(() => expect(body()).toMatch(/^Мені ұстады\./));
  // The interface stays English.
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.sms.title);
});
