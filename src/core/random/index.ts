export { MT19937 } from './mt19937.ts'
export { NumpyRandomState } from './numpy-legacy.ts'
export { Random } from './generator.ts'
export type { FloatArray, MutableArrayLike, RandomSource } from './generator.ts'
