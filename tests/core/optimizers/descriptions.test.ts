import { describe, expect, it } from 'vitest'
import { Adagrad, Adam, createOptimizer, isLiveHyperparameter, optimizerClass, optimizerDescription, optimizerNames, readOptimizerConfig } from '../../../src/core/index.ts'
import type { Hyper, Optimizer, OptimizerName } from '../../../src/core/index.ts'
import { accepts, probes } from '../../helpers/hyper-probes.ts'

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string }

/** What happened: the value kept, or the error message. */
function outcome(run: () => unknown): Outcome {
  try {
    return { ok: true, value: run() }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) }
  }
}

/** A constructor as plain JavaScript (or a file) calls it: any config, checked at run time. */
function construct(kind: OptimizerName, config: Readonly<Record<string, unknown>>): Optimizer {
  const Class: new (config: Readonly<Record<string, unknown>>) => Optimizer = optimizerClass(kind)
  return new Class(config)
}

function hyperparameters(kind: OptimizerName): [string, Hyper][] {
  return Object.entries<Hyper>(optimizerDescription(kind).hyperparameters)
}

describe('optimizer descriptions', () => {
  for (const kind of optimizerNames) {
    it(`${kind}'s constructor accepts exactly the values its description accepts`, () => {
      for (const [name, h] of hyperparameters(kind)) {
        for (const v of probes(h)) {
          expect({ name, v, ok: outcome(() => construct(kind, { [name]: v })).ok }).toEqual({ name, v, ok: accepts(h, v) })
        }
      }
    })

    it(`${kind}'s setters accept and refuse each live value as its constructor does, with the same message`, () => {
      for (const [name, h] of hyperparameters(kind).filter(([, h]) => h.live)) {
        for (const v of probes(h)) {
          const built = outcome(() => construct(kind, { [name]: v }).hyper[name])
          const set = outcome(() => {
            const optimizer = construct(kind, {})
            optimizer.set(name, v)
            return optimizer.hyper[name]
          })
          expect({ name, v, set }).toEqual({ name, v, set: built })
        }
      }
    })

    it(`${kind} starts from its described defaults`, () => {
      const defaults = Object.fromEntries(hyperparameters(kind).map(([name, h]) => [name, h.default]))
      expect(createOptimizer(kind).config()).toEqual(defaults)
    })
  }

  it('names the optimizer and the argument when a value is out of range', () => {
    expect(() => new Adam({ beta1: 1 })).toThrow('Adam: beta1 must be a finite number in [0, 1), got 1')
  })

  it('keeps the previous value when a live change is refused', () => {
    const adam = new Adam({ beta2: 0.99 })
    expect(() => adam.set('beta2', -0.5)).toThrow('Adam: beta2 must be a finite number in [0, 1), got -0.5')
    expect(adam.hyper.beta2).toBe(0.99)
  })

  it('refuses a live change of a hyperparameter that only shapes the starting state', () => {
    const widened: Optimizer = new Adagrad()
    expect(isLiveHyperparameter('adagrad', 'initialAccumulatorValue')).toBe(false)
    expect(() => widened.set('initialAccumulatorValue', 1)).toThrow('Adagrad: initialAccumulatorValue cannot change during training')
  })

  it('refuses an unknown hyperparameter, naming the optimizer and listing its own', () => {
    const widened: Optimizer = new Adam()
    expect(() => widened.set('momentum', 0.9)).toThrow('Adam: unknown hyperparameter "momentum"; expected one of learningRate, beta1, beta2, epsilon')
  })

  it('reads a config from untyped values, refusing names the optimizer does not describe', () => {
    expect(readOptimizerConfig('sgd', { learningRate: 0.5, nesterov: true })).toEqual({ learningRate: 0.5, nesterov: true })
    expect(() => readOptimizerConfig('sgd', { beta1: 0.9 })).toThrow('SGD: unknown hyperparameter "beta1"; expected one of learningRate, momentum, nesterov')
    expect(() => readOptimizerConfig('sgd', { nesterov: 1 })).toThrow('SGD: nesterov must be true or false, got 1')
  })

  it('accepts learning rates up to 100 while a slider stops at 10', () => {
    const { learningRate } = optimizerDescription('adam').hyperparameters
    expect([learningRate.min, learningRate.max, learningRate.slider]).toEqual([1e-6, 100, { min: 1e-6, max: 10 }])
    expect(new Adam({ learningRate: 100 }).learningRate).toBe(100)
  })
})
