import { describe, expect, it } from 'vitest'
import { ReadyQueue } from '../../src/runtime/ready-queue.ts'

describe('the ready queue', () => {
  it('hands out nodes earliest in topological order first, whatever order they became ready in', () => {
    const queue = new ReadyQueue()
    for (const [id, position] of [['d', 3], ['a', 0], ['e', 4], ['c', 2], ['b', 1]] as const) queue.push(id, position)
    const out: string[] = []
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) out.push(id)
    expect(out).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('is empty once every node is taken', () => {
    const queue = new ReadyQueue()
    queue.push('a', 0)
    queue.pop()
    expect(queue.size).toBe(0)
    expect(queue.pop()).toBeUndefined()
  })
})
