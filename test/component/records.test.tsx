import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, test, vi } from 'vitest';
import { ensureScreenStrings, initI18n } from '../../src/lib/i18n';
import { getStorage, resetStorageForTests } from '../../src/lib/storage';
import Records from '../../src/features/records/Records';
import RecordPage from '../../src/features/records/RecordPage';
import LetterPage from '../../src/features/records/LetterPage';
import { lock, session } from '../../src/features/records/recordsStore';
import { createVault } from '../../src/lib/vault';
import { wipeAllData } from '../../src/app/wipe';
import { wipeStore } from '../../src/app/wipe';
import { en } from './strings';

const PASS = 'three little words';

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  resetStorageForTests();
  session.set({ status: 'loading' });
  wipeStore.set({ kind: 'idle' });
  location.hash = '';
  await initI18n('en');
  await ensureScreenStrings();
});

/** Chooses the passphrase on the records screen, starts a record of `kind`, and returns its id. */
async function setUpAndStart(kind: keyof typeof en.records.kinds): Promise<string> {
  const view = render(<Records />);
  fireEvent.input(await screen.findByLabelText(en.records.passphrase), { target: { value: PASS } });
  fireEvent.input(screen.getByLabelText(en.records.repeat), { target: { value: PASS } });
  fireEvent.click(screen.getByRole('button', { name: en.records.create }));
  await screen.findByRole('heading', { name: en.records.newTitle }, { timeout: 5000 });
  fireEvent.click(screen.getByRole('button', { name: en.records.kinds[kind] }));
  await waitFor(() => expect(location.hash).toMatch(/^#\/records\/r-[0-9a-f]{16}$/));
  view.unmount();
  return location.hash.split('/')[2]!;
}

test('a passphrase that is too short or typed differently twice is refused, and nothing is kept', async () => {
  render(<Records />);
  const pass = await screen.findByLabelText(en.records.passphrase);
  fireEvent.input(pass, { target: { value: 'short' } });
  fireEvent.input(screen.getByLabelText(en.records.repeat), { target: { value: 'short' } });
  fireEvent.click(screen.getByRole('button', { name: en.records.create }));
  expect((await screen.findByRole('alert')).textContent).toBe(en.records.tooShort);
  fireEvent.input(pass, { target: { value: PASS } });
  fireEvent.click(screen.getByRole('button', { name: en.records.create }));
  expect((await screen.findByRole('alert')).textContent).toBe(en.records.mismatch);
  // What was typed is still there to correct.
  expect((pass as HTMLInputElement).value).toBe(PASS);
  expect(await (await getStorage()).list('records')).toEqual([]);
});

test('a record is written, sealed in storage, and opens again only with the right passphrase', async () => {
  const id = await setUpAndStart('detention');

  const page = render(<RecordPage route={{ name: 'record', id }} />);
  fireEvent.input(await screen.findByLabelText(en.records.place), { target: { value: 'Abai avenue 10, Almaty' } });
  fireEvent.input(screen.getByLabelText(en.records.officers), { target: { value: 'Serikov, badge 12345' } });
  const noRights = screen
    .getByRole('group', { name: en.records.questions.rightsExplained })
    .querySelector<HTMLInputElement>('input[value="no"]')!;
  fireEvent.click(noRights);
  await screen.findByText(en.records.saved, {}, { timeout: 3000 });

  // Storage holds nothing readable: no place, no name, not even the kind.
  const stored = (await (await getStorage()).list('records')).filter((r) => r.id !== 'vault');
  expect(stored).toHaveLength(1);
  const raw = new TextDecoder().decode(stored[0]!.data as Uint8Array);
  for (const secret of ['Abai', 'Serikov', 'detention']) expect(raw).not.toContain(secret);
  expect(Object.keys(stored[0]!).sort()).toEqual(['data', 'id', 'iv', 'v']);

  // Lock (as after the phone was put down), then come back.
  page.unmount();
  lock();
  render(<RecordPage route={{ name: 'record', id }} />);
  const pass = await screen.findByLabelText(en.records.passphrase);
  fireEvent.input(pass, { target: { value: 'wrong words here' } });
  fireEvent.click(screen.getByRole('button', { name: en.records.unlock }));
  expect((await screen.findByRole('alert', {}, { timeout: 5000 })).textContent).toBe(en.records.wrong);
  expect((await (await getStorage()).list('records')).length).toBe(2);
  fireEvent.input(pass, { target: { value: PASS } });
  fireEvent.click(screen.getByRole('button', { name: en.records.unlock }));
  expect(((await screen.findByLabelText(en.records.place, {}, { timeout: 5000 })) as HTMLTextAreaElement).value).toBe(
    'Abai avenue 10, Almaty',
  );
});

test('a letter is drafted from the record, in Russian for an English reader, and the edits are kept', async () => {
  const id = await setUpAndStart('search');
  const letter = render(<LetterPage route={{ name: 'letter', id }} />);
  fireEvent.click(await screen.findByRole('button', { name: en.records.draft }));
  const text = (await screen.findByLabelText(en.records.letterText)) as HTMLTextAreaElement;
  expect(text.value).toMatch(/^Прокурору/);
  expect(text.value).toContain('ЖАЛОБА');
  // Switching to the Commissioner redrafts an untouched letter at once.
  fireEvent.click(screen.getByLabelText(en.records.toOmbudsman));
  expect(text.value).toMatch(/^Уполномоченному по правам человека/);
  fireEvent.click(screen.getByLabelText('Қазақша'));
  expect(text.value).toContain('ӨТІНІШ');
  // An edited letter is not replaced without asking.
  fireEvent.input(text, { target: { value: `${text.value}\nМенің қосқаным` } });
  fireEvent.click(screen.getByRole('button', { name: en.records.redraft }));
  expect(screen.getByText(en.records.confirmRedraft)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: en.records.no }));
  await new Promise((r) => setTimeout(r, 800));
  letter.unmount();
  render(<LetterPage route={{ name: 'letter', id }} />);
  const again = (await screen.findByLabelText(en.records.letterText)) as HTMLTextAreaElement;
  expect(again.value).toContain('Менің қосқаным');
});

