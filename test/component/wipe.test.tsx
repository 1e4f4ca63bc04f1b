import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ensureScreenStrings, initI18n } from '../../src/lib/i18n';
import { getStorage, resetStorageForTests } from '../../src/lib/storage';
import { loadPrefs, savePrefs } from '../../src/lib/prefs';
import { WipeData, WIPE_DELAY_S } from '../../src/features/settings/WipeData';
import { finishPendingWipe, startWipe, wipeStore } from '../../src/app/wipe';
import { en } from './strings';

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  resetStorageForTests();
  localStorage.clear();
  await initI18n('en');
  await ensureScreenStrings();
  const s = await getStorage();
  await s.put('contacts', { id: 'c1', name: 'Lawyer', phone: '+77011112233' });
  await s.put('drafts', { id: 'sms', text: 'I have been detained' });
  await s.put('settings', { id: 'alert', text: 'x' });
  await s.put('records', { id: 'r-1', v: 1, iv: new Uint8Array(12), data: new Uint8Array(32) });
  savePrefs({ lang: 'ru', theme: 'dark', textSize: 150, hasAlert: true, keepInFile: false });
  wipeStore.set({ kind: 'idle' });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => vi.useRealTimers());

async function tick(seconds: number) {
  for (let i = 0; i < seconds; i++) {
    await act(async () => {
      vi.advanceTimersByTime(1000);
    });
  }
}

test('counts down, can be cancelled, and then nothing is deleted', async () => {
  render(<WipeData />);
  fireEvent.click(screen.getByRole('button', { name: en.wipe.button }));
  expect(screen.getByTestId('wipe-status').textContent).toBe(`Deleting in ${WIPE_DELAY_S} seconds…`);
  await tick(2);
  fireEvent.click(screen.getByRole('button', { name: en.wipe.cancel }));
  await tick(WIPE_DELAY_S);
  expect(screen.getByTestId('wipe-status').textContent).toBe(en.wipe.cancelled);
  expect(await (await getStorage()).list('contacts')).toHaveLength(1);
  expect(loadPrefs().theme).toBe('dark');
});

test('after the countdown every store and every preference is empty', async () => {
  render(<WipeData />);
  fireEvent.click(screen.getByRole('button', { name: en.wipe.button }));
  await tick(WIPE_DELAY_S);
  // IndexedDB (fake-indexeddb) runs on real timers.
  vi.useRealTimers();
  await waitFor(() => expect(screen.getByTestId('wipe-status').textContent).toBe(en.wipe.done));
  const s = await getStorage();
  for (const store of ['contacts', 'drafts', 'settings', 'records'] as const) expect(await s.list(store)).toEqual([]);
  expect(localStorage.getItem('aman.prefs')).toBeNull();
  expect(document.documentElement.dataset.theme).toBe('system');
});

test('leaving the settings screen during the countdown does not cancel the wipe', async () => {
  const view = render(<WipeData />);
  fireEvent.click(screen.getByRole('button', { name: en.wipe.button }));
  await tick(1);
  view.unmount();
  await tick(WIPE_DELAY_S);
  vi.useRealTimers();
  await waitFor(() => expect(wipeStore.get().kind).toBe('done'));
  expect(await (await getStorage()).list('contacts')).toEqual([]);
});

test('Exit during the countdown finishes the wipe at once instead of dropping it', async () => {
  startWipe();
  expect(wipeStore.get().kind).toBe('counting');
  vi.useRealTimers();
  await finishPendingWipe();
  expect(wipeStore.get().kind).toBe('done');
  expect(await (await getStorage()).list('drafts')).toEqual([]);
  expect(localStorage.getItem('aman.prefs')).toBeNull();
});

test('a wipe while storage runs in memory also deletes the database on disk', async () => {
  vi.useRealTimers();
  // An earlier session left data in IndexedDB; this one fell back to memory.
  const { setPersistence, resetStorageForTests: reset } = await import('../../src/lib/storage');
  reset();
  setPersistence(false);
  const { wipeAllData } = await import('../../src/app/wipe');
  await wipeAllData();
  const names = (await indexedDB.databases()).map((d) => d.name);
  expect(names).not.toContain('aman');
});
