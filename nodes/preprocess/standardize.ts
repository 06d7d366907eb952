import { applyStandardizer, fitStandardizer } from '../../src/core/index.ts'
import { defineNode, input, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'

export default defineNode({
  type: 'preprocess/standardize',
  title: 'Standardize',
  doc: 'Centres each feature on 0 and scales it to unit (population) standard deviation, using statistics fitted on the incoming data. The fitted mean and std are shown as a table.',
  inputs: { data: input(Port.Dataset) },
  outputs: {
    dataset: output(Port.Dataset),
    stats: output(Port.Table, { doc: 'The fitted mean and standard deviation of each feature.' }),
  },
  params: {
    enabled: param.boolean({ default: true, label: 'On', doc: 'Off: the data passes through unchanged (the statistics are still shown). Turning it on or off while a trainer runs carries the run on with the same weights.' }),
  },
  evaluate: ({ inputs, params }) => {
    const stats = fitStandardizer(inputs.data.x)
    return {
      dataset: params.enabled ? { ...inputs.data, x: applyStandardizer(stats, inputs.data.x) } : inputs.data,
      stats: {
        title: 'Standardization',
        columns: ['feature', 'mean', 'std'],
        rows: inputs.data.featureNames.map((f, i) => [f, stats.mean[i], stats.std[i]]),
        footer: [],
      },
    }
  },
  shapes: ({ data }) => ({ dataset: data, stats: data ? [data[1] ?? null, 3] : undefined }),
})
