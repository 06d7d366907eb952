/** Graph files for the tests, as fresh plain objects (tests may change them) or text. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonFile = { [key: string]: Json }

/** Iris → standardize → trainer (with a Dense model, MSE, Adam) → training curves. */
export function sampleFile(): JsonFile {
  return {
    format: 'flowgrad',
    version: 1,
    meta: { title: 'Standardization matters', description: 'Train on standardized iris.' },
    nodes: [
      { id: 'iris', type: 'data/iris', position: [40, 80], params: {} },
      { id: 'std', type: 'preprocess/standardize', position: [220, 80], params: {} },
      { id: 'input', type: 'model/input', position: [40, 240], params: { units: 4 } },
      { id: 'dense', type: 'model/dense', title: 'Output layer', position: [220, 240], params: { activation: 'linear', units: 3 } },
      { id: 'mse', type: 'loss/mse', position: [220, 360], params: {} },
      { id: 'adam', type: 'optimizer/adam', position: [420, 360], params: { beta1: 0.9, learningRate: 0.01 } },
      { id: 'fit', type: 'train/trainer', position: [420, 80], params: { epochs: 50, shuffle: true } },
      { id: 'curves', type: 'plot/training-curves', position: [640, 80], params: {} },
    ],
    connections: [
      { from: { node: 'iris', port: 'dataset' }, to: { node: 'std', port: 'data' } },
      { from: { node: 'std', port: 'dataset' }, to: { node: 'fit', port: 'data' } },
      { from: { node: 'input', port: 'model' }, to: { node: 'dense', port: 'model' } },
      { from: { node: 'dense', port: 'model' }, to: { node: 'fit', port: 'model' } },
      { from: { node: 'mse', port: 'loss' }, to: { node: 'fit', port: 'loss' } },
      { from: { node: 'adam', port: 'optimizer' }, to: { node: 'fit', port: 'optimizer' } },
      { from: { node: 'fit', port: 'training' }, to: { node: 'curves', port: 'runs' } },
    ],
    tweaks: [{ node: 'adam', param: 'learningRate', value: 0.05, trainer: 'fit', step: 120 }],
  }
}

/** Index of each node in sampleFile().nodes, for expected JSON paths. */
export const AT = { iris: 0, std: 1, input: 2, dense: 3, mse: 4, adam: 5, fit: 6, curves: 7 } as const
/** Index of each connection in sampleFile().connections, named by its target. */
export const CONNECTION = { stdData: 0, fitData: 1, denseModel: 2, fitModel: 3, fitLoss: 4, fitOptimizer: 5, curvesRuns: 6 } as const

export function text(file: Json): string {
  return JSON.stringify(file, null, 2)
}

/** The nodes of a file, typed for editing in tests. */
export function nodesOf(file: JsonFile): { [key: string]: Json }[] {
  return file.nodes as { [key: string]: Json }[]
}

export function connectionsOf(file: JsonFile): { from: { node: string; port: string }; to: { node: string; port: string } }[] {
  return file.connections as { from: { node: string; port: string }; to: { node: string; port: string } }[]
}

export function paramsOf(file: JsonFile, index: number): { [key: string]: Json } {
  return nodesOf(file)[index].params as { [key: string]: Json }
}
