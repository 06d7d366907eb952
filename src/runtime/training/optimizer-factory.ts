import { Adagrad, Adam, RMSprop, SGD } from '../../core/index.ts'
import type { Optimizer } from '../../core/index.ts'
import type { OptimizerSpec } from '../values.ts'

function num(config: OptimizerSpec['config'], key: string): number | undefined {
  const v = config[key]
  return typeof v === 'number' ? v : undefined
}

export function createOptimizer(spec: OptimizerSpec): Optimizer {
  const c = spec.config
  switch (spec.kind) {
    case 'sgd':
      return new SGD({ learningRate: num(c, 'learningRate'), momentum: num(c, 'momentum'), nesterov: c.nesterov === true })
    case 'adam':
      return new Adam({ learningRate: num(c, 'learningRate'), beta1: num(c, 'beta1'), beta2: num(c, 'beta2'), epsilon: num(c, 'epsilon') })
    case 'rmsprop':
      return new RMSprop({ learningRate: num(c, 'learningRate'), rho: num(c, 'rho'), momentum: num(c, 'momentum'), epsilon: num(c, 'epsilon'), centered: c.centered === true })
    case 'adagrad':
      return new Adagrad({ learningRate: num(c, 'learningRate'), initialAccumulatorValue: num(c, 'initialAccumulatorValue'), epsilon: num(c, 'epsilon') })
  }
}

/** Hyperparameters that can change between two steps while the optimizer keeps its state. */
const LIVE: Record<OptimizerSpec['kind'], readonly string[]> = {
  sgd: ['learningRate', 'momentum', 'nesterov'],
  adam: ['learningRate', 'beta1', 'beta2', 'epsilon'],
  rmsprop: ['learningRate', 'rho', 'momentum', 'epsilon', 'centered'],
  adagrad: ['learningRate', 'epsilon'],
}

export function isLiveSettable(kind: OptimizerSpec['kind'], key: string): boolean {
  return LIVE[kind].includes(key)
}

/** Sets one hyperparameter on a running optimizer; the setters validate the value. */
export function setHyperparameter(optimizer: Optimizer, key: string, value: number | boolean): void {
  const target = optimizer as unknown as Record<string, number | boolean>
  if (!(key in target)) throw new Error(`${optimizer.title} has no hyperparameter "${key}"`)
  target[key] = value
}
