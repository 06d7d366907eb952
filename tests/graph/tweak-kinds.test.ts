import { describe, expect, it } from 'vitest'
import { parseGraph } from '../../src/graph/load.ts'
import { serializeGraph } from '../../src/graph/serialize.ts'
import { firstBuilt } from '../../src/graph/tweaks.ts'
import { catalog } from './helpers/catalog.ts'
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
})
