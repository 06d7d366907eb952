import { toCategorical } from '../../src/core/index.ts'
import { defineNode, input, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import type { Dataset } from '../../src/runtime/values.ts'

/** One-hot targets from a y of class indices; a data set that is already one-hot passes through. */
export function oneHot(data: Dataset): Dataset {
  if (data.encoding === 'one-hot') return data
  const { y } = data
  if (!(y.rank === 1 || (y.rank === 2 && y.shape[1] === 1))) {
    throw new Error(`y has shape [${y.shape.join(', ')}]; one-hot encoding needs one column of class indices`)
  }
  const known = data.classes?.length
  let max = -1
  for (let i = 0; i < y.size; i++) {
    const v = y.data[i]
    if (!Number.isInteger(v) || v < 0) {
      const hint = data.encoding === 'sign' ? ' (this data set labels classes −1/+1)' : ''
      throw new Error(`row ${i} (counting from 0): y = ${v} is not a class index (a whole number ≥ 0)${hint}`)
    }
    if (known !== undefined && v >= known) throw new Error(`row ${i} (counting from 0): y = ${v} is not one of the ${known} classes (0…${known - 1})`)
    max = Math.max(max, v)
  }
  const count = known ?? max + 1
  const classes = data.classes ?? Array.from({ length: count }, (_, k) => String(k))
  return { ...data, y: toCategorical(y.data, count, y.dtype), targetNames: classes, classes, encoding: 'one-hot' }
}

export default defineNode({
  type: 'preprocess/one-hot',
  title: 'One-hot',
  doc: "Turns class indices into one-hot rows, like keras.utils.to_categorical: with 3 classes, class 2 becomes [0, 0, 1]. Categorical cross-entropy compares these rows with the model's softmax output. Data that is already one-hot passes through unchanged.",
  inputs: { data: input(Port.Dataset, { doc: 'A data set whose y holds class indices (0, 1, 2…).' }) },
  outputs: { dataset: output(Port.Dataset, { doc: 'The same x; y with one column per class.' }) },
  params: {},
  evaluate: ({ inputs }) => ({ dataset: oneHot(inputs.data) }),
  shapes: ({ data }) => ({ dataset: data }),
})
