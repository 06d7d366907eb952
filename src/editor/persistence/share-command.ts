import { encodeGraphHash } from './share-link.ts'

/** Share: copies a link that opens the graph, and returns what to tell the user. */
export async function shareGraph(text: string): Promise<string> {
  const hash = await encodeGraphHash(text)
  try {
    await navigator.clipboard.writeText(`${location.origin}${location.pathname}${hash}`)
    return 'Link copied: it opens this graph.'
  } catch {
    // Only then in the address bar: a link left there would reopen on reload over later edits.
    history.replaceState(history.state, '', hash)
    return 'The link is in the address bar: copy it from there.'
  }
}
