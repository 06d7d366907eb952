import { check } from '../errors.ts'
import type { BatchShape } from './layer.ts'

/** Keras' Input: the shape of one sample; the batch axis is added as None. */
export interface InputSpec {
  readonly kind: 'input'
  readonly shape: readonly number[]
  readonly batchShape: BatchShape
  readonly name: string
}

export function input(shape: readonly number[], name = 'input'): InputSpec {
  check(shape.length > 0 && shape.every((d) => Number.isInteger(d) && d > 0), 'Input', () => `shape must list positive integers, got [${shape.join(', ')}]`)
  return { kind: 'input', shape: [...shape], batchShape: [null, ...shape], name }
}
