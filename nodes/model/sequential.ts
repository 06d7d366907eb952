import { readLayerList } from '../../src/core/index.ts'
import type { LayerListEntry } from '../../src/core/index.ts'
import { defineNode, optionalInput, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import type { PortShape } from '../../src/runtime/define-node.ts'
import { initParams } from './init-params.ts'
import { startModel } from './model-chain.ts'

const DEFAULT_LAYERS: readonly LayerListEntry[] = [
  { type: 'dense', units: 32, activation: 'relu' },
  { type: 'dense', units: 3, activation: 'softmax' },
]

/** The output width of a stack before it runs: its last Dense's units, else its input width. */
function stackWidth(layers: readonly LayerListEntry[], inputWidth: number | null): number | null {
  let width = inputWidth
  for (const layer of Array.isArray(layers) ? layers : []) if (layer.type === 'dense') width = layer.units
  return width
}

export default defineNode({
  type: 'model/sequential',
  title: 'Sequential',
  doc: "A whole layer stack in one node, like Keras' Sequential([...]): dense, dropout, batchnorm and activation layers, listed in order. Feed it a Dataset (the input width comes from it) or a Model to extend. The same stack as a chain of layer nodes, with the same seed, is the same model: same initial weights, same run.",
  inputs: {
    data: optionalInput(Port.Dataset, { doc: 'Start the model here from these data.' }),
    model: optionalInput(Port.Model, { doc: 'Or add the stack after these layers.' }),
  },
  outputs: { model: output(Port.Model) },
  params: {
    layers: param.layers({
      default: DEFAULT_LAYERS,
      doc: 'The layers in order, by name: dense (units, activation, useBias, kernelInitializer, biasInitializer, l1, l2), dropout (rate in [0, 1), seed), batchnorm (momentum, epsilon) and activation (activation); any layer may have a name. Left-out fields take Keras\' defaults.',
    }),
    ...initParams,
  },
  evaluate: ({ nodeId, inputs, params }) => {
    const base = startModel(nodeId, inputs, { generator: params.generator, seed: params.seed, skipNormals: params.skipNormals })
    const layers = readLayerList(params.layers).map((decl) => ({ ...decl, nodeId, autoName: true }))
    return { model: { ...base, layers: [...base.layers, ...layers] } }
  },
  shapes: ({ data, model }, params): { model?: PortShape } => {
    const input = data ? (data[1] ?? null) : model ? (model[1] ?? null) : null
    return { model: [null, stackWidth(params.layers, input)] }
  },
})
