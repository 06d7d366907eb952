import { decodeGraphHash } from './share-link.ts'

export type LinkRead = { readonly text: string } | { readonly problem: string }

/**
 * The graph of a share link in the address bar, or why it cannot be read, or null when the
 * address holds none. The link is taken out of the address (history.replaceState): it opens
 * its graph once, and a reload then brings back the user's later edits, not the link again.
 */
export async function takeLinkFromAddress(): Promise<LinkRead | null> {
  const hash = location.hash
  let read: LinkRead | null
  try {
    const text = await decodeGraphHash(hash)
    read = text === null ? null : { text }
  } catch (e) {
    read = { problem: e instanceof Error ? e.message : String(e) }
  }
  if (read) history.replaceState(history.state, '', `${location.pathname}${location.search}`)
  return read
}
