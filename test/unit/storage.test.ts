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

test('version 1 schema has the three stores', async () => {
  await openStorage();
  const req = indexedDB.open(DB_NAME);
  const names = await new Promise<string[]>((resolve) => {
    req.onsuccess = () => {
      resolve([...req.result.objectStoreNames]);
      req.result.close();
    };
  });
  expect(names.sort()).toEqual(['contacts', 'drafts', 'settings']);
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
