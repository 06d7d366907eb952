import type { Layer } from './layer.ts'
import { Dense } from './dense.ts'
import type { DenseConfig } from './dense.ts'
import { Dropout } from './dropout.ts'
import type { DropoutConfig } from './dropout.ts'
import { BatchNormalization } from './batch-normalization.ts'
import type { BatchNormalizationConfig } from './batch-normalization.ts'
import { Activation } from './activation.ts'
import type { ActivationConfig } from './activation.ts'

/** A layer as a model declares it: its kind and its configuration (without a name). */
export type LayerDeclaration =
  | { readonly kind: 'dense'; readonly config: DenseConfig }
  | { readonly kind: 'dropout'; readonly config: DropoutConfig }
  | { readonly kind: 'batchnorm'; readonly config: BatchNormalizationConfig }
  | { readonly kind: 'activation'; readonly config: ActivationConfig }

export type LayerKind = LayerDeclaration['kind']

/**
 * Makes the core layer a declaration describes, named `name` (which replaces any name in
 * its config); with none, the model names it as Keras would.
 */
export function createLayer(decl: LayerDeclaration, name?: string): Layer {
  switch (decl.kind) {
    case 'dense': return new Dense({ ...decl.config, name })
    case 'dropout': return new Dropout({ ...decl.config, name })
    case 'batchnorm': return new BatchNormalization({ ...decl.config, name })
    case 'activation': return new Activation({ ...decl.config, name })
  }
}

/** The width a layer outputs given the width it receives: Dense sets it, the others keep it. */
export function outputWidth(decl: LayerDeclaration, inputWidth: number): number {
  return decl.kind === 'dense' ? decl.config.units : inputWidth
}
