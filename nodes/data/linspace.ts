import { linspace } from '../../src/core/index.ts'
import { defineNode, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'

export default defineNode({
  type: 'data/linspace',
  title: 'Linspace',
  doc: '`num` evenly spaced numbers from start to stop, both included, like np.linspace: the x axis to draw a function on. Kept in double precision (float64).',
  inputs: {},
  outputs: { tensor: output(Port.Tensor, { doc: 'Shape [num].' }) },
  params: {
    start: param.number({ default: -4, min: -1e6, max: 1e6, doc: 'The first value.' }),
    stop: param.number({ default: 4, min: -1e6, max: 1e6, doc: 'The last value.' }),
    num: param.integer({ default: 100, min: 1, max: 1_000_000, scale: 'log', doc: 'How many values.' }),
  },
  evaluate: ({ params }) => ({ tensor: linspace(params.start, params.stop, params.num, { dtype: 'float64' }) }),
  shapes: (_inputs, params) => ({ tensor: [params.num] }),
})
