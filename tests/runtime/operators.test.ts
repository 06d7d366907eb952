import { describe, expect, it } from 'vitest'
import { TestScheduler } from 'rxjs/testing'
import { perFrame, trainingProgress } from '../../src/runtime/operators.ts'
import type { RuntimeEvent } from '../../src/runtime/runtime.ts'

function scheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected))
}

/** The merge that keeps every value, in order. */
function collect<T>(pending: T[] | null, value: T): T[] {
  return pending === null ? [value] : [...pending, value]
}

const step = (n: number, loss = 1): RuntimeEvent => ({ nodeId: 'fit', event: { kind: 'step', step: n, epoch: 0, loss } })

describe('stream operators', () => {
  it('perFrame folds the events that arrive before the next frame into one emission', () => {
    const ts = scheduler()
    ts.run(({ cold, expectObservable }) => {
      // Frames come 16 ms after they are asked for: a and b share one, c gets its own.
      const source = cold('a b 20ms c 30ms |', { a: 1, b: 2, c: 3 })
      const frames = source.pipe(perFrame((callback) => ts.schedule(callback, 16), collect<number>))
      expectObservable(frames).toBe('16ms x 21ms y 14ms |', { x: [1, 2], y: [3] })
    })
  })

  it('perFrame asks for no frame while nothing arrives', () => {
    const ts = scheduler()
    let asked = 0
    ts.run(({ cold, expectObservable }) => {
      const source = cold('a 100ms |', { a: 1 })
      const frames = source.pipe(
        perFrame((callback) => {
          asked++
          ts.schedule(callback, 16)
        }, collect<number>),
      )
      expectObservable(frames).toBe('16ms x 84ms |', { x: [1] })
    })
    expect(asked).toBe(1)
  })

  it('perFrame keeps only what the merge keeps while frames do not come', () => {
    const ts = scheduler()
    ts.run(({ cold, expectObservable }) => {
      const source = cold('a b c d |', { a: 1, b: 2, c: 3, d: 4 })
      const latest = (_: number | null, value: number): number => value
      // The frame never comes (a hidden tab): what is pending is flushed on completion.
      expectObservable(source.pipe(perFrame(() => undefined, latest))).toBe('---- (x|)', { x: 4 })
    })
  })

  it('trainingProgress follows one trainer’s steps and ignores the others', () => {
    const ts = scheduler()
    ts.run(({ cold, expectObservable }) => {
      const other: RuntimeEvent = { nodeId: 'other', event: { kind: 'step', step: 9, epoch: 0, loss: 5 } }
      const source = cold('a b c', { a: step(1, 0.9), b: other, c: step(2, 0.8) })
      const progress = source.pipe(trainingProgress('fit', () => ts.now()))
      expectObservable(progress).toBe('a - c', {
        a: { nodeId: 'fit', epoch: 0, step: 1, loss: 0.9, stepsPerSecond: 1, done: false, error: null },
        c: { nodeId: 'fit', epoch: 0, step: 2, loss: 0.8, stepsPerSecond: 2, done: false, error: null },
      })
    })
  })

  it('trainingProgress counts steps per second over the last second', () => {
    const ts = scheduler()
    ts.run(({ cold, expectObservable }) => {
      const source = cold('a 499ms b 999ms c', { a: step(1), b: step(2), c: step(3) })
      const rates = source.pipe(trainingProgress('fit', () => ts.now()))
      expectObservable(rates).toBe('a 499ms b 999ms c', {
        a: expect.objectContaining({ stepsPerSecond: 1 }),
        b: expect.objectContaining({ stepsPerSecond: 2 }),
        c: expect.objectContaining({ stepsPerSecond: 1 }),
      })
    })
  })

  it('trainingProgress marks the run done and carries an error message', () => {
    const ts = scheduler()
    ts.run(({ cold, expectObservable }) => {
      const events: Record<string, RuntimeEvent> = {
        a: step(1),
        b: { nodeId: 'fit', event: { kind: 'error', message: 'diverged at step 1: loss is NaN', step: 1 } },
        c: { nodeId: 'fit', event: { kind: 'done' } },
      }
      const source = cold('a b c', events)
      expectObservable(source.pipe(trainingProgress('fit', () => ts.now()))).toBe('a b c', {
        a: expect.objectContaining({ error: null, done: false }),
        b: expect.objectContaining({ error: 'diverged at step 1: loss is NaN' }),
        c: expect.objectContaining({ done: true }),
      })
    })
  })
})
