import { describe, expect, it } from 'vitest'
import { parseGraph } from '../../src/graph/load.ts'
import { catalog } from './helpers/catalog.ts'
import { sampleFile } from './helpers/graphs.ts'

describe('a tweak’s path of values', () => {
  it('refuses a value its param does not take, at the path of that value', () => {
    const file = sampleFile() as { tweaks: unknown[]; nodes: { id: string; type: string }[] }
    const trainer = file.nodes.find((n) => n.type === 'train/trainer')?.id
    const adam = file.nodes.find((n) => n.type === 'optimizer/adam')?.id
    file.tweaks = [{ node: adam, param: 'learningRate', value: 0.01, trainer, step: 2, path: [{ step: 2, value: 0.005 }, { step: 4, value: -3 }] }]
    const { problems } = parseGraph(JSON.stringify(file), catalog)
    expect(problems.map((p) => p.path)).toEqual(['$.tweaks[0].path[1].value'])
  })
})
