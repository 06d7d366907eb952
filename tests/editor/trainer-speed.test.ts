import { describe, expect, it } from 'vitest'
import { createRegistry } from '../../nodes/index.ts'
import { AppStore } from '../../src/editor/store.ts'
import { setWatching, watchingOf } from '../../src/editor/trainer-speed.ts'
import type { ToWorker } from '../../src/editor/worker/protocol.ts'
import type { GraphDocument } from '../../src/graph/index.ts'

/** Two trainers (nothing wired: the speed needs none), at 5 and 20 steps per second. */
function twoTrainers(): GraphDocument {
  const trainer = (id: string, speed: string) => ({ id, type: 'train/trainer', position: [0, 0] as [number, number], params: { speed } })
  return { format: 'flowgrad', version: 1, meta: { title: 'two' }, nodes: [trainer('a', '5'), trainer('b', '20')], connections: [], tweaks: [] }
}

function loaded(): { store: AppStore; sent: ToWorker[] } {
  const sent: ToWorker[] = []
  const store = new AppStore(createRegistry(), { send: (m) => sent.push(m) })
  store.load(twoTrainers())
  return { store, sent }
}

const speeds = (store: AppStore) => store.doc.nodes.map((n) => n.params.speed)

describe('the trainers’ speed in the editor', () => {
  it('sets the focused trainer’s speed only', () => {
    const { store } = loaded()
    store.focusTrainer('b')
    setWatching(store, 'speed', '1')
    expect(speeds(store)).toEqual(['5', '1'])
  })

  it('sets every trainer’s speed when none is focused, as one undo step', () => {
    const { store } = loaded()
    setWatching(store, 'speed', '100')
    expect(speeds(store)).toEqual(['100', '100'])
    store.undo()
    expect(speeds(store)).toEqual(['5', '20'])
  })

  it('sends the runtime a param edit per trainer, not a new graph', () => {
    const { store, sent } = loaded()
    setWatching(store, 'speed', '1')
    expect(sent.slice(1).flatMap((m) => (m.kind === 'edits' ? m.edits : [m])).map((m) => m.kind)).toEqual(['setParam', 'setParam'])
  })

  it('reads the trainers’ speeds as mixed when they differ', () => {
    const { store } = loaded()
    expect(watchingOf(store.doc, ['a', 'b']).speed).toBeNull()
  })
})
