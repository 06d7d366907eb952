import type { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'
import { formatShape, shapesEqual } from '../shape.ts'

export type MetricName = 'accuracy' | 'binary_accuracy' | 'categorical_accuracy' | 'sign_accuracy'

/** A metric reports, for one batch, how many samples it counts and the summed score. */
export interface Metric {
  readonly name: MetricName
  compute(yTrue: Tensor, yPred: Tensor): { total: number; count: number }
}

function checkShapes(name: string, yTrue: Tensor, yPred: Tensor): void {
  check(shapesEqual(yTrue.shape, yPred.shape), name, () => `targets ${formatShape(yTrue.shape)} and predictions ${formatShape(yPred.shape)} must have the same shape`)
}

/** Fraction of values where (ŷ > threshold) equals the 0/1 target. */
export function binaryAccuracy(threshold = 0.5): Metric {
  const compute = (yTrue: Tensor, yPred: Tensor) => {
    checkShapes('binary_accuracy', yTrue, yPred)
    let total = 0
    for (let i = 0; i < yPred.size; i++) if ((yPred.data[i] > threshold ? 1 : 0) === yTrue.data[i]) total++
    return { total, count: yPred.size }
  }
  return { name: 'binary_accuracy', compute }
}

/** For ±1 labels and real scores (the logistic loss): the sign of the score is the predicted label. */
export function signAccuracy(): Metric {
  const compute = (yTrue: Tensor, yPred: Tensor) => {
    checkShapes('sign_accuracy', yTrue, yPred)
    let total = 0
    for (let i = 0; i < yPred.size; i++) if ((yPred.data[i] > 0 ? 1 : -1) === yTrue.data[i]) total++
    return { total, count: yPred.size }
  }
  return { name: 'sign_accuracy', compute }
}

function argmaxRow(data: ArrayLike<number>, base: number, cols: number): number {
  let best = 0
  for (let c = 1; c < cols; c++) if (data[base + c] > data[base + best]) best = c
  return best
}

/** Fraction of rows whose largest prediction is at the one-hot target's class. */
export function categoricalAccuracy(): Metric {
  const compute = (yTrue: Tensor, yPred: Tensor) => {
    checkShapes('categorical_accuracy', yTrue, yPred)
    const cols = yPred.shape[yPred.rank - 1] ?? 1
    const rows = cols === 0 ? 0 : yPred.size / cols
    let total = 0
    for (let r = 0; r < rows; r++) if (argmaxRow(yPred.data, r * cols, cols) === argmaxRow(yTrue.data, r * cols, cols)) total++
    return { total, count: rows }
  }
  return { name: 'categorical_accuracy', compute }
}
