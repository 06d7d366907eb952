import type { Dataset, LayerSpec, ModelInit, ModelSpec } from '../../src/runtime/values.ts'

/**
 * The model a layer node adds to: the Model connected before it, or a new one that starts
 * from a Dataset, taking its input width from the data and its initial-weight settings from
 * the node. Shared by the nodes a chain can start from (Dense, Sequential).
 */
export function startModel(nodeId: string, upstream: { model?: ModelSpec; data?: Dataset }, init: ModelInit): ModelSpec {
  if (upstream.model && upstream.data) throw new Error('connect either a Model or a Dataset, not both')
  if (upstream.model) return upstream.model
  if (!upstream.data) throw new Error('connect a Model (an Input or a layer) or a Dataset to start the model')
  return { inputNodeId: nodeId, inputShape: [upstream.data.x.shape[1]], data: upstream.data, layers: [], init }
}

/** The model with one more layer at the end: what a layer node in a chain outputs. */
export function withLayer(model: ModelSpec, layer: LayerSpec): { model: ModelSpec } {
  return { model: { ...model, layers: [...model.layers, layer] } }
}
