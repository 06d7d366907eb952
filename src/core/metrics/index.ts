import { fail } from '../errors.ts'
import type { LossName } from '../losses/index.ts'
import type { Metric, MetricName } from './accuracy.ts'
import { binaryAccuracy, categoricalAccuracy } from './accuracy.ts'

export type { Metric, MetricName } from './accuracy.ts'
export { binaryAccuracy, categoricalAccuracy }

/**
 * Resolves a metric name. "accuracy" follows Keras: binary accuracy for a binary loss,
 * categorical accuracy for a categorical one. Its history key stays "accuracy".
 */
export function getMetric(name: MetricName, loss: LossName): { key: string; metric: Metric } {
  switch (name) {
    case 'accuracy':
      return { key: 'accuracy', metric: loss === 'categorical_crossentropy' ? categoricalAccuracy() : binaryAccuracy() }
    case 'binary_accuracy':
      return { key: name, metric: binaryAccuracy() }
    case 'categorical_accuracy':
      return { key: name, metric: categoricalAccuracy() }
    default:
      return fail('compile', `unknown metric "${String(name)}"; expected accuracy, binary_accuracy or categorical_accuracy`)
  }
}
