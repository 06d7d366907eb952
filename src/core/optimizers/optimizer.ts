import type { Storage } from '../dtype.ts'
import { allocate } from '../dtype.ts'
import type { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'
import { formatShape, shapesEqual } from '../shape.ts'
import { checkHyper, POSITIVE } from './hyper.ts'

export type OptimizerName = 'sgd' | 'adam' | 'rmsprop' | 'adagrad'

/**
 * Keras 3's optimizer shape: the base class owns the loop over variables and the step
 * counter; a subclass declares its per-variable slots in `build` and the update rule in
 * `updateStep`. Hyperparameters are plain fields validated on assignment, so they can be
 * changed between two steps while the slots (momentum, moments) are kept.
 */
export abstract class Optimizer {
  abstract readonly name: OptimizerName
  /** Completed update steps: Adam's bias correction uses it. */
  iterations = 0
  private slotsByVar = new Map<Tensor, Storage[]>()
  #learningRate: number

  /** `title` names the optimizer in error messages (class names do not survive minifying). */
  constructor(
    readonly title: string,
    learningRate: number,
  ) {
    this.#learningRate = checkHyper(title, 'learningRate', learningRate, POSITIVE)
  }

  get learningRate(): number {
    return this.#learningRate
  }

  set learningRate(value: number) {
    this.#learningRate = checkHyper(this.title, 'learningRate', value, POSITIVE)
  }

  /** How many state arrays each variable needs (momentum, first/second moments…). */
  protected abstract slotCount(): number

  /** Fills a new variable's slots; zeros unless the rule says otherwise. */
  protected initSlots(_slots: Storage[]): void {}

  /** Updates one variable in place from its gradient. */
  protected abstract updateStep(grad: Storage, variable: Storage, slots: Storage[], lr: number): void

  /** Hook for per-step quantities shared by all variables (e.g. bias correction). */
  protected beginStep(): void {}

  /** Applies one update to every variable from its gradient, then counts the step. */
  applyGradients(pairs: ReadonlyArray<readonly [grad: Tensor, variable: Tensor]>): void {
    this.beginStep()
    for (const [grad, variable] of pairs) {
      check(shapesEqual(grad.shape, variable.shape), this.title, () => `gradient ${formatShape(grad.shape)} does not match variable${variable.name ? ` "${variable.name}"` : ''} ${formatShape(variable.shape)}`)
      this.updateStep(grad.data, variable.data, this.slotsFor(variable), this.#learningRate)
    }
    this.iterations++
  }

  private slotsFor(variable: Tensor): Storage[] {
    let slots = this.slotsByVar.get(variable)
    if (!slots) {
      slots = Array.from({ length: this.slotCount() }, () => allocate('float64', variable.size))
      this.initSlots(slots)
      this.slotsByVar.set(variable, slots)
    }
    return slots
  }

  /** The slot values of a variable, for inspection and tests. */
  slots(variable: Tensor): readonly Storage[] {
    return this.slotsByVar.get(variable) ?? []
  }

  /** Forgets all state: the next step starts as from scratch. */
  reset(): void {
    this.iterations = 0
    this.slotsByVar = new Map()
  }

  /** The hyperparameters by name, as a file or a chart would show them. */
  abstract config(): Record<string, number | boolean>
}
