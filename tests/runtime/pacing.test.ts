// The trainer's speed in virtual time: the runtime's scheduler is a TestScheduler, so the
// marbles give the virtual time of each training step.
import { describe, expect, it } from 'vitest'
import { filter, map, take } from 'rxjs'
import type { Observable } from 'rxjs'
import { TestScheduler } from 'rxjs/testing'
import { Runtime } from '../../src/runtime/runtime.ts'
import { Port } from '../../src/runtime/ports.ts'
import type { TrainingSnapshot } from '../../src/runtime/values.ts'
import { regressionGraph, trainingRegistry } from './helpers/training-graph.ts'

function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected))
}

/** A runtime on the test scheduler with the regression graph's trainer (3 epochs of 5 steps) at these params. */
function watched(ts: TestScheduler, params: Record<string, string | boolean>, paced = true): Runtime {
  const r = new Runtime(trainingRegistry(), { scheduler: ts, paced })
  r.load(regressionGraph(params))
  return r
}

/** The numbers of the first `n` steps, as they are taken. */
function steps(r: Runtime, n: number): Observable<number> {
  return r.events.pipe(
    map((e) => e.event),
    filter((e) => e.kind === 'step'),
    map((e) => (e.kind === 'step' ? e.step : 0)),
    take(n),
  )
}

function snapshotOf(r: Runtime): TrainingSnapshot {
  const s = r.value('fit', 'training', Port.Training)
  if (!s) throw new Error('the trainer has no output')
  return s
}

/** Commands given at virtual times (ms), once the trainer exists; [0, 'play'] plays from the start. */
type Script = readonly (readonly [number, (r: Runtime) => void])[]

const play: Script = [[0, (r) => r.command('play')]]

/**
 * Runs the trainer at these params under a script, and expects its steps (numbered 1, 2, …)
 * at the marble's frames.
 */
function expectSteps(params: Record<string, string>, script: Script, marble: string, paced = true): void {
  const ts = testScheduler()
  ts.run(({ expectObservable }) => {
    const r = watched(ts, params, paced)
    for (const [at, act] of script) ts.schedule(() => act(r), at)
    const names = marble.replace(/\d+ms/g, '').match(/[a-z]/g) ?? []
    expectObservable(steps(r, names.length)).toBe(marble, Object.fromEntries(names.map((name, i) => [name, i + 1])))
  })
}

describe('a watched trainer’s speed', () => {
  it('takes its steps a fifth of a second apart at 5 steps per second', () => {
    expectSteps({ speed: '5' }, play, 'a 199ms b 199ms (c|)')
  })

  it('takes its steps without waiting at the fastest speed', () => {
    expectSteps({ speed: 'max' }, play, '(abc|)')
  })

  it('runs flat out when the runtime is not paced, as the command line is', () => {
    expectSteps({ speed: '1' }, play, '(abc|)', false)
  })

  it('applies a new speed to the next step while it runs', () => {
    expectSteps({ speed: '1' }, [...play, [1500, (r) => r.setParam('fit', 'speed', '20')]], 'a 999ms b 499ms c 49ms (d|)')
  })

  it('takes a single Step at once, whatever the speed', () => {
    // After frame 0, where the trainer is evaluated: a Step, unlike Run, is not remembered before that.
    const step = (r: Runtime) => r.command('stepBatch', 'fit')
    expectSteps({ speed: '1' }, [[1, step], [11, step]], '- a 9ms (b|)')
  })

  it('resumes after a pause one interval after its last step, not at once', () => {
    expectSteps({ speed: '5' }, [...play, [50, (r) => r.command('pause')], [100, (r) => r.command('play')]], 'a 199ms (b|)')
  })
})

/** The step of each published snapshot once training has begun, for the first `n` of them. */
function shownSteps(r: Runtime, n: number): Observable<number> {
  return r.output('fit', 'training', Port.Training).pipe(
    map((s) => s.step),
    filter((step) => step > 0),
    take(n),
  )
}

describe('what a watched trainer publishes', () => {
  it('shows every step at 5 steps per second', () => {
    const ts = testScheduler()
    ts.run(({ expectObservable }) => {
      const r = watched(ts, { speed: '5' })
      r.command('play')
      expectObservable(shownSteps(r, 2)).toBe('a 199ms (b|)', { a: 1, b: 2 })
    })
  })

  it('shows its progress every 50 ms at 100 steps per second, not after every step', () => {
    const ts = testScheduler()
    ts.run(({ expectObservable }) => {
      const r = watched(ts, { speed: '100' })
      r.command('play')
      expectObservable(shownSteps(r, 3)).toBe('a 49ms b 49ms (c|)', { a: 1, b: 6, c: 11 })
    })
  })
})

describe('pausing after each epoch', () => {
  it('stops a watched run at the end of its first epoch', () => {
    const ts = testScheduler()
    let shown: TrainingSnapshot | null = null
    ts.run(() => {
      const r = watched(ts, { speed: '100', pauseEachEpoch: true })
      r.command('play')
      ts.schedule(() => (shown = snapshotOf(r)), 5000)
    })
    expect(shown).toMatchObject({ status: 'paused', epoch: 1, step: 5 })
  })
})

describe('a live change of speed', () => {
  /** Trains the regression graph to the end, changing its speed twice on the way. */
  function historyWithSpeedChanges(): { snapshot: TrainingSnapshot; runtime: Runtime } {
    const ts = testScheduler()
    let runtime: Runtime | null = null
    ts.run(() => {
      const r = watched(ts, { speed: '5' })
      runtime = r
      r.command('play')
      ts.schedule(() => r.setParam('fit', 'speed', '100'), 700)
      ts.schedule(() => r.setParam('fit', 'speed', 'max'), 750)
    })
    if (!runtime) throw new Error('no runtime')
    return { snapshot: snapshotOf(runtime), runtime }
  }

  it('does not restart the run: its history is that of a run at full speed', async () => {
    const flat = new Runtime(trainingRegistry(), { autoplay: true })
    flat.load(regressionGraph())
    await flat.whenIdle()
    const { snapshot } = historyWithSpeedChanges()
    expect(snapshot.runId).toBe(1)
    expect(snapshot.history).toEqual(snapshotOf(flat).history)
  })

  it('is not recorded as a tweak: it changes no number', () => {
    const { runtime } = historyWithSpeedChanges()
    expect(runtime.document().tweaks).toEqual([])
  })
})
