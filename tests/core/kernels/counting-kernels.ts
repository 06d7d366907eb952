/**
 * A test double for the kernel set: it runs another set's kernels and records which
 * ones were called. Installed with setKernels, it shows that an op's forward and
 * backward passes go through the Kernels interface rather than loops of their own.
 */
import type { Kernels } from '../../../src/core/kernels/kernels.ts'

export type KernelName = Exclude<keyof Kernels, 'name'>

export class CountingKernels {
  readonly kernels: Kernels
  private readonly counts = new Map<KernelName, number>()

  constructor(base: Kernels) {
    // A proxy rather than a hand-written wrapper: a kernel added to the interface is counted too.
    this.kernels = new Proxy(base, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver)
        if (typeof value !== 'function') return value
        const name = property as KernelName
        return (...args: unknown[]): unknown => {
          this.counts.set(name, (this.counts.get(name) ?? 0) + 1)
          return Reflect.apply(value, target, args)
        }
      },
    })
  }

  /** The distinct kernels called since the last reset, sorted by name. */
  called(): KernelName[] {
    return [...this.counts.keys()].sort()
  }

  /** How many times `name` was called since the last reset. */
  count(name: KernelName): number {
    return this.counts.get(name) ?? 0
  }

  reset(): void {
    this.counts.clear()
  }
}
