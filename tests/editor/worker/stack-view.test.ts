import { describe, expect, it } from 'vitest'
import { stackView } from '../../../src/editor/worker/stack-view.ts'
import type { ModelSpec } from '../../../src/runtime/values.ts'

const spec: ModelSpec = {
  inputNodeId: 'seq',
  inputShape: [10],
  data: null,
  init: { generator: 'default', seed: 0, skipNormals: 0 },
  layers: [
    { nodeId: 'seq', autoName: true, kind: 'dense', config: { units: 20, activation: 'relu' } },
    { nodeId: 'seq', autoName: true, kind: 'batchnorm', config: {} },
    { nodeId: 'seq', autoName: true, kind: 'dropout', config: { rate: 0.5 } },
    { nodeId: 'seq', autoName: true, kind: 'dense', config: { units: 3, activation: 'softmax' } },
  ],
}

describe('a Sequential node’s drawing', () => {
  it('counts each layer’s params as Keras does: 220, 80, 0, 63', () => {
    expect(stackView(spec, 'seq')?.layers.map((l) => l.params)).toEqual([220, 80, 0, 63])
  })

  it('totals 363 params, 323 of them trainable', () => {
    expect(stackView(spec, 'seq')).toMatchObject({ totalParams: 363, trainableParams: 323 })
  })

  it('draws only the layers the node itself added', () => {
    const extended = { ...spec, layers: [{ nodeId: 'first', kind: 'dense' as const, config: { units: 10 } }, ...spec.layers] }
    expect(stackView(extended, 'seq')?.layers).toHaveLength(4)
  })
})
