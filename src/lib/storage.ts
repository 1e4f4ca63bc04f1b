/**
 * The one owner of IndexedDB: every piece of user data (trusted contacts, drafts, the alert set-up, sealed
 * incident records) is read and written here and nowhere else, so "wipe my data", schema migrations and
 * failure handling each have a single home.
 *
 * When IndexedDB cannot be opened (blocked, private mode, a `file://` page where the browser forbids it),
 * the same API keeps working in memory and `mode` says so, so the app can tell the person once that
 * nothing will be kept after closing.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { isPersistenceAllowed, setPersistence } from './persistence';

export { setPersistence };

export const DB_NAME = 'aman';
/** Bump when the schema changes and add a step to `migrate`. */
export const DB_VERSION = 2;

/** Store names and the shape of their records. Every record is keyed by a string `id`. */
export interface Records {
  contacts: { id: string; [field: string]: unknown };
  drafts: { id: string; [field: string]: unknown };
  settings: { id: string; [field: string]: unknown };
  /** Incident records, sealed with the person's passphrase (features/records/recordsStore.ts owns them). */
  records: { id: string; [field: string]: unknown };
}
export type StoreName = keyof Records;
export const STORE_NAMES: readonly StoreName[] = ['contacts', 'drafts', 'settings', 'records'];

interface AmanDB extends DBSchema {
  contacts: { key: string; value: Records['contacts'] };
  drafts: { key: string; value: Records['drafts'] };
  settings: { key: string; value: Records['settings'] };
  records: { key: string; value: Records['records'] };
}

/** Why the last write failed, in terms the interface can translate. */
export type StorageError = 'quota' | 'closed' | 'unknown';

export class StorageFailure extends Error {
  constructor(
    readonly kind: StorageError,
    cause?: unknown,
  ) {
    super(`storage ${kind}`, { cause });
  }
}

export interface Storage {
  /** 'idb' when data survives a restart, 'memory' when it lasts only until the page closes. */
  readonly mode: 'idb' | 'memory';
  list<S extends StoreName>(store: S): Promise<Records[S][]>;
  get<S extends StoreName>(store: S, id: string): Promise<Records[S] | undefined>;
  put<S extends StoreName>(store: S, record: Records[S]): Promise<void>;
  remove<S extends StoreName>(store: S, id: string): Promise<void>;
  /** Replaces a whole store in one transaction: all or nothing. */
  replaceAll<S extends StoreName>(store: S, records: Records[S][]): Promise<void>;
  /**
   * Reads a whole store and writes back what `change` returns, in one transaction, so nothing another
   * tab (or a quick second tap) writes in between is lost. Returns what was written.
   */
  update<S extends StoreName>(store: S, change: (records: Records[S][]) => Records[S][]): Promise<Records[S][]>;
  /** Deletes every record in every store. */
  wipe(): Promise<void>;
}

/**
 * Upgrades the database from `oldVersion` to DB_VERSION one step at a time, so a phone that skipped
 * several releases still walks every step. Add a step for each new version; never change an old one.
 */
export function migrate(db: IDBPDatabase<AmanDB>, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore('contacts', { keyPath: 'id' });
    db.createObjectStore('drafts', { keyPath: 'id' });
    db.createObjectStore('settings', { keyPath: 'id' });
  }
  if (oldVersion < 2) {
    // Incident records, sealed: this store never sees plain text.
    db.createObjectStore('records', { keyPath: 'id' });
  }
}

function classify(err: unknown): StorageFailure {
  const name = (err as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return new StorageFailure('quota', err);
  if (name === 'InvalidStateError' || name === 'TransactionInactiveError') {
    return new StorageFailure('closed', err);
  }
  return new StorageFailure('unknown', err);
}

/** IndexedDB-backed storage. Errors come out as `StorageFailure` so callers can explain them. */
function idbStorage(db: IDBPDatabase<AmanDB>): Storage {
  const run = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw classify(err);
    }
  };
  return {
    mode: 'idb',
    list: (store) => run(() => db.getAll(store)) as never,
    get: (store, id) => run(() => db.get(store, id)) as never,
    put: (store, record) => run(async () => void (await db.put(store, record as never))),
    remove: (store, id) => run(() => db.delete(store, id)),
    replaceAll: (store, records) =>
      run(async () => {
        const tx = db.transaction(store, 'readwrite');
        await tx.store.clear();
        for (const r of records) await tx.store.put(r as never);
        await tx.done;
      }),
    update: (store, change) =>
      run(async () => {
        const tx = db.transaction(store, 'readwrite');
        const next = change((await tx.store.getAll()) as never);
        await tx.store.clear();
        for (const r of next) await tx.store.put(r as never);
        await tx.done;
        return next;
      }),
    wipe: () =>
      run(async () => {
        const tx = db.transaction([...STORE_NAMES], 'readwrite');
        await Promise.all(STORE_NAMES.map((s) => tx.objectStore(s).clear()));
        await tx.done;
      }),
  };
}

