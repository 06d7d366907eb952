/**
 * The last few graphs the user worked on, kept when another graph takes their place (a link,
 * an example, a file, New, another tab's write), so that nothing is ever silently lost.
 */
import { readKey, writeKey } from './idb-store.ts'

export interface RecentEntry {
  readonly id: string
  readonly title: string
  readonly nodes: number
  /** Date.now() when it was put aside. */
  readonly savedAt: number
  readonly text: string
}

export const MAX_RECENT = 8
const KEY = 'recent'

/** The title and node count of a graph's text, read leniently (it may be incomplete), or null for an empty one. */
export function summarize(text: string): { title: string; nodes: number } | null {
  try {
    const file = JSON.parse(text) as { meta?: { title?: unknown }; nodes?: unknown }
    const nodes = Array.isArray(file.nodes) ? file.nodes.length : 0
    if (nodes === 0) return null
    return { title: typeof file.meta?.title === 'string' ? file.meta.title : 'Untitled', nodes }
  } catch {
    return { title: 'A graph that could not be read', nodes: 0 }
  }
}

/** The list with `text` first (once: an identical graph moves up), at most MAX_RECENT long. */
export function withRecent(list: readonly RecentEntry[], text: string, now: number): RecentEntry[] {
  const summary = summarize(text)
  if (!summary) return [...list]
  const entry: RecentEntry = { id: `${now}-${list.length}`, ...summary, savedAt: now, text }
  return [entry, ...list.filter((e) => e.text !== text)].slice(0, MAX_RECENT)
}

function isEntry(v: unknown): v is RecentEntry {
  if (typeof v !== 'object' || v === null) return false
  const e = v as Record<string, unknown>
  return typeof e.id === 'string' && typeof e.title === 'string' && typeof e.nodes === 'number' && typeof e.savedAt === 'number' && typeof e.text === 'string'
}

export async function loadRecent(): Promise<RecentEntry[]> {
  const value = await readKey(KEY).catch(() => null)
  return Array.isArray(value) ? value.filter(isEntry).slice(0, MAX_RECENT) : []
}

export async function saveRecent(list: readonly RecentEntry[]): Promise<void> {
  await writeKey(KEY, list)
}
