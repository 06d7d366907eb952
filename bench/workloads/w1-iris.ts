/**
 * W1 — the chapter's iris fit: standardized iris features, one-hot labels, an MLP
 * 4→256→256→256→3 (relu, relu, relu, softmax), glorot-uniform kernels and zero biases,
 * categorical cross-entropy, Adam(0.001), 100 epochs of batches of 30, reshuffled each
 * epoch. Both systems train on the same numbers from the same initial weights (tfjs
 * receives Flowgrad's initial weights); only the shuffling order differs.
 * Measures the wall time of one whole fit.
 */
import * as tf from '@tensorflow/tfjs-core'
import * as tfl from '@tensorflow/tfjs-layers'
import type { Tensor } from '../../src/core/index.ts'
import { Dense, Sequential, input, loadIris, standardize, toCategorical } from '../../src/core/index.ts'
import type { RunPlan, Timing } from '../stats.ts'
import { timeRuns } from '../stats.ts'
import { FLOWGRAD } from '../systems/flowgrad.ts'
import type { TfjsSystem } from '../systems/tfjs.ts'
import { TFJS_SYSTEMS, useBackend } from '../systems/tfjs.ts'

const SEED = 0
const EPOCHS = 100
const BATCH_SIZE = 30
const HIDDEN = [256, 256, 256]
const CLASSES = 3
/** Sanity bar: a correct fit of this model separates the training set this well. */
export const MIN_ACCURACY = 0.95

export interface W1SystemResult extends Timing {
  /** Training accuracy over the last epoch, as Keras' history reports it. */
  accuracy: number
}

export type W1Result = Record<typeof FLOWGRAD | TfjsSystem, W1SystemResult>
export type W1Plans = Record<typeof FLOWGRAD | TfjsSystem, RunPlan>

interface IrisData {
  x: Tensor
  y: Tensor
}

function irisData(): IrisData {
  const iris = loadIris()
  return { x: standardize(iris.x).x, y: toCategorical(iris.labels, CLASSES) }
}

function flowgradModel(): Sequential {
  const layers = HIDDEN.map((units) => new Dense({ units, activation: 'relu' }))
  const model = new Sequential([input([4]), ...layers, new Dense({ units: CLASSES, activation: 'softmax' })], { seed: SEED })
  model.compile({ loss: 'categorical_crossentropy', optimizer: 'adam', metrics: ['accuracy'] })
  return model
}

function lastValue(history: Record<string, number[]>, key: string): number {
  const values = history[key]
  return values ? values[values.length - 1] : Number.NaN
}

async function runFlowgrad(data: IrisData, plan: RunPlan): Promise<W1SystemResult> {
  const { timing, last } = await timeRuns(
    plan,
    flowgradModel,
    (model) => model.fit(data.x, data.y, { epochs: EPOCHS, batchSize: BATCH_SIZE, seed: SEED }),
  )
  return { ...timing, accuracy: lastValue(last.history, 'accuracy') }
}

/** The same architecture in tfjs-layers, starting from Flowgrad's initial weights. */
function tfjsModel(initialWeights: readonly Float32Array[], shapes: readonly (readonly number[])[]): tfl.Sequential {
  const model = tfl.sequential()
  HIDDEN.forEach((units, i) => {
    model.add(tfl.layers.dense({ units, activation: 'relu', kernelInitializer: 'glorotUniform', biasInitializer: 'zeros', ...(i === 0 ? { inputShape: [4] } : {}) }))
  })
  model.add(tfl.layers.dense({ units: CLASSES, activation: 'softmax', kernelInitializer: 'glorotUniform', biasInitializer: 'zeros' }))
  const weights = initialWeights.map((w, i) => tf.tensor(w, [...shapes[i]]))
  model.setWeights(weights)
  tf.dispose(weights)
  model.compile({ loss: 'categoricalCrossentropy', optimizer: tf.train.adam(0.001), metrics: ['accuracy'] })
  return model
}

function historyNumber(value: number | tf.Tensor | undefined): number {
  if (value === undefined) return Number.NaN
  return typeof value === 'number' ? value : value.dataSync()[0]
}

async function runTfjs(data: IrisData, plan: RunPlan): Promise<W1SystemResult> {
  const reference = flowgradModel()
  const initialWeights = reference.getWeights().map((w) => Float32Array.from(w))
  const shapes = reference.trainableWeights.map((w) => w.shape)
  const x = tf.tensor2d(Float32Array.from(data.x.data), [data.x.shape[0], data.x.shape[1]])
  const y = tf.tensor2d(Float32Array.from(data.y.data), [data.y.shape[0], data.y.shape[1]])
  try {
    const { timing, last } = await timeRuns(
      plan,
      () => tfjsModel(initialWeights, shapes),
      (model) => model.fit(x, y, { epochs: EPOCHS, batchSize: BATCH_SIZE, shuffle: true, verbose: 0 }),
      (model) => {
        // The optimizer was passed in, so the model does not own (or dispose) it.
        model.optimizer.dispose()
        model.dispose()
      },
    )
    const acc = last.history['acc'] ?? last.history['accuracy']
    return { ...timing, accuracy: historyNumber(acc?.[acc.length - 1]) }
  } finally {
    tf.dispose([x, y])
  }
}

/** Runs W1 on every system; `log` reports progress as each system finishes. */
export async function runW1(plans: W1Plans, log: (line: string) => void): Promise<W1Result> {
  const data = irisData()
  const flowgrad = await runFlowgrad(data, plans.flowgrad)
  log(`W1 flowgrad   ${flowgrad.medianMs.toFixed(0)} ms, accuracy ${flowgrad.accuracy.toFixed(3)}`)
  const result: Partial<W1Result> = { flowgrad }
  for (const { id, backend } of TFJS_SYSTEMS) {
    await useBackend(backend)
    const r = await runTfjs(data, plans[id])
    log(`W1 ${id.padEnd(10)} ${r.medianMs.toFixed(0)} ms, accuracy ${r.accuracy.toFixed(3)}`)
    result[id] = r
  }
  for (const [id, r] of Object.entries(result)) {
    if (!(r.accuracy >= MIN_ACCURACY)) console.warn(`warning: W1 ${id} reached training accuracy ${r.accuracy}, below ${MIN_ACCURACY}`)
  }
  return result as W1Result
}
