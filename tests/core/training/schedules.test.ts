import { describe, expect, it } from 'vitest'
import { Dense, Random, SGD, Sequential, TrainingLoop, input, meanSquaredError, tensor } from '../../../src/core/index.ts'
import type { LearningRateSchedule } from '../../../src/core/index.ts'

/** Eight rows, batches of two: four steps per epoch. */
function loop(schedule: LearningRateSchedule, learningRate = 0.1): TrainingLoop {
  const model = new Sequential([input([1]), new Dense({ units: 1 })], { seed: 1 })
  const x = tensor([[0], [1], [2], [3], [4], [5], [6], [7]])
  const setup = { model, objective: { loss: meanSquaredError() }, optimizer: new SGD({ learningRate }), metrics: [] }
  return new TrainingLoop(setup, { x, y: x }, { epochs: 2, batchSize: 2, sampling: 'sequential', rng: new Random(0), schedule })
}

function rates(l: TrainingLoop): number[] {
  const out: number[] = []
  while (!l.done) out.push(l.runStep().learningRate)
  return out
}

describe('learning-rate schedules, step by step, against their Keras formulas', () => {
  it('step decay halves the rate every 3 steps: 0.1 · 0.5^⌊k/3⌋', () => {
    const expected = [0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025]
    rates(loop({ kind: 'step', decaySteps: 3, decayRate: 0.5 })).forEach((r, k) => expect(r).toBeCloseTo(expected[k], 15))
  })

  it('exponential decay: 0.1 · 0.5^(k/4)', () => {
    const expected = [0.1, 0.0840896415253715, 0.0707106781186548, 0.0594603557501361, 0.05, 0.0420448207626857, 0.0353553390593274, 0.0297301778750680]
    rates(loop({ kind: 'exponential', decaySteps: 4, decayRate: 0.5 })).forEach((r, k) => expect(r).toBeCloseTo(expected[k], 14))
  })

  it('cosine decay with a 2-step warm-up from 0, over 4 steps, down to α = 0.1 of the base', () => {
    // Warm-up: 0, 0.05; then 0.1 · (0.9 · ½(1 + cos(π s / 4)) + 0.1) for s = 0…4, held at s = 4.
    const expected = [0, 0.05, 0.1, 0.0868198051533946, 0.055, 0.0231801948466054, 0.01, 0.01]
    rates(loop({ kind: 'cosine', decaySteps: 4, alpha: 0.1, warmupSteps: 2, warmupFrom: 0 })).forEach((r, k) => expect(r).toBeCloseTo(expected[k], 14))
  })

  it('composes with a live change of the learning rate: the change sets the base the schedule scales', () => {
    const l = loop({ kind: 'step', decaySteps: 3, decayRate: 0.5 })
    const seen = [l.runStep().learningRate, l.runStep().learningRate, l.runStep().learningRate, l.runStep().learningRate]
    l.setup.optimizer.learningRate = 1
    seen.push(l.runStep().learningRate, l.runStep().learningRate, l.runStep().learningRate)
    expect(seen).toEqual([0.1, 0.1, 0.1, 0.05, 0.5, 0.5, 0.25])
  })

  it('leaves the optimizer’s own rate as the base', () => {
    const l = loop({ kind: 'step', decaySteps: 1, decayRate: 0.5 })
    rates(l)
    expect(l.setup.optimizer.learningRate).toBe(0.1)
  })

  it('refuses a schedule without decay steps, naming the schedule and the argument', () => {
    expect(() => loop({ kind: 'exponential', decaySteps: 0, decayRate: 0.5 })).toThrow('exponential learning-rate schedule: decaySteps must be a whole number above 0, got 0')
  })
})
