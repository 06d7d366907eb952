import { describe, expect, it } from 'vitest'
import { nodeDefinitions } from '../../nodes/index.ts'
import { flowgrad } from './helpers.ts'

describe('flowgrad nodes', () => {
  it('lists every node type with its ports and params', () => {
    const r = flowgrad(['nodes'])
    expect(r.code).toBe(0)
    for (const def of nodeDefinitions) {
      expect(r.stdout).toContain(def.type)
      for (const param of Object.keys(def.params)) expect(r.stdout).toContain(param)
    }
    expect(r.stdout).toMatch(/train\/trainer\s+Trainer\n\s+in: data: Dataset\?, validation: Dataset\?, model: Model, loss: Loss, optimizer: Optimizer \(live\)\n\s+out: training: Training/)
  })

  it('describes one type with its docs and param ranges', () => {
    const r = flowgrad(['nodes', 'optimizer/adam'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('learningRate: number = 0.001 (min 0.000001, max 100, log scale)')
  })

  it('names an unknown type', () => {
    const r = flowgrad(['nodes', 'optimizer/nope'])
    expect(r.code).toBe(1)
    expect(r.stderr.trim()).toBe('unknown node type "optimizer/nope"; run "flowgrad nodes" for the list')
  })
})
