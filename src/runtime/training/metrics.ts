import { binaryAccuracy, categoricalAccuracy } from '../../core/index.ts'
import type { LossName, Metric, Tensor } from '../../core/index.ts'

/** For ±1 labels and real scores: the sign of the score is the predicted label. */
function signAccuracy(): Metric {
  return {
    name: 'binary_accuracy',
    compute: (yTrue: Tensor, yPred: Tensor) => {
      let total = 0
      for (let i = 0; i < yPred.size; i++) if ((yPred.data[i] > 0 ? 1 : -1) === yTrue.data[i]) total++
      return { total, count: yPred.size }
    },
  }
}

/** The metrics a trainer reports for a loss: accuracy wherever it means something. */
export function metricsFor(loss: LossName): { key: string; metric: Metric }[] {
  switch (loss) {
    case 'categorical_crossentropy':
      return [{ key: 'accuracy', metric: categoricalAccuracy() }]
    case 'binary_crossentropy':
      return [{ key: 'accuracy', metric: binaryAccuracy() }]
    case 'logistic':
      return [{ key: 'accuracy', metric: signAccuracy() }]
    case 'mse':
      return []
  }
}
