export type { Bounds, NumberHyper, BooleanHyper, ChoiceHyper, Hyper, HyperSpecs, HyperValue, HyperValues, HyperConfig, LiveName } from './types.ts'
export { hyper } from './types.ts'
export { inBounds, formatInterval } from './bounds.ts'
export { checkHyper, hyperSpec, resolveHypers, readHyperConfig } from './check.ts'
