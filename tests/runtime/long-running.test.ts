import { describe, expect, it } from 'vitest'
import { nodeDefinitions } from '../../nodes/index.ts'
import trainer from '../../nodes/train/trainer.ts'
import { isLongRunning } from '../../src/runtime/define-node.ts'

describe('long-running nodes', () => {
  it('are the nodes that declare themselves so: among the shipped nodes, the trainer alone', () => {
    expect(nodeDefinitions.filter((def) => isLongRunning(def)).map((def) => def.type)).toEqual([trainer.type])
  })
})
