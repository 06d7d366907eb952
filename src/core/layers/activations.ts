import type { DenseActivation } from '../ops/dense.ts'

export type ActivationName = DenseActivation

export const ACTIVATIONS: readonly ActivationName[] = ['linear', 'relu', 'sigmoid', 'tanh', 'softmax']

export function isActivation(name: string): name is ActivationName {
  return (ACTIVATIONS as readonly string[]).includes(name)
}
