const DB = 'flowgrad'
const STORE = 'graphs'
const KEY = 'autosave'

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

/** The graph text saved by the last session, if any. */
export async function loadAutosave(): Promise<string | null> {
  const value = await run<unknown>('readonly', (s) => s.get(KEY))
  return typeof value === 'string' ? value : null
}

export async function saveAutosave(text: string): Promise<void> {
  await run('readwrite', (s) => s.put(text, KEY))
}

/** Saves at most once per `delayMs`, always the latest text. */
export function debouncedAutosave(delayMs = 400): (text: string) => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  let latest = ''
  return (text) => {
    latest = text
    if (timer) return
    timer = setTimeout(() => {
      timer = null
      void saveAutosave(latest)
    }, delayMs)
  }
}
