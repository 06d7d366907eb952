import type { BatchShape, Layer, Sequential } from '../../core/index.ts'
import type { LayerSpec, ModelSpec } from '../../runtime/values.ts'
import type { LayerContext, LayerExport } from './layer-export.ts'
import { denseExport } from './dense.ts'
import { dropoutExport } from './dropout.ts'
import { batchNormExport } from './batch-normalization.ts'
import { activationExport } from './activation.ts'

export type { LayerContext, LayerExport, OnnxNode } from './layer-export.ts'

/** One writer per layer kind: a kind without one is a compile error here. */
const writers: { readonly [K in LayerSpec['kind']]: LayerExport<Extract<LayerSpec, { kind: K }>> } = {
  dense: denseExport,
  dropout: dropoutExport,
  batchnorm: batchNormExport,
  activation: activationExport,
}

/** A layer of a built model with its spec and how it is written. */
export interface ExportedLayer {
  readonly ctx: LayerContext<LayerSpec>
  readonly writer: LayerExport<LayerSpec>
}

/** Pairs each layer spec with the core layer built from it, in order, and the input width it sees. */
export function exportedLayers(spec: ModelSpec, model: Sequential): ExportedLayer[] {
  let shape: BatchShape = [null, ...spec.inputShape]
  return spec.layers.map((layerSpec, i) => {
    const layer: Layer | undefined = model.layers[i]
    // A layer node's layer is named for its node; a Sequential node's take their given or Keras' automatic names.
    const expected = layerSpec.config.name ?? (layerSpec.autoName ? undefined : layerSpec.nodeId)
    if (!layer || (expected !== undefined && layer.name !== expected)) throw new Error(`the built model's layer ${i} is not "${expected ?? layerSpec.nodeId}"`)
    const ctx = { spec: layerSpec, layer, inputs: Number(shape[shape.length - 1]) }
    shape = layer.computeOutputShape(shape)
    return { ctx, writer: writers[layerSpec.kind] }
  })
}
