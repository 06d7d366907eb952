import type { Tensor } from '../tensor.ts'
import type { LossName } from '../losses/index.ts'
import { toCategorical } from '../data/categorical.ts'

/**
 * How a target tensor encodes its values, so a loss (or a plot) can check and read it:
 * 0 or 1, class numbers, −1 or +1, one column per class, or real numbers.
 */
export const TARGET_ENCODINGS = ['binary', 'index', 'sign', 'one-hot', 'real'] as const
export type TargetEncoding = (typeof TARGET_ENCODINGS)[number]

/** Features and targets with the encoding of the targets. */
export interface LabelledData {
  /** [rows, features] */
  readonly x: Tensor
  /** [rows, targets] */
  readonly y: Tensor
  readonly encoding: TargetEncoding
  /** The class names, when y holds class indices or one-hot rows: their number is the class count. */
  readonly classes?: readonly string[]
}

/** The input and output widths of the model the data meet. */
export interface ModelWidths {
  readonly features: number
  readonly outputs: number
}

function checkSigns(y: Tensor): void {
  for (let i = 0; i < y.size; i++) {
    const v = y.data[i]
    if (v !== 1 && v !== -1) throw new Error(`the logistic loss needs labels −1 or +1, found ${v} at row ${Math.floor(i / (y.shape[1] ?? 1))}`)
  }
}

/**
 * The one place where data are made fit for a model and a loss, for training and for
 * every analysis that evaluates the loss: class indices become one-hot rows for a
 * categorical cross-entropy (as Keras' sparse variant would take them), ±1 labels are
 * checked for the logistic loss, and feature and output counts are checked. The errors
 * are plain sentences: a node shows them as they are.
 */
export function prepareTargets<D extends LabelledData>(data: D, loss: LossName, model: ModelWidths): D {
  const features = data.x.shape[1]
  if (features !== model.features) throw new Error(`the data have ${features} features but the model's input expects ${model.features}`)
  let out: D = data
  if (loss === 'categorical_crossentropy' && data.encoding === 'index') {
    out = { ...data, y: toCategorical(data.y.data, data.classes?.length, data.y.dtype), encoding: 'one-hot' }
  }
  if (loss === 'logistic') checkSigns(out.y)
  const targets = out.y.shape[1]
  if (targets !== model.outputs) throw new Error(`the model outputs ${model.outputs} values per sample but the targets have ${targets} (${out.encoding} encoding)`)
  return out
}
