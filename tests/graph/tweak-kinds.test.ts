import { describe, expect, it } from 'vitest'
import { parseGraph } from '../../src/graph/load.ts'
import { serializeGraph } from '../../src/graph/serialize.ts'
import { firstBuilt } from '../../src/graph/tweaks.ts'
import { catalog } from './helpers/catalog.ts'
import { createRegistry } from '../../nodes/index.ts'
import { sampleFile } from './helpers/graphs.ts'

type File = { tweaks: unknown[]; nodes: { id: string; type: string }[]; connections: { from: { node: string; port: string }; to: { node: string; port: string } }[] }

function withTweaks(tweaks: (ids: { trainer: string; adam: string }) => unknown[]) {
  const file = sampleFile() as File
  const trainer = file.nodes.find((n) => n.type === 'train/trainer')?.id ?? ''
  const adam = file.nodes.find((n) => n.type === 'optimizer/adam')?.id ?? ''
  file.tweaks = tweaks({ trainer, adam })
  return parseGraph(JSON.stringify(file), catalog)
}

describe('the kinds of tweak a file records', () => {
  it('loads a rewired input, naming its sources as node.port, and saves it back the same', () => {
    const { document, problems } = withTweaks(({ trainer, adam }) => [{ node: trainer, input: 'optimizer', from: `${adam}.optimizer`, value: `${adam}.optimizer`, label: 'Adam → Adam', trainer, step: 4 }])
    expect(problems).toEqual([])
    if (!document) throw new Error('the file did not load')
    expect(document.tweaks).toMatchObject([{ input: 'optimizer', label: 'Adam → Adam', step: 4 }])
    expect(parseGraph(serializeGraph(document), catalog).document?.tweaks).toEqual(document.tweaks)
  })

  it('refuses a tweak naming both a param and an input, at its path', () => {
    const { problems } = withTweaks(({ trainer }) => [{ node: trainer, param: 'batchSize', input: 'optimizer', value: 5, trainer, step: 4 }])
    expect(problems.map((p) => [p.path, p.message])).toEqual([['$.tweaks[0]', 'a tweak names either a param or an input, not both or neither']])
  })

  it('refuses a rewired input whose source names no node', () => {
    const { problems } = withTweaks(({ trainer, adam }) => [{ node: trainer, input: 'optimizer', from: `${adam}.optimizer`, value: 'nowhere.optimizer', trainer, step: 4 }])
    expect(problems.map((p) => p.path)).toEqual(['$.tweaks[0].value'])
  })

  it('builds the graph as it was before its tweaks: each param and input back to its first tweak’s from', () => {
    const { document: doc, problems } = withTweaks(({ trainer }) => [
      { node: trainer, param: 'epochs', from: 30, value: 10, trainer, step: 4 },
      { node: trainer, param: 'epochs', from: 10, value: 5, trainer, step: 9 },
    ])
    if (!doc) throw new Error(JSON.stringify(problems))
    const trainer = doc.nodes.find((n) => n.type === 'train/trainer')
    const first = firstBuilt(doc)
    expect(first.nodes.find((n) => n.id === trainer?.id)?.params.epochs).toBe(30)
    expect(first.tweaks).toEqual([])
  })

  it('loads a Sequential node’s changed layer list and saves it back the same', () => {
    const { document, problems } = withSequential([{ node: 'seq', param: 'layers', from: [dense(16)], value: [dense(32)], label: '+16 units in layer 1', trainer: 'fit', step: 3 }])
    expect(problems).toEqual([])
    if (!document) throw new Error('the file did not load')
    expect(parseGraph(serializeGraph(document), registry).document?.tweaks).toEqual(document.tweaks)
  })

  it('refuses a layer list tweak with a bad layer, naming the layer and field at its path', () => {
    const { problems } = withSequential([{ node: 'seq', param: 'layers', from: [dense(16)], value: [dense(-2)], trainer: 'fit', step: 3 }])
    expect(problems.map((p) => p.path)).toEqual(['$.tweaks[0].value'])
    expect(problems[0].message).toMatch(/units/)
  })

  it('refuses a layer list as the value of a number param', () => {
    const { problems } = withSequential([{ node: 'fit', param: 'epochs', from: 3, value: [dense(8)], trainer: 'fit', step: 3 }])
    expect(problems.map((p) => p.path)).toEqual(['$.tweaks[0].value'])
  })
})

const registry = createRegistry()
const dense = (units: number) => ({ type: 'dense', units, activation: 'relu' })

/** A small file with a Sequential node "seq" feeding trainer "fit", and these tweaks. */
function withSequential(tweaks: unknown[]) {
  const file = {
    format: 'flowgrad',
    version: 2,
    meta: { title: 't' },
    nodes: [
      { id: 'iris', type: 'data/iris', position: [0, 0], params: {} },
      { id: 'seq', type: 'model/sequential', position: [0, 0], params: { layers: [dense(32), { type: 'dense', units: 1 }] } },
      { id: 'mse', type: 'loss/mse', position: [0, 0], params: {} },
      { id: 'adam', type: 'optimizer/adam', position: [0, 0], params: {} },
      { id: 'fit', type: 'train/trainer', position: [0, 0], params: { epochs: 3 } },
    ],
    connections: [
      { from: { node: 'iris', port: 'dataset' }, to: { node: 'seq', port: 'data' } },
      { from: { node: 'seq', port: 'model' }, to: { node: 'fit', port: 'model' } },
      { from: { node: 'mse', port: 'loss' }, to: { node: 'fit', port: 'loss' } },
      { from: { node: 'adam', port: 'optimizer' }, to: { node: 'fit', port: 'optimizer' } },
    ],
    tweaks,
  }
  return parseGraph(JSON.stringify(file), registry)
}
