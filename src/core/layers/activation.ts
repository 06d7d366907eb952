import { check } from '../errors.ts'
import type { Tensor } from '../tensor.ts'
import type { BatchShape } from './layer.ts'
import { Layer } from './layer.ts'
import type { ActivationName } from './activations.ts'
import { ACTIVATIONS, activate, isActivation } from './activations.ts'

export interface ActivationConfig {
  activation: ActivationName
  name?: string
}

/** Keras' Activation layer: applies an activation function to its input, with no weights. */
export class Activation extends Layer {
  readonly className = 'Activation'
  readonly activation: ActivationName

  constructor(config: ActivationConfig) {
    super(config.name, 'activation')
    const activation = config.activation
    check(isActivation(activation), `Activation "${this.name}"`, () => `unknown activation "${String(activation)}"; expected one of ${ACTIVATIONS.join(', ')}`)
    this.activation = activation
  }

  computeOutputShape(inputShape: BatchShape): BatchShape {
    return inputShape
  }

  call(x: Tensor): Tensor {
    return activate(x, this.activation)
  }

  config(): Record<string, unknown> {
    return { activation: this.activation }
  }
}
