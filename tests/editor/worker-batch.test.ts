import { describe, expect, it } from 'vitest'
import { addToBatch } from '../../src/editor/worker-batch.ts'
import type { FromWorker, TweakRecord } from '../../src/editor/worker/protocol.ts'
import type { NodeRuntimeView, ProgressView, Tweak } from '../../src/editor/view-types.ts'

const view = (status: NodeRuntimeView['status']): NodeRuntimeView => ({ status, error: null, notice: null, shapes: {}, chart: null, picture: null })
const progress = (trainerId: string, epoch: number): ProgressView => ({ trainerId, label: trainerId, status: 'running', epoch, epochs: 10, step: epoch, loss: 1, stepsPerSecond: 0, notice: null, error: null })
const tweak = (step: number, continues = false) => ({ tweak: { step, trainer: 'fit', node: 'adam', param: 'learningRate', value: step / 100 } as Tweak, continues }) satisfies TweakRecord

function frame(nodes: Record<string, NodeRuntimeView>, progressViews: ProgressView[] = [], tweaks: TweakRecord[] = []): FromWorker {
  return { kind: 'frame', nodes, progress: progressViews, tweaks }
}

describe('addToBatch', () => {
  it('keeps the newest view of each node', () => {
    const batch = [frame({ a: view('evaluating'), b: view('ready') }), frame({ a: view('ready') })].reduce(addToBatch, null)
    expect(batch?.frame?.nodes).toEqual({ a: view('ready'), b: view('ready') })
  })

  it('keeps the newest progress of each trainer', () => {
    const batch = [frame({}, [progress('gd', 1), progress('sgd', 1)]), frame({}, [progress('gd', 2)])].reduce(addToBatch, null)
    expect(batch?.frame?.progress).toEqual([progress('gd', 2), progress('sgd', 1)])
  })

  it('keeps every tweak and every refusal, in order', () => {
    const refusal = (message: string): FromWorker => ({ kind: 'refused', message, request: { kind: 'command', command: 'play' } })
    const batch = [frame({}, [], [tweak(3)]), refusal('one'), frame({}, [], [tweak(7)]), refusal('two')].reduce(addToBatch, null)
    expect(batch?.frame?.tweaks).toEqual([tweak(3), tweak(7)])
    expect(batch?.refusals.map((r) => r.message)).toEqual(['one', 'two'])
  })

  it('keeps a gesture one entry: a continuing tweak replaces the one it carries on', () => {
    const batch = [frame({}, [], [tweak(3)]), frame({}, [], [tweak(5, true)]), frame({}, [], [tweak(8, true)])].reduce(addToBatch, null)
    expect(batch?.frame?.tweaks).toEqual([{ tweak: tweak(8).tweak, continues: false }])
  })

  it('stays one frame long however many frames it absorbs', () => {
    let batch = null
    for (let i = 0; i < 1000; i++) batch = addToBatch(batch, frame({ curves: view('ready') }, [progress('gd', i)]))
    expect(Object.keys(batch?.frame?.nodes ?? {})).toEqual(['curves'])
    expect(batch?.frame?.progress).toEqual([progress('gd', 999)])
  })
})
