import { fail } from '../errors.ts'
import type { LossName } from '../losses/index.ts'
import type { Metric, MetricName } from './accuracy.ts'
import { binaryAccuracy, categoricalAccuracy, signAccuracy } from './accuracy.ts'

export type { Metric, MetricName } from './accuracy.ts'
export { binaryAccuracy, categoricalAccuracy, signAccuracy }

/** A metric with the key its value has in the epoch logs. */
export interface NamedMetric {
  readonly key: string
  readonly metric: Metric
}

function accuracyFor(loss: LossName): Metric {
  switch (loss) {
    case 'categorical_crossentropy':
      return categoricalAccuracy()
    case 'logistic':
      return signAccuracy()
    default:
      return binaryAccuracy()
  }
}

/**
 * Resolves a metric name. "accuracy" follows Keras: binary accuracy for a binary loss,
 * categorical accuracy for a categorical one, and the sign of the score for the logistic
 * loss's ±1 labels. Its history key stays "accuracy".
 */
export function getMetric(name: MetricName, loss: LossName): NamedMetric {
  switch (name) {
    case 'accuracy':
      return { key: 'accuracy', metric: accuracyFor(loss) }
    case 'binary_accuracy':
      return { key: name, metric: binaryAccuracy() }
    case 'categorical_accuracy':
      return { key: name, metric: categoricalAccuracy() }
    case 'sign_accuracy':
      return { key: name, metric: signAccuracy() }
    default:
      return fail('compile', `unknown metric "${String(name)}"; expected accuracy, binary_accuracy, categorical_accuracy or sign_accuracy`)
  }
}

/** What a trainer reports for a loss without being asked: accuracy wherever it means something. */
export function defaultMetrics(loss: LossName): NamedMetric[] {
  return loss === 'mse' ? [] : [getMetric('accuracy', loss)]
}
