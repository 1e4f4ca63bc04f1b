import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DB_NAME, getStorage, memoryStorage, openStorage, resetStorageForTests, setPersistence, switchToPersistent, type Storage } from '../../src/lib/storage';

// A fresh, empty IndexedDB for every test.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const kinds: [string, () => Promise<Storage>][] = [
  ['IndexedDB', () => openStorage()],
  ['memory', async () => memoryStorage()],
];

describe.each(kinds)('%s storage', (_name, open) => {
  test('put, get, list, remove', async () => {
    const s = await open();
    await s.put('contacts', { id: 'a', name: 'Lawyer' });
    await s.put('contacts', { id: 'b', name: 'Mother' });
    expect(await s.get('contacts', 'a')).toEqual({ id: 'a', name: 'Lawyer' });
    expect((await s.list('contacts')).map((c) => c.id).sort()).toEqual(['a', 'b']);
    await s.remove('contacts', 'a');
    expect(await s.get('contacts', 'a')).toBeUndefined();
  });

  test('replaceAll swaps the whole store', async () => {
    const s = await open();
    await s.put('contacts', { id: 'old' });
    await s.replaceAll('contacts', [{ id: 'x' }, { id: 'y' }]);
    expect((await s.list('contacts')).map((c) => c.id).sort()).toEqual(['x', 'y']);
  });

  test('update reads and writes in one go', async () => {
    const s = await open();
    await s.put('contacts', { id: 'a', n: 1 });
    const written = await s.update('contacts', (all) => [...all, { id: 'b', n: all.length + 1 }]);
    expect(written.map((r) => r.id)).toEqual(['a', 'b']);
    expect((await s.list('contacts')).map((r) => r.id).sort()).toEqual(['a', 'b']);
  });

  test('wipe empties every store', async () => {
    const s = await open();
    await s.put('contacts', { id: 'a' });
    await s.put('drafts', { id: 'sms', text: 'hi' });
    await s.put('settings', { id: 'alert', on: true });
    await s.wipe();
    for (const store of ['contacts', 'drafts', 'settings'] as const) expect(await s.list(store)).toEqual([]);
  });

  test('records are copies: changing a returned object changes nothing stored', async () => {
    const s = await open();
    await s.put('drafts', { id: 'd', text: 'a' });
    const got = (await s.get('drafts', 'd'))!;
    got.text = 'changed';
    expect((await s.get('drafts', 'd'))!.text).toBe('a');
  });
});

test('mode says whether data survives', async () => {
  expect((await openStorage()).mode).toBe('idb');
  vi.stubGlobal('indexedDB', undefined);
  expect((await openStorage()).mode).toBe('memory');
  vi.unstubAllGlobals();
});

test('a browser whose IndexedDB refuses to open gets working memory storage', async () => {
  const broken = {
    open() {
      throw new DOMException('blocked', 'SecurityError');
    },
  } as unknown as IDBFactory;
  vi.stubGlobal('indexedDB', broken);
  const s = await openStorage();
  vi.unstubAllGlobals();
  expect(s.mode).toBe('memory');
  await s.put('drafts', { id: 'x' });
  expect(await s.get('drafts', 'x')).toEqual({ id: 'x' });
});

/** The names of the stores the database on disk has now. */
function storeNames(): Promise<string[]> {
  const req = indexedDB.open(DB_NAME);
  return new Promise<string[]>((resolve) => {
    req.onsuccess = () => {
      resolve([...req.result.objectStoreNames].sort());
      req.result.close();
    };
  });
}

test('a new install gets every store of the current schema', async () => {
  await openStorage();
  expect(await storeNames()).toEqual(['contacts', 'drafts', 'records', 'settings']);
});

test('a version 1 database (first release) upgrades to version 2 and keeps what it held', async () => {
  // Written the way the first release wrote it: three stores, no records.
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      for (const name of ['contacts', 'drafts', 'settings']) req.result.createObjectStore(name, { keyPath: 'id' });
      req.transaction!.objectStore('contacts').put({ id: 'c1', name: 'Lawyer', phone: '+77011234567' });
      req.transaction!.objectStore('drafts').put({ id: 'sms', text: 'I was detained' });
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
  const s = await openStorage();
  expect(s.mode).toBe('idb');
  expect(await storeNames()).toEqual(['contacts', 'drafts', 'records', 'settings']);
  expect(await s.get('contacts', 'c1')).toEqual({ id: 'c1', name: 'Lawyer', phone: '+77011234567' });
  expect(await s.get('drafts', 'sms')).toEqual({ id: 'sms', text: 'I was detained' });
  await s.put('records', { id: 'r1', iv: new Uint8Array(12), data: new Uint8Array(4) });
  expect((await s.list('records')).length).toBe(1);
  await s.wipe();
  expect(await s.list('records')).toEqual([]);
  expect(await s.list('contacts')).toEqual([]);
});

test('an IndexedDB that never answers (some private modes) falls back to memory after a wait', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const silent = { open: () => ({}) } as unknown as IDBFactory;
  vi.stubGlobal('indexedDB', silent);
  const opening = openStorage();
  await vi.advanceTimersByTimeAsync(5000);
  expect((await opening).mode).toBe('memory');
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

test('with persistence off, data stays in memory; opting in copies it to IndexedDB, nothing lost', async () => {
  resetStorageForTests();
  setPersistence(false);
  const before = await getStorage();
  expect(before.mode).toBe('memory');
  await before.put('contacts', { id: 'a', name: 'Lawyer' });
  const after = await switchToPersistent();
  expect(after.mode).toBe('idb');
  expect(await after.get('contacts', 'a')).toEqual({ id: 'a', name: 'Lawyer' });
  resetStorageForTests();
});
