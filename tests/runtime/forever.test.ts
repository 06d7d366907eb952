import { describe, expect, it } from 'vitest'
import { TestScheduler } from 'rxjs/testing'
import { Runtime } from '../../src/runtime/runtime.ts'
import { Port } from '../../src/runtime/ports.ts'
import type { TrainingSnapshot } from '../../src/runtime/values.ts'
import { regressionGraph, trainingRegistry } from './helpers/training-graph.ts'

describe('a trainer that runs forever', () => {
  it('trains past its epochs until paused', () => {
    const ts = new TestScheduler((actual, expected) => expect(actual).toEqual(expected))
    let shown: TrainingSnapshot | undefined
    ts.run(() => {
      // Watched at 100 steps per second: virtual time ends the run, which would otherwise never end.
      const r = new Runtime(trainingRegistry(), { scheduler: ts, paced: true })
      r.load(regressionGraph({ forever: true, speed: '100' }))
      r.command('play')
      ts.schedule(() => r.command('pause'), 1000)
      ts.schedule(() => (shown = r.value('fit', 'training', Port.Training)), 1001)
    })
    // 3 epochs of 5 steps were asked for; a second at 100 steps per second is 20 epochs.
    expect(shown).toMatchObject({ status: 'paused', epoch: 20, epochs: Infinity })
  })
})