/** In-memory storage with the same behaviour; records are copied so callers cannot mutate what is stored. */
export function memoryStorage(): Storage {
  const data = new Map<StoreName, Map<string, unknown>>(STORE_NAMES.map((s) => [s, new Map()]));
  const copy = <T>(v: T): T => structuredClone(v);
  return {
    mode: 'memory',
    list: async (store) => [...data.get(store)!.values()].map(copy) as never,
    get: async (store, id) => copy(data.get(store)!.get(id)) as never,
    put: async (store, record) => void data.get(store)!.set(record.id, copy(record)),
    remove: async (store, id) => void data.get(store)!.delete(id),
    replaceAll: async (store, records) => {
      const m = data.get(store)!;
      m.clear();
      for (const r of records) m.set(r.id, copy(r));
    },
    update: async (store, change) => {
      const m = data.get(store)!;
      const next = change([...m.values()].map(copy) as never);
      m.clear();
      for (const r of next) m.set(r.id, copy(r));
      return next.map(copy);
    },
    wipe: async () => data.forEach((m) => m.clear()),
  };
}

let opening: Promise<Storage> | null = null;
let database: IDBPDatabase<AmanDB> | null = null;

/**
 * Opens the database once per page. Lazy on purpose: start-up shows guidance without touching IndexedDB,
 * which can be slow on a cheap phone.
 */
export function getStorage(): Promise<Storage> {
  opening ??= openStorage();
  return opening;
}

/** Opens IndexedDB, falling back to memory when it is missing, blocked or refuses to open. */
export async function openStorage(): Promise<Storage> {
  if (!isPersistenceAllowed() || !globalThis.indexedDB) return memoryStorage();
  try {
    const db = await withTimeout(
      openDB<AmanDB>(DB_NAME, DB_VERSION, {
        upgrade: (database, oldVersion) => migrate(database, oldVersion),
        // Another tab holds an older version open: it will be told to close (below); nothing to do here.
        blocked: () => {},
        // A newer version of Aman opened in another tab: close so its upgrade can go ahead, and forget
        // this connection so the next operation opens a fresh one (at the new version).
        blocking: () => {
          database?.close();
          database = null;
          opening = null;
        },
        // The browser closed the database (storage cleared, disk error): reopen on next use.
        terminated: () => {
          database = null;
          opening = null;
        },
      }),
      5000,
    );
    database = db;
    return idbStorage(db);
  } catch {
    return memoryStorage();
  }
}


/** Some browsers never settle `indexedDB.open` in private mode; do not wait for them forever. */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('indexedDB open timed out')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/**
 * Starts keeping data in IndexedDB after running in memory (the person opted in): what was typed so far
 * is copied over, so nothing is lost by the switch.
 */
export async function switchToPersistent(): Promise<Storage> {
  const current = opening ? await opening : null;
  setPersistence(true);
  opening = null;
  const next = await getStorage();
  if (current && current !== next && current.mode === 'memory' && next.mode === 'idb') {
    for (const store of STORE_NAMES) {
      for (const record of await current.list(store)) {
        // A vault or record already on disk stays: replacing the vault would make older records unreadable.
        if (store === 'records' && (await next.get(store, record.id))) continue;
        await next.put(store, record as never);
      }
    }
  }
  return next;
}

/** Forgets the open connection (tests open a fresh database each time). */
export function resetStorageForTests(): void {
  database?.close();
  database = null;
  opening = null;
  setPersistence(true);
}
