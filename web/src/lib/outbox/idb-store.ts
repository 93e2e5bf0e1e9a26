import type { TOutboxItem, TOutboxStore } from './outbox-item.ts';

const DB_NAME = 'zhucun-outbox';
const STORE = 'items';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => {
      opened = null;
      reject(req.error);
    };
  });
  return opened;
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  const tx = db.transaction(STORE, mode);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const result = await request(work(tx.objectStore(STORE)));
  await done;
  return result;
}

/** The outbox in the browser's IndexedDB: it survives a reload, a closed tab and a restarted phone. */
export const idbOutboxStore: TOutboxStore = {
  list: () => run('readonly', (s) => s.getAll() as IDBRequest<TOutboxItem[]>),
  put: async (item) => {
    await run('readwrite', (s) => s.put(item));
  },
  remove: async (id) => {
    await run('readwrite', (s) => s.delete(id));
  },
  clear: async () => {
    await run('readwrite', (s) => s.clear());
  },
};
