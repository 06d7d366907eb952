import type { Storage } from '../dtype.ts'
import { allocate } from '../dtype.ts'
import type { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'
import { formatShape, shapesEqual } from '../shape.ts'
import { copyOverlap } from '../overlap.ts'
import type { HyperConfig, HyperSpecs, HyperValue, HyperValues, LiveName, NumberHyper } from '../hyper/index.ts'
import { checkHyper, hyperSpec, resolveHypers } from '../hyper/index.ts'

/** Every optimizer has a learning rate; the rest is its own. */
export type OptimizerHypers = HyperSpecs & { readonly learningRate: NumberHyper }

/** What an optimizer class declares once: its name for people and its hyperparameters. */
export interface OptimizerDescription<S extends OptimizerHypers = OptimizerHypers> {
  /** Names the optimizer in errors and titles its node (class names do not survive minifying). */
  readonly title: string
  readonly doc: string
  readonly hyperparameters: S
}

/**
 * Keras 3's optimizer shape: the base class owns the loop over variables and the step
 * counter; a subclass declares its per-variable slots in `build` and the update rule in
 * `updateStep`. Hyperparameters live in one record checked against the class's description,
 * on construction and on every `set`, so they can change between two steps while the slots
 * (momentum, moments) are kept.
 */
export abstract class Optimizer<S extends OptimizerHypers = OptimizerHypers> {
  /** Completed update steps: Adam's bias correction uses it. */
  iterations = 0
  private slotsByVar = new Map<Tensor, Storage[]>()
  readonly #values: HyperValues<S>

  constructor(
    readonly description: OptimizerDescription<S>,
    config: HyperConfig<S> | undefined,
  ) {
    this.#values = resolveHypers(description.title, description.hyperparameters, config)
  }

  get title(): string {
    return this.description.title
  }

  /** The current hyperparameters; change them with `set`. */
  get hyper(): Readonly<HyperValues<S>> {
    return this.#values
  }

  get learningRate(): number {
    return this.#values.learningRate
  }

  set learningRate(value: number) {
    this.#assign('learningRate', value)
  }

  /**
   * Changes a live hyperparameter before the next step, keeping the slots. The value is checked
   * against the description; a bad one throws, naming the optimizer and the argument, and the
   * previous value stays.
   */
  set<K extends LiveName<S>>(name: K, value: HyperValues<S>[K]): void {
    this.#assign(name, value)
  }

  #assign(name: string, value: unknown): void {
    const spec = hyperSpec(this.title, this.description.hyperparameters, name)
    check(spec.live, this.title, () => `${name} cannot change during training; it is set when the optimizer is made`)
    const values: Record<string, HyperValue> = this.#values
    values[name] = checkHyper(this.title, name, spec, value)
  }

  /** How many state arrays each variable needs (momentum, first/second moments…). */
  protected abstract slotCount(): number

  /** Fills a new variable's slots; zeros unless the rule says otherwise. */
  protected initSlots(_slots: Storage[]): void {}

  /** Updates one variable in place from its gradient. */
  protected abstract updateStep(grad: Storage, variable: Storage, slots: Storage[], lr: number): void

  /** Hook for per-step quantities shared by all variables (e.g. bias correction), at this step's rate. */
  protected beginStep(_lr: number): void {}

  /**
   * Applies one update to every variable from its gradient, then counts the step. A
   * schedule passes this step's rate; the hyperparameter stays the base rate it scales.
   */
  applyGradients(pairs: ReadonlyArray<readonly [grad: Tensor, variable: Tensor]>, lr = this.learningRate): void {
    this.beginStep(lr)
    for (const [grad, variable] of pairs) {
      check(shapesEqual(grad.shape, variable.shape), this.title, () => `gradient ${formatShape(grad.shape)} does not match variable${variable.name ? ` "${variable.name}"` : ''} ${formatShape(variable.shape)}`)
      this.updateStep(grad.data, variable.data, this.slotsFor(variable), lr)
    }
    this.iterations++
  }

  private slotsFor(variable: Tensor): Storage[] {
    let slots = this.slotsByVar.get(variable)
    if (!slots) {
      slots = this.freshSlots(variable.size)
      this.slotsByVar.set(variable, slots)
    }
    return slots
  }

  private freshSlots(size: number): Storage[] {
    const slots = Array.from({ length: this.slotCount() }, () => allocate('float64', size))
    this.initSlots(slots)
    return slots
  }

  /**
   * Moves the state over to the variables that replace others (a model whose architecture
   * changed mid-run): each keeps what the shapes share, its new entries start as fresh
   * ones do; the step count stays. Variables replacing none start fresh at their first step.
   */
  carrySlots(replaced: ReadonlyArray<readonly [old: Tensor, next: Tensor]>): void {
    const carried = new Map<Tensor, Storage[]>()
    for (const [old, next] of replaced) {
      const slots = this.slotsByVar.get(old)
      if (!slots) continue
      const fresh = this.freshSlots(next.size)
      slots.forEach((s, k) => copyOverlap(s, old.shape, fresh[k], next.shape))
      carried.set(next, fresh)
    }
    this.slotsByVar = carried
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
  config(): Readonly<HyperValues<S>> {
    return { ...this.#values }
  }
}
