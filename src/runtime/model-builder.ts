import { Dense, NumpyRandomState, Random, Sequential, createLayer, initialize, input, outputWidth } from '../core/index.ts'
import type { Tensor } from '../core/index.ts'
import type { ModelSpec } from './values.ts'

function fans(w: Tensor): [number, number] {
  return w.rank === 2 ? [w.shape[0], w.shape[1]] : [w.shape[0], w.shape[0]]
}

/** Redraws every kernel, then every bias, from one NumPy-legacy stream (the chapter's order). */
function reinitializeLegacy(model: Sequential, spec: ModelSpec): void {
  const rng = new NumpyRandomState(spec.init.seed)
  for (let i = 0; i < spec.init.skipNormals; i++) rng.normal()
  const dense = model.layers.filter((l): l is Dense => l instanceof Dense)
  for (const layer of dense) if (layer.kernel) initialize(layer.kernelInitializer, layer.kernel.data, ...fans(layer.kernel), rng, layer.kernelValues ?? undefined)
  for (const layer of dense) if (layer.bias && layer.kernel) initialize(layer.biasInitializer, layer.bias.data, ...fans(layer.kernel), rng, layer.biasValues ?? undefined)
}

/** A fresh Sequential model with initial weights, from a model node chain's spec. */
export function buildModel(spec: ModelSpec): Sequential {
  // A name the layer was given wins; a layer node's layer is named for the node.
  const layers = spec.layers.map((l) => createLayer(l, l.config.name ?? (l.autoName ? undefined : l.nodeId)))
  const model = new Sequential([input([...spec.inputShape]), ...layers], { seed: spec.init.seed, rng: spec.init.generator === 'default' ? new Random(spec.init.seed) : undefined })
  if (spec.init.generator === 'numpy-legacy') reinitializeLegacy(model, spec)
  return model
}

/** The width of a model's output: its last Dense's units, or its input's width. */
export function modelOutputWidth(spec: ModelSpec): number {
  return spec.layers.reduce((width, layer) => outputWidth(layer, width), spec.inputShape[0] ?? 0)
}
