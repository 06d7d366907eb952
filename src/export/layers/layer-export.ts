import type { Layer, Tensor } from '../../core/index.ts'
import type { LayerSpec } from '../../runtime/values.ts'
import type { PyValue } from '../python/literals.ts'

/** ONNX graph nodes for one layer, from the name of its input to the name of its output. */
export interface OnnxNode {
  readonly opType: string
  readonly inputs: readonly string[]
  readonly outputs: readonly string[]
  /** Integer attributes (axis). */
  readonly attributes?: Readonly<Record<string, number>>
  /** Float attributes (epsilon, alpha, a Constant's value_float). */
  readonly floats?: Readonly<Record<string, number>>
}

export interface LayerContext<S extends LayerSpec> {
  readonly spec: S
  /** The core layer built from the spec, with its initial (or trained) weights. */
  readonly layer: Layer
  /** The width of the layer's input. */
  readonly inputs: number
}

/**
 * How one kind of layer is written to each target. A new layer kind (Dropout,
 * BatchNormalization…) adds one of these to the table in layers/index.ts; the type of that
 * table makes the compiler ask for it.
 */
export interface LayerExport<S extends LayerSpec> {
  /**
   * The layer's weights in Keras' layout, by name ("kernel", "bias"; BatchNormalization's
   * moving statistics too), in the order Keras' set_weights takes them. Files and ONNX
   * initializers name them "<layer>/<weight>", the layer by its name in the built model.
   */
  weights(ctx: LayerContext<S>): Array<readonly [string, Tensor]>
  /** The weight that the model-wide L2 decay applies to, by name, as the core's objective picks it (its first weight). */
  readonly decayed: string | null
  /** The PyTorch module: a class defined in the script's layer section, and its arguments. */
  pytorch(ctx: LayerContext<S>): { readonly call: string; readonly args: ReadonlyArray<readonly [string, PyValue]> }
  /** The Keras layer: `keras.layers.Dense` and its keyword arguments (the script adds the kernel's penalty). */
  keras(ctx: LayerContext<S>): { readonly call: string; readonly args: ReadonlyArray<readonly [string, PyValue]> }
  /** ONNX nodes computing the layer; its weights are initializers named `${prefix}/${weight}`. */
  onnx(ctx: LayerContext<S>, input: string, output: string, prefix: string): OnnxNode[]
}
