/** The browser's IndexedDB store of the editor's own data: the autosave and the Recent list. */
const DB = 'flowgrad'
const STORE = 'graphs'

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open()
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE))
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  } finally {
    db.close()
  }
}

export function readKey(key: string): Promise<unknown> {
  return run<unknown>('readonly', (s) => s.get(key))
}

export async function writeKey(key: string, value: unknown): Promise<void> {
  await run('readwrite', (s) => s.put(value, key))
}
