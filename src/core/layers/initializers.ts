import type { Storage } from '../dtype.ts'
import { fail } from '../errors.ts'
import type { RandomSource } from '../random/index.ts'

export type InitializerName =
  | 'glorotUniform'
  | 'glorotNormal'
  | 'heUniform'
  | 'heNormal'
  | 'lecunUniform'
  | 'lecunNormal'
  | 'zeros'
  | 'ones'
  | 'randomNormal'
  | 'randomUniform'
  | 'standardNormal'
  | 'values'

export const INITIALIZERS: readonly InitializerName[] = [
  'glorotUniform', 'glorotNormal', 'heUniform', 'heNormal', 'lecunUniform', 'lecunNormal',
  'zeros', 'ones', 'randomNormal', 'randomUniform', 'standardNormal', 'values',
]

// Keras draws "normal" variance-scaling initializers from a normal truncated at ±2σ,
// whose standard deviation is this fraction of σ; dividing by it restores the variance.
const TRUNCATED_STD = 0.87962566103423978

function truncatedNormal(rng: RandomSource, std: number): number {
  for (;;) {
    const z = rng.normal()
    if (Math.abs(z) <= 2) return (z * std) / TRUNCATED_STD
  }
}

function uniform(out: Storage, rng: RandomSource, limit: number): void {
  for (let i = 0; i < out.length; i++) out[i] = (rng.next() * 2 - 1) * limit
}

/**
 * Fills `out` (a kernel of shape [fanIn, fanOut], or a bias) in place. `standardNormal`
 * draws plain N(0, 1) values in row-major order — with NumPy's legacy generator it
 * reproduces `np.random.randn(fanIn, fanOut)`. `values` copies the given numbers (row-major,
 * exactly one per entry) and draws nothing from `rng`, so it fits either generator.
 */
export function initialize(name: InitializerName, out: Storage, fanIn: number, fanOut: number, rng: RandomSource, values?: ArrayLike<number>): void {
  switch (name) {
    case 'values':
      if (!values) fail('initializer', "'values' needs the numbers to start from")
      if (values.length !== out.length) fail('initializer', `'values' got ${values.length} number${values.length === 1 ? '' : 's'} for ${out.length} weight${out.length === 1 ? '' : 's'}`)
      for (let i = 0; i < out.length; i++) out[i] = values[i]
      return
    case 'zeros': out.fill(0); return
    case 'ones': out.fill(1); return
    case 'glorotUniform': return uniform(out, rng, Math.sqrt(6 / (fanIn + fanOut)))
    case 'heUniform': return uniform(out, rng, Math.sqrt(6 / fanIn))
    case 'lecunUniform': return uniform(out, rng, Math.sqrt(3 / fanIn))
    case 'randomUniform': return uniform(out, rng, 0.05)
    case 'glorotNormal': for (let i = 0; i < out.length; i++) out[i] = truncatedNormal(rng, Math.sqrt(2 / (fanIn + fanOut))); return
    case 'heNormal': for (let i = 0; i < out.length; i++) out[i] = truncatedNormal(rng, Math.sqrt(2 / fanIn)); return
    case 'lecunNormal': for (let i = 0; i < out.length; i++) out[i] = truncatedNormal(rng, Math.sqrt(1 / fanIn)); return
    case 'randomNormal': for (let i = 0; i < out.length; i++) out[i] = rng.normal() * 0.05; return
    case 'standardNormal': for (let i = 0; i < out.length; i++) out[i] = rng.normal(); return
    default: fail('initializer', `unknown initializer "${String(name)}"; expected one of ${INITIALIZERS.join(', ')}`)
  }
}

export function isInitializer(name: string): name is InitializerName {
  return (INITIALIZERS as readonly string[]).includes(name)
}
