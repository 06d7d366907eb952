import type { Hyper, HyperValue } from '../../src/core/index.ts'

/** Values at and just past each end of a hyperparameter's range, its default, and values of the wrong kind. */
export function probes(h: Hyper): HyperValue[] {
  switch (h.kind) {
    case 'number':
      return [h.min, h.max, h.min - 1e-9, h.max + 1e-9, h.default, NaN, Infinity, true, '0.1']
    case 'boolean':
      return [true, false, 0, 'true']
    case 'choice':
      return [...h.options, 'nope', 1]
  }
}

/** The oracle, read straight off the description, independent of the code under test. */
export function accepts(h: Hyper, v: HyperValue): boolean {
  switch (h.kind) {
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) && (h.minInclusive === false ? v > h.min : v >= h.min) && (h.maxInclusive === false ? v < h.max : v <= h.max)
    case 'boolean':
      return typeof v === 'boolean'
    case 'choice':
      return typeof v === 'string' && h.options.includes(v)
  }
}
