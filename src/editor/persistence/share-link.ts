/**
 * A graph in a URL: the file text, deflated and base64url-encoded, after `#graph=`.
 * Opening the link restores the graph without any server.
 */
import { MAX_SHARED_GRAPH_BYTES } from '../../graph/limits.ts'

const PREFIX = '#graph='

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4)
  const binary = atob(padded)
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream))
  return new Uint8Array(await out.arrayBuffer())
}

/** A link whose graph would inflate beyond the limit: refused before it fills memory. */
export class SharedGraphTooLarge extends Error {
  constructor(limit: number) {
    super(`the shared link is too large: its graph inflates to more than ${limit / (1024 * 1024)} MB (the limit for links); share the file instead`)
    this.name = 'SharedGraphTooLarge'
  }
}

/**
 * Inflates chunk by chunk and stops past `limit` bytes: an 87 KB link inflated to a 64 MB
 * title, and links inflating to 160 MB or more crashed the tab.
 */
async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return concat(chunks, size)
    size += value.length
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw new SharedGraphTooLarge(limit)
    }
    chunks.push(value)
  }
}

export async function encodeGraphHash(text: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'))
  return `${PREFIX}${toBase64Url(packed)}`
}

/**
 * The graph text in a location hash, or null when the hash holds none. Throws on a damaged
 * link, and on one whose graph inflates beyond `limit` bytes (5 MB by default).
 */
export async function decodeGraphHash(hash: string, limit = MAX_SHARED_GRAPH_BYTES): Promise<string | null> {
  if (!hash.startsWith(PREFIX)) return null
  let bytes: Uint8Array
  try {
    bytes = await inflate(fromBase64Url(hash.slice(PREFIX.length)), limit)
  } catch (e) {
    if (e instanceof SharedGraphTooLarge) throw e
    throw new Error('the shared link is damaged: its graph could not be decompressed')
  }
  return new TextDecoder().decode(bytes)
}
