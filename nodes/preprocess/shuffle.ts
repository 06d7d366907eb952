import { Random, shuffleRows } from '../../src/core/index.ts'
import { defineNode, input, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'

export default defineNode({
  type: 'preprocess/shuffle',
  title: 'Shuffle',
  doc: 'Puts the rows in a random order, keeping each x with its y (like iris.sample(frac=1) in the chapter). Useful before a split, so that validation rows are not all of one class.',
  inputs: { data: input(Port.Dataset) },
  outputs: { dataset: output(Port.Dataset, { doc: 'The same rows, reordered.' }) },
  params: {
    seed: param.integer({ default: 0, min: 0, max: 2 ** 32 - 1, doc: 'Fixes the order: the same seed gives the same shuffle.' }),
  },
  evaluate: ({ inputs, params }) => {
    const [x, y] = shuffleRows([inputs.data.x, inputs.data.y], new Random(params.seed))
    return { dataset: { ...inputs.data, x, y } }
  },
  shapes: ({ data }) => ({ dataset: data }),
})
