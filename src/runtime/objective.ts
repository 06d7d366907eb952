import { binaryCrossentropy, categoricalCrossentropy, logisticLoss, meanSquaredError, prepareTargets } from '../core/index.ts'
import type { Loss, ObjectiveSpec, Sequential } from '../core/index.ts'
import type { Dataset, LossSpec } from './values.ts'

/** The core loss a Loss node describes. */
export function coreLoss(spec: LossSpec): Loss {
  switch (spec.kind) {
    case 'mse':
      return meanSquaredError({ reduction: spec.reduction })
    case 'binary_crossentropy':
      return binaryCrossentropy({ reduction: spec.reduction, fromLogits: spec.fromLogits })
    case 'categorical_crossentropy':
      return categoricalCrossentropy({ reduction: spec.reduction, fromLogits: spec.fromLogits })
    case 'logistic':
      return logisticLoss({ reduction: spec.reduction })
  }
}

/** What a Loss node asks training to minimize: its loss and its weight decay. */
export function objectiveOf(spec: LossSpec): ObjectiveSpec {
  return { loss: coreLoss(spec), weightDecay: { l2: spec.l2, perEpoch: spec.l2PerEpoch } }
}

/** A data set made fit for a built model and a Loss node (one-hot, label and width checks). */
export function prepareData(data: Dataset, loss: LossSpec, model: Sequential, inputShape: readonly number[]): Dataset {
  return prepareTargets(data, loss.kind, { features: inputShape[0], outputs: model.outputShape[1] as number })
}
