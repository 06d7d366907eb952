import { describe, expect, it } from 'vitest'
import { MAX_RECENT, summarize, withRecent } from '../../../src/editor/persistence/recent.ts'

const graph = (title: string, nodes = 1) => JSON.stringify({ meta: { title }, nodes: Array.from({ length: nodes }, (_, i) => ({ id: `n${i}` })) })

describe('the Recent list', () => {
  it('puts a replaced graph first, with its title and node count', () => {
    const list = withRecent([], graph('Iris', 3), 1000)
    expect(list).toEqual([{ id: '1000-0', title: 'Iris', nodes: 3, savedAt: 1000, text: graph('Iris', 3) }])
  })

  it('keeps an identical graph once, moved to the top', () => {
    const list = withRecent(withRecent(withRecent([], graph('a'), 1), graph('b'), 2), graph('a'), 3)
    expect(list.map((e) => e.title)).toEqual(['a', 'b'])
  })

  it('keeps at most MAX_RECENT graphs, dropping the oldest', () => {
    let list = withRecent([], graph('oldest'), 0)
    for (let i = 1; i <= MAX_RECENT; i++) list = withRecent(list, graph(`g${i}`), i)
    expect(list).toHaveLength(MAX_RECENT)
    expect(list.map((e) => e.title)).not.toContain('oldest')
  })

  it('does not keep an empty graph: there is nothing to lose', () => {
    expect(withRecent([], graph('empty', 0), 1)).toEqual([])
  })

  it('keeps text that is not valid JSON, under a title saying so', () => {
    expect(summarize('{"nodes": [')).toEqual({ title: 'A graph that could not be read', nodes: 0 })
  })
})
