import { loadIris, tensor } from '../../src/core/index.ts'
import { defineNode, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'

export default defineNode({
  type: 'data/iris',
  title: 'Iris',
  doc: "Fisher's iris flowers: 150 rows, 4 measurements (cm), 3 species. y holds the class index; add a One-hot node for categorical cross-entropy.",
  inputs: {},
  outputs: { dataset: output(Port.Dataset, { doc: 'x: 150×4 measurements; y: 150×1 class index.' }) },
  params: {},
  evaluate: () => {
    const iris = loadIris()
    return {
      dataset: {
        name: 'iris',
        x: iris.x,
        y: tensor(Array.from(iris.labels), [iris.labels.length, 1]),
        featureNames: iris.featureNames,
        targetNames: ['species'],
        classes: iris.classNames,
        encoding: 'index',
      },
    }
  },
  shapes: () => ({ dataset: [150, 4] }),
})
