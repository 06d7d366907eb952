import { describe, expect, it } from 'vitest'
import { ProgressReporter, QUIET_LIMIT_MS } from '../../src/cli/progress.ts'

/** A reporter without a terminal, on a clock the test moves, for one trainer `fit`. */
function reporter(epochs: number, stepsPerEpoch: number) {
  const lines: string[] = []
  let now = 0
  const progress = new ProgressReporter({
    tty: false,
    write: (t) => lines.push(...t.trimEnd().split('\n')),
    epochs: new Map([['fit', epochs]]),
    stepsPerEpoch: () => stepsPerEpoch,
    now: () => now,
  })
  const advance = (ms: number): void => {
    now += ms
  }
  const train = (steps: number): void => {
    for (let step = 1; step <= steps; step++) {
      progress.onEvent({ nodeId: 'fit', event: { kind: 'step', step, epoch: Math.floor(step / stepsPerEpoch), loss: 0.5 } })
      if (step % stepsPerEpoch === 0) progress.onEvent({ nodeId: 'fit', event: { kind: 'epoch', epoch: step / stepsPerEpoch, logs: { epoch: step / stepsPerEpoch, loss: 0.5 } } })
    }
  }
  return { progress, lines, advance, train }
}

describe('progress without a terminal', () => {
  it('writes a line at every 1% of the steps of one long epoch', () => {
    const r = reporter(1, 1000)
    r.train(1000)
    expect(r.lines).toHaveLength(100)
    expect(r.lines[0]).toBe('fit: step 10 of 1,000 (1%), 0/1 epochs done, loss 0.5000')
  })

  it('writes the epoch line with its metrics when an epoch ends a percent', () => {
    const r = reporter(200, 5)
    r.train(10)
    expect(r.lines).toEqual(['fit: epoch 2/200 loss 0.5000'])
  })

  it('always writes the last epoch', () => {
    const r = reporter(3, 1)
    r.train(3)
    expect(r.lines.at(-1)).toBe('fit: epoch 3/3 loss 0.5000')
  })

  it('writes where training is after 10 s without a line', () => {
    const r = reporter(1000, 1000)
    r.train(5)
    r.advance(QUIET_LIMIT_MS)
    r.progress.tick()
    expect(r.lines).toEqual(['fit: step 5 of 1,000,000 (0%), 0/1000 epochs done, loss 0.5000'])
  })

  it('stays quiet before 10 s have passed without a line', () => {
    const r = reporter(1000, 1000)
    r.train(5)
    r.advance(QUIET_LIMIT_MS - 1)
    r.progress.tick()
    expect(r.lines).toEqual([])
  })

  it('says a trainer is preparing when 10 s pass before its first step', () => {
    const r = reporter(10, 10)
    r.advance(QUIET_LIMIT_MS)
    r.progress.tick()
    expect(r.lines).toEqual(['fit: preparing (no training step yet)'])
  })
})
