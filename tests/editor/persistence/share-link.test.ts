import { describe, expect, it } from 'vitest'
import { MAX_SHARED_GRAPH_BYTES } from '../../../src/graph/limits.ts'
import { decodeGraphHash, encodeGraphHash } from '../../../src/editor/persistence/share-link.ts'

describe('share links', () => {
  it('round-trip a graph text', async () => {
    const text = '{ "format": "flowgrad", "meta": { "title": "Ünïcødé ✓" } }'
    expect(await decodeGraphHash(await encodeGraphHash(text))).toBe(text)
  })

  it('decode a graph of exactly the size limit', async () => {
    const text = 'a'.repeat(MAX_SHARED_GRAPH_BYTES)
    expect((await decodeGraphHash(await encodeGraphHash(text)))?.length).toBe(MAX_SHARED_GRAPH_BYTES)
  })

  it('refuse a link that inflates beyond the limit, saying so', async () => {
    const hash = await encodeGraphHash('a'.repeat(MAX_SHARED_GRAPH_BYTES + 1))
    await expect(decodeGraphHash(hash)).rejects.toThrow('the shared link is too large: its graph inflates to more than 5 MB (the limit for links); share the file instead')
  })

  it('refuse a link whose bytes are not deflated data as damaged', async () => {
    await expect(decodeGraphHash('#graph=bm90IGRlZmxhdGVk')).rejects.toThrow('the shared link is damaged')
  })

  it('ignore a hash that holds no graph', async () => {
    expect(await decodeGraphHash('#about')).toBeNull()
  })
})