test('"Wipe my data" deletes the records and the passphrase check, and locks them', async () => {
  await setUpAndStart('phone-check');
  wipeStore.set({ kind: 'wiping' });
  await wipeAllData();
  expect(session.get().status).toBe('none');
  expect(await (await getStorage()).list('records')).toEqual([]);
});

test('a forgotten passphrase: every record can be deleted to start again', async () => {
  await setUpAndStart('other');
  render(<Records />);
  lock();
  fireEvent.click(await screen.findByRole('button', { name: en.records.forgot }));
  fireEvent.click(screen.getByRole('button', { name: en.records.yes }));
  await screen.findByRole('heading', { name: en.records.setUpTitle });
  expect(await (await getStorage()).list('records')).toEqual([]);
});

test('a browser without WebCrypto (not a secure context) is told so, and nothing is asked or kept', async () => {
  vi.stubGlobal('crypto', {});
  try {
    render(<Records />);
    await screen.findByText(en.records.noCrypto);
    expect(screen.queryByLabelText(en.records.passphrase)).toBeNull();
  } finally {
    vi.unstubAllGlobals();
  }
});

/** Unlocks with the passphrase on whatever screen asks for it. */
async function unlockAgain() {
  fireEvent.input(await screen.findByLabelText(en.records.passphrase), { target: { value: PASS } });
  fireEvent.click(screen.getByRole('button', { name: en.records.unlock }));
}

test('the last edit on the record screen is in the letter drafted straight after, and stays stored', async () => {
  const id = await setUpAndStart('detention');
  const page = render(<RecordPage route={{ name: 'record', id }} />);
  fireEvent.input(await screen.findByLabelText(en.records.place), { target: { value: 'Last edit, Abai 10' } });
  // Straight to the letter, inside the save delay.
  page.unmount();
  const letter = render(<LetterPage route={{ name: 'letter', id }} />);
  fireEvent.click(await screen.findByRole('button', { name: en.records.draft }));
  expect(((await screen.findByLabelText(en.records.letterText)) as HTMLTextAreaElement).value).toContain('Last edit, Abai 10');
  await new Promise((r) => setTimeout(r, 800));
  letter.unmount();
  render(<RecordPage route={{ name: 'record', id }} />);
  expect(((await screen.findByLabelText(en.records.place)) as HTMLTextAreaElement).value).toBe('Last edit, Abai 10');
});

test('a record deleted right after an edit stays deleted', async () => {
  const id = await setUpAndStart('search');
  render(<RecordPage route={{ name: 'record', id }} />);
  fireEvent.input(await screen.findByLabelText(en.records.place), { target: { value: 'typed just now' } });
  fireEvent.click(screen.getByRole('button', { name: en.records.delete }));
  // The question takes focus, so a screen reader reads it.
  await waitFor(() => expect(document.activeElement?.textContent).toBe(en.records.confirmDelete));
  fireEvent.click(screen.getByRole('button', { name: en.records.yes }));
  await waitFor(() => expect(location.hash).toBe('#/records'));
  cleanup();
  await new Promise((r) => setTimeout(r, 800));
  const left = (await (await getStorage()).list('records')).filter((r) => r.id !== 'vault');
  expect(left).toEqual([]);
});

test('locking with an edit still waiting seals it first: nothing typed is lost', async () => {
  const id = await setUpAndStart('phone-check');
  render(<RecordPage route={{ name: 'record', id }} />);
  fireEvent.input(await screen.findByLabelText(en.records.officers), { target: { value: 'Badge 4242' } });
  act(() => lock());
  await unlockAgain();
  expect(((await screen.findByLabelText(en.records.officers, {}, { timeout: 5000 })) as HTMLTextAreaElement).value).toBe(
    'Badge 4242',
  );
});

test('"passphrase already chosen" is said when another tab chose one meanwhile, and nothing is overwritten', async () => {
  render(<Records />);
  const pass = await screen.findByLabelText(en.records.passphrase);
  // Another tab chooses a passphrase while this one shows the set-up form.
  const { meta } = await createVault(PASS);
  await (await getStorage()).put('records', { id: 'vault', ...meta });
  fireEvent.input(pass, { target: { value: 'another passphrase' } });
  fireEvent.input(screen.getByLabelText(en.records.repeat), { target: { value: 'another passphrase' } });
  fireEvent.click(screen.getByRole('button', { name: en.records.create }));
  expect((await screen.findByRole('alert', {}, { timeout: 5000 })).textContent).toBe(en.records.exists);
  // The other tab's passphrase still opens the records.
  await unlockAgain();
  await screen.findByRole('heading', { name: en.records.listTitle }, { timeout: 5000 });
});
