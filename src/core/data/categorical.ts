import { check } from '../errors.ts'
import type { DType } from '../dtype.ts'
import { allocate } from '../dtype.ts'
import { Tensor } from '../tensor.ts'

/** One-hot rows from integer class labels, like keras.utils.to_categorical. */
export function toCategorical(labels: ArrayLike<number>, numClasses?: number, dtype: DType = 'float32'): Tensor {
  let max = -1
  for (let i = 0; i < labels.length; i++) {
    const v = labels[i]
    check(Number.isInteger(v) && v >= 0, 'toCategorical', () => `label ${v} at index ${i} is not a non-negative integer`)
    if (v > max) max = v
  }
  const classes = numClasses ?? max + 1
  check(Number.isInteger(classes) && classes > 0, 'toCategorical', () => `numClasses must be a positive integer, got ${classes}`)
  const out = allocate(dtype, labels.length * classes)
  for (let i = 0; i < labels.length; i++) {
    const v = labels[i]
    check(v < classes, 'toCategorical', () => `label ${v} at index ${i} is out of range for ${classes} classes (0…${classes - 1})`)
    out[i * classes + v] = 1
  }
  return Tensor.constant(out, [labels.length, classes])
}
