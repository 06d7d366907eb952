import { Random, trainValidationSplit } from '../../src/core/index.ts'
import { defineNode, input, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'

export default defineNode({
  type: 'preprocess/split',
  title: 'Train/validation split',
  doc: 'Holds out a random part of the rows as validation data: the model never trains on them, so their loss shows how well it does on data it has not seen. Connect train to the trainer’s data and validation to its validation input.',
  inputs: { data: input(Port.Dataset) },
  outputs: {
    train: output(Port.Dataset, { doc: 'The rows to train on.' }),
    validation: output(Port.Dataset, { doc: 'The held-out rows (⌊rows × fraction⌋ of them).' }),
  },
  params: {
    fraction: param.number({ default: 0.2, min: 0.05, max: 0.95, step: 0.05, doc: 'The share of rows held out for validation.' }),
    seed: param.integer({ default: 0, min: 0, max: 2 ** 32 - 1, doc: 'Fixes which rows are held out.' }),
  },
  evaluate: ({ inputs, params }) => {
    const data = inputs.data
    const { train, validation } = trainValidationSplit([data.x, data.y], params.fraction, new Random(params.seed))
    return {
      train: { ...data, name: `${data.name} (train)`, x: train[0], y: train[1] },
      validation: { ...data, name: `${data.name} (validation)`, x: validation[0], y: validation[1] },
    }
  },
  shapes: ({ data }, params) => {
    const rows = data?.[0]
    if (!data || rows === null || rows === undefined) return { train: data, validation: data }
    const held = Math.floor(rows * params.fraction)
    return { train: [rows - held, ...data.slice(1)], validation: [held, ...data.slice(1)] }
  },
})
