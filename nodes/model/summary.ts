import { defineNode, input, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { buildModel } from '../../src/runtime/model-builder.ts'
import { formatBatchShape } from '../../src/core/index.ts'

export default defineNode({
  type: 'model/summary',
  title: 'Model summary',
  doc: "Keras' model.summary(): each layer with its output shape and number of parameters, and the totals. A Dense layer with n inputs and u units has n·u weights plus u biases; batch normalization has 4 per feature, of which its moving mean and variance are non-trainable; dropout and activation layers have none.",
  inputs: { model: input(Port.Model) },
  outputs: { table: output(Port.Table) },
  params: {},
  evaluate: ({ inputs }) => {
    const summary = buildModel(inputs.model).summaryData()
    return {
      table: {
        title: 'Model summary',
        columns: ['Layer (type)', 'Output Shape', 'Param #'],
        rows: summary.rows.map((r) => [`${r.layer} (${r.type})`, formatBatchShape(r.outputShape), r.params]),
        footer: [`Total params: ${summary.totalParams}`, `Trainable params: ${summary.trainableParams}`, `Non-trainable params: ${summary.nonTrainableParams}`],
      },
    }
  },
  shapes: ({ model }) => ({ table: model ? [null, 3] : undefined }),
})
