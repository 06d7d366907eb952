/**
 * The autosave: the graph the user works on, kept in IndexedDB as they edit, with when and
 * by which tab it was written (so two tabs can tell each other's writes from their own).
 */
import { readKey, writeKey } from './idb-store.ts'

export interface AutosaveRecord {
  readonly text: string
  /** Date.now() when written: the newer of two copies wins. */
  readonly savedAt: number
  /** The tab that wrote it. */
  readonly tab: string
}

const KEY = 'autosave'
/** A synchronous copy written as the page goes away, when an IndexedDB write may not finish. */
const PENDING_KEY = 'flowgrad:autosave-pending'

function asRecord(value: unknown): AutosaveRecord | null {
  // Autosaves written before records held the text alone.
  if (typeof value === 'string') return { text: value, savedAt: 0, tab: '' }
  if (typeof value !== 'object' || value === null) return null
  const { text, savedAt, tab } = value as Record<string, unknown>
  return typeof text === 'string' && typeof savedAt === 'number' && typeof tab === 'string' ? { text, savedAt, tab } : null
}

function readPending(): AutosaveRecord | null {
  try {
    const text = localStorage.getItem(PENDING_KEY)
    return text === null ? null : asRecord(JSON.parse(text))
  } catch {
    return null
  }
}

/** The newest autosave: the IndexedDB copy, or the copy written as the last page went away. */
export async function loadAutosave(): Promise<AutosaveRecord | null> {
  const stored = asRecord(await readKey(KEY).catch(() => null))
  const pending = readPending()
  return pending && (!stored || pending.savedAt > stored.savedAt) ? pending : stored
}

export async function saveAutosave(record: AutosaveRecord): Promise<void> {
  await writeKey(KEY, record)
  const pending = readPending()
  if (pending && pending.savedAt <= record.savedAt) localStorage.removeItem(PENDING_KEY)
}

/** Synchronous, for pagehide: the page may be gone before an IndexedDB write commits. */
export function savePending(record: AutosaveRecord): void {
  try {
    localStorage.setItem(PENDING_KEY, JSON.stringify(record))
  } catch {
    // Over localStorage's quota (a graph with megabytes of CSV): the IndexedDB write is all there is.
  }
}
