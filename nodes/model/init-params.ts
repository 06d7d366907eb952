import { param } from '../../src/graph/params.ts'

/** How a model's initial weights are drawn; shared by the nodes a chain can start from. */
export const initParams = {
  seed: param.integer({ default: 0, min: 0, max: 2 ** 32 - 1, doc: 'Seeds the initial weights: the same seed gives the same starting point.' }),
  generator: param.select({ default: 'default', options: ['default', 'numpy-legacy'], doc: "Flowgrad's generator, or NumPy's legacy stream (np.random.seed) to reproduce NumPy code." }),
  skipNormals: param.integer({ default: 0, min: 0, max: 1e9, doc: 'NumPy-legacy only: continue the stream after this many normal draws (code that draws its data first from the same seed).' }),
}
