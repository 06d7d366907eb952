import { fromStorage, linspace } from '../../src/core/index.ts'
import { defineNode, input, optionalInput, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import { buildModel } from '../../src/runtime/model-builder.ts'
import { locateWeight } from '../../src/analysis/locate-weight.ts'
import { checkRange, lossAlong } from '../../src/analysis/weight-sweep.ts'
import { lossOf, sweepData } from './sweep-inputs.ts'

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
    const losses = await lossAlong(weight, values, () => lossOf(model, inputs.loss, data), { scheduler, signal })
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
