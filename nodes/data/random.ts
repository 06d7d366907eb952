import { NumpyRandomState, Random, fromStorage } from '../../src/core/index.ts'
import { defineNode, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'

export default defineNode({
  type: 'data/random',
  title: 'Random tensor',
  doc: "A tensor of random numbers, uniform in [low, high) or normal with a given mean and standard deviation. The same seed always gives the same numbers. With NumPy's legacy generator, seed 0 and a normal distribution of shape 150×6 give exactly `np.random.seed(0); np.random.randn(150, 6)`. Values are kept in double precision (float64), like NumPy's.",
  inputs: {},
  outputs: { tensor: output(Port.Tensor) },
  params: {
    distribution: param.select({ default: 'normal', options: ['uniform', 'normal'], doc: 'uniform: every value in [low, high) equally likely. normal: the bell curve around mean with spread std.' }),
    generator: param.select({ default: 'default', options: ['default', 'numpy-legacy'], doc: "Flowgrad's generator, or NumPy's legacy one (np.random.seed, rand, randn) to reproduce NumPy code draw for draw." }),
    seed: param.integer({ default: 0, min: 0, max: 2 ** 32 - 1, doc: 'Fixes the random numbers: the same seed gives the same tensor.' }),
    shape: param.shape({ default: [100, 2], doc: 'The tensor shape, e.g. 150×6 for 150 rows of 6 values. Values are drawn row by row.' }),
    low: param.number({ default: 0, min: -1e6, max: 1e6, doc: 'Uniform only: the smallest possible value.' }),
    high: param.number({ default: 1, min: -1e6, max: 1e6, doc: 'Uniform only: values stay below this.' }),
    mean: param.number({ default: 0, min: -1e6, max: 1e6, doc: 'Normal only: the centre of the bell curve.' }),
    std: param.number({ default: 1, min: 0, max: 1e6, doc: 'Normal only: the standard deviation (spread) of the bell curve.' }),
  },
  evaluate: ({ params }) => {
    const { distribution, generator, seed, shape, low, high, mean, std } = params
    if (distribution === 'uniform' && !(high > low)) throw new Error(`high (${high}) must be greater than low (${low})`)
    const size = shape.reduce((p, d) => p * d, 1)
    if (size > 50_000_000) throw new Error(`shape ${shape.join('×')} holds ${size} values; at most 50,000,000 are allowed`)
    const out = new Float64Array(size)
    if (generator === 'numpy-legacy') {
      const rng = new NumpyRandomState(seed)
      // rand()·(high − low) + low and randn()·std + mean, in row-major order.
      if (distribution === 'uniform') for (let i = 0; i < size; i++) out[i] = rng.next() * (high - low) + low
      else for (let i = 0; i < size; i++) out[i] = rng.normal() * std + mean
    } else {
      const rng = new Random(seed)
      if (distribution === 'uniform') rng.fillUniform(out, low, high)
      else rng.fillNormal(out, mean, std)
    }
    return { tensor: fromStorage(out, shape) }
  },
  shapes: (_inputs, params) => ({ tensor: params.shape }),
})
