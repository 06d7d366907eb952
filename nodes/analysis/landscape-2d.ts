import { fromStorage, linspace } from '../../src/core/index.ts'
import { defineNode, input, optionalInput, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import { buildModel } from '../../src/runtime/model-builder.ts'
import { locateWeight } from '../../src/analysis/locate-weight.ts'
import { checkRange, lossOverPlane } from '../../src/analysis/weight-sweep.ts'
import { lossOf, sweepData } from './sweep-inputs.ts'

const coordinate = (what: string, axis: string) => ({
  layer: param.integer({ default: 0, min: 0, max: 1000, doc: `Weight ${what}: which Dense layer, counting from 0 at the input.` }),
  row: param.integer({ default: 0, min: 0, max: 100_000, doc: `Weight ${what}: the kernel row (which input of the layer, 0-based).` }),
  column: param.integer({ default: what === 'A' ? 0 : 1, min: 0, max: 100_000, doc: `Weight ${what}: the kernel column (which unit of the layer, 0-based).` }),
  from: param.number({ default: -5, min: -1000, max: 1000, doc: `Weight ${what}: the lowest value (${axis} axis).` }),
  to: param.number({ default: 5, min: -1000, max: 1000, doc: `Weight ${what}: the highest value (${axis} axis).` }),
})

const a = coordinate('A', 'x')
const b = coordinate('B', 'y')

export default defineNode({
  type: 'analysis/landscape-2d',
  title: 'Loss landscape (2 weights)',
  doc: 'The loss over a plane of two weights: the model keeps its initial weights except weight A (x axis) and weight B (y axis), which take every pair of values on a grid. Valleys, ridges and saddle points show where gradient descent would roll.',
  inputs: {
    model: input(Port.Model),
    data: optionalInput(Port.Dataset, { doc: 'The data to compute the loss on. If unconnected, the data the model chain starts from.' }),
    loss: input(Port.Loss),
  },
  outputs: {
    chart: output(Port.Chart, { doc: 'The loss as a heatmap with contours.' }),
    grid: output(Port.Tensor, { doc: 'grid[i, j]: the loss at A = j-th value, B = i-th value; shape [resolution, resolution].' }),
  },
  params: {
    layerA: a.layer,
    rowA: a.row,
    columnA: a.column,
    fromA: a.from,
    toA: a.to,
    layerB: b.layer,
    rowB: b.row,
    columnB: b.column,
    fromB: b.from,
    toB: b.to,
    resolution: param.integer({ default: 40, min: 3, max: 400, doc: 'Grid points along each axis: the loss is computed resolution² times.' }),
  },
  evaluate: async ({ inputs, params, scheduler, signal }) => {
    checkRange(params.fromA, params.toA, 'A')
    checkRange(params.fromB, params.toB, 'B')
    const model = buildModel(inputs.model)
    const data = sweepData(inputs.model, model, inputs.loss, inputs.data)
    const wa = locateWeight(model, { layer: params.layerA, row: params.rowA, column: params.columnA }, 'A')
    const wb = locateWeight(model, { layer: params.layerB, row: params.rowB, column: params.columnB }, 'B')
    if (wa.data === wb.data && wa.index === wb.index) throw new Error(`weights A and B are the same weight (${wa.label}): pick two different ones`)
    const n = params.resolution
    const xs = linspace(params.fromA, params.toA, n, { dtype: 'float64' }).data
    const ys = linspace(params.fromB, params.toB, n, { dtype: 'float64' }).data
    const values = await lossOverPlane(wa, wb, xs, ys, () => lossOf(model, inputs.loss, data), { scheduler, signal })
    const z = Array.from({ length: n }, (_, i) => Array.from(values.subarray(i * n, (i + 1) * n)))
    return {
      chart: { kind: 'landscape', title: 'Loss landscape', xLabel: wa.label, yLabel: wb.label, grid: { x: Array.from(xs), y: Array.from(ys), z } },
      grid: fromStorage(values, [n, n]),
    }
  },
  shapes: (_inputs, params) => ({ grid: [params.resolution, params.resolution] }),
})
