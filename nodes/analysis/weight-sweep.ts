import { Dense, fromStorage, linspace, noGrad, objective } from '../../src/core/index.ts'
import type { Sequential, Tensor } from '../../src/core/index.ts'
import type { SchedulerLike } from 'rxjs'
import { defineNode, input, optionalInput, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import { buildModel } from '../../src/runtime/model-builder.ts'
import { objectiveOf, prepareData } from '../../src/runtime/objective.ts'
import type { Dataset, LossSpec, ModelSpec } from '../../src/runtime/values.ts'

/** One kernel entry: kernel[row, column] of the layer-th Dense layer (all 0-based). */
export interface WeightRef {
  readonly layer: number
  readonly row: number
  readonly column: number
}

export interface LocatedWeight {
  /** The kernel's storage, to overwrite the entry in place. */
  readonly data: Tensor['data']
  readonly index: number
  /** e.g. "dense1 W[3, 9]". */
  readonly label: string
}

/** Finds a kernel entry in a built model; out-of-range coordinates are named. */
export function locateWeight(model: Sequential, ref: WeightRef, which = ''): LocatedWeight {
  const prefix = which === '' ? '' : `weight ${which}: `
  const dense = model.layers.filter((l): l is Dense => l instanceof Dense)
  if (ref.layer >= dense.length) {
    throw new Error(`${prefix}layer ${ref.layer} is out of range: the model has ${dense.length} Dense layer${dense.length === 1 ? '' : 's'} (0…${dense.length - 1})`)
  }
  const layer = dense[ref.layer]
  const kernel = layer.kernel
  if (!kernel) throw new Error(`${prefix}layer ${ref.layer} ("${layer.name}") has no kernel`)
  const [rows, cols] = kernel.shape
  const shape = `layer ${ref.layer} ("${layer.name}") has a ${rows}×${cols} kernel`
  if (ref.row >= rows) throw new Error(`${prefix}row ${ref.row} is out of range: ${shape} (rows 0…${rows - 1}, one per input)`)
  if (ref.column >= cols) throw new Error(`${prefix}column ${ref.column} is out of range: ${shape} (columns 0…${cols - 1}, one per unit)`)
  return { data: kernel.data, index: ref.row * cols + ref.column, label: `${layer.name} W[${ref.row}, ${ref.column}]` }
}

/**
 * The data to evaluate on — the connected data set, or the one the model chain starts
 * from — prepared for the model and the loss exactly as a trainer prepares them.
 */
export function sweepData(spec: ModelSpec, model: Sequential, loss: LossSpec, data: Dataset | undefined): Dataset {
  const d = data ?? spec.data
  if (!d) throw new Error('connect data: to the data input, or at the start of the model chain')
  return prepareData(d, loss, model, spec.inputShape)
}

/** The training objective (loss + L2 penalty) of a model on the whole data set, without autograd. */
export function lossOf(model: Sequential, loss: LossSpec, data: Dataset): number {
  return noGrad(() => objective(model, objectiveOf(loss), data.x, data.y).loss.item())
}

export interface SliceControl {
  readonly scheduler: SchedulerLike
  readonly signal: AbortSignal
}

const SLICE_MS = 25

/**
 * `count` evaluations of `f(k)`, in time slices: between slices the thread is handed back
 * through the scheduler, and a superseded evaluation stops.
 */
export async function sliced(count: number, f: (k: number) => number, control: SliceControl): Promise<Float64Array> {
  const out = new Float64Array(count)
  let sliceStart = performance.now()
  for (let k = 0; k < count; k++) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise<void>((resolve) => control.scheduler.schedule(() => resolve()))
      control.signal.throwIfAborted()
      sliceStart = performance.now()
    }
    out[k] = f(k)
  }
  return out
}

export function checkRange(from: number, to: number, which = ''): void {
  if (!(to > from)) throw new Error(`${which === '' ? '' : `weight ${which}: `}to (${to}) must be greater than from (${from})`)
}

export default defineNode({
  type: 'analysis/weight-sweep',
  title: 'Loss along one weight',
  doc: "Takes the model with its initial weights, moves one weight — kernel[row, column] of one Dense layer — across a range while all others stay put, and plots the loss at each value. With a hidden layer the curve can have several valleys: the loss is not convex in the weights, so gradient descent can get stuck in a local minimum (the chapter's figure: 6→20→1 sigmoids, kernel[3, 9] of the first layer from −5 to 5).",
  inputs: {
    model: input(Port.Model),
    data: optionalInput(Port.Dataset, { doc: 'The data to compute the loss on. If unconnected, the data the model chain starts from.' }),
    loss: input(Port.Loss),
  },
  outputs: {
    curve: output(Port.Chart, { doc: 'Loss (y) against the weight value (x).' }),
    losses: output(Port.Tensor, { doc: 'The loss at each of the `points` values, shape [points].' }),
  },
  params: {
    layer: param.integer({ default: 0, min: 0, max: 1000, doc: 'Which Dense layer, counting from 0 at the input.' }),
    row: param.integer({ default: 0, min: 0, max: 100_000, doc: 'The kernel row: which input of the layer (0-based).' }),
    column: param.integer({ default: 0, min: 0, max: 100_000, doc: 'The kernel column: which unit of the layer (0-based).' }),
    from: param.number({ default: -5, min: -1000, max: 1000, doc: 'The first weight value.' }),
    to: param.number({ default: 5, min: -1000, max: 1000, doc: 'The last weight value.' }),
    points: param.integer({ default: 100, min: 2, max: 10_000, doc: 'How many evenly spaced values to try.' }),
  },
  evaluate: async ({ inputs, params, label, scheduler, signal }) => {
    checkRange(params.from, params.to)
    const model = buildModel(inputs.model)
    const data = sweepData(inputs.model, model, inputs.loss, inputs.data)
    const weight = locateWeight(model, params)
    const values = linspace(params.from, params.to, params.points, { dtype: 'float64' }).data
    const losses = await sliced(
      values.length,
      (k) => {
        weight.data[weight.index] = values[k]
        return lossOf(model, inputs.loss, data)
      },
      { scheduler, signal },
    )
    return {
      curve: {
        kind: 'line',
        title: `Loss along ${weight.label}`,
        xLabel: weight.label,
        yLabel: 'loss',
        series: [{ name: label, x: Array.from(values), y: Array.from(losses) }],
      },
      losses: fromStorage(losses, [values.length]),
    }
  },
  shapes: (_inputs, params) => ({ losses: [params.points] }),
})
