import { allocate } from '../dtype.ts'
import { check } from '../errors.ts'
import { formatShape } from '../shape.ts'
import { Tensor } from '../tensor.ts'

/** Per-feature statistics fitted on training data, applied to any data later. */
export interface Standardizer {
  readonly mean: Float64Array
  /** Population standard deviation (NumPy's default, ddof = 0). */
  readonly std: Float64Array
}

function checkMatrix(x: Tensor, where: string): [number, number] {
  check(x.rank === 2, where, () => `expects a matrix of rows × features, got shape ${formatShape(x.shape)}`)
  return [x.shape[0], x.shape[1]]
}

export function fitStandardizer(x: Tensor): Standardizer {
  const [rows, cols] = checkMatrix(x, 'standardize')
  check(rows > 0, 'standardize', () => 'cannot fit on an empty data set')
  const mean = new Float64Array(cols)
  const std = new Float64Array(cols)
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) mean[c] += x.data[r * cols + c]
  for (let c = 0; c < cols; c++) mean[c] /= rows
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const d = x.data[r * cols + c] - mean[c]
      std[c] += d * d
    }
  }
  for (let c = 0; c < cols; c++) std[c] = Math.sqrt(std[c] / rows)
  return { mean, std }
}

/** (x − mean) / std per feature; a constant feature (std 0) is only centred. */
export function applyStandardizer(s: Standardizer, x: Tensor): Tensor {
  const [rows, cols] = checkMatrix(x, 'standardize')
  check(cols === s.mean.length, 'standardize', () => `fitted on ${s.mean.length} features but got ${cols}`)
  const out = allocate(x.dtype, x.size)
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c
      out[i] = (x.data[i] - s.mean[c]) / (s.std[c] === 0 ? 1 : s.std[c])
    }
  }
  return Tensor.constant(out, x.shape)
}

/** Fits on x and transforms x: what the chapter does to the iris features. */
export function standardize(x: Tensor): { x: Tensor; stats: Standardizer } {
  const stats = fitStandardizer(x)
  return { x: applyStandardizer(stats, x), stats }
}
