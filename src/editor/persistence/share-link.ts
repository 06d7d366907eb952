/**
 * A graph in a URL: the file text, deflated and base64url-encoded, after `#graph=`.
 * Opening the link restores the graph without any server.
 */
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

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream))
  return new Uint8Array(await out.arrayBuffer())
}

export async function encodeGraphHash(text: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'))
  return `${PREFIX}${toBase64Url(packed)}`
}

/** The graph text in a location hash, or null when the hash holds none. Throws on a damaged link. */
export async function decodeGraphHash(hash: string): Promise<string | null> {
  if (!hash.startsWith(PREFIX)) return null
  try {
    const bytes = await pipe(fromBase64Url(hash.slice(PREFIX.length)), new DecompressionStream('deflate-raw'))
    return new TextDecoder().decode(bytes)
  } catch {
    throw new Error('the shared link is damaged: its graph could not be decompressed')
  }
}
