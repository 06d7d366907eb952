import { Dense } from '../core/index.ts'
import type { Sequential, Tensor } from '../core/index.ts'

/** One kernel entry: kernel[row, column] of the layer-th Dense layer (all 0-based). */
export interface WeightRef {
  readonly layer: number
  readonly row: number
  readonly column: number
}

export interface LocatedWeight {
  /** The kernel's storage, to overwrite the entry in place. */
  readonly data: Tensor['data']
  readonly index: number
  /** e.g. "dense1 W[3, 9]". */
  readonly label: string
}

/**
 * Finds a kernel entry in a built model; out-of-range coordinates are named. `which`
 * ("A", "B") prefixes the messages when a node sweeps more than one weight.
 */
export function locateWeight(model: Sequential, ref: WeightRef, which = ''): LocatedWeight {
  const prefix = which === '' ? '' : `weight ${which}: `
  const dense = model.layers.filter((l): l is Dense => l instanceof Dense)
  if (ref.layer >= dense.length) {
    throw new Error(`${prefix}layer ${ref.layer} is out of range: the model has ${dense.length} Dense layer${dense.length === 1 ? '' : 's'} (0…${dense.length - 1})`)
  }
  const layer = dense[ref.layer]
  const kernel = layer.kernel
  if (!kernel) throw new Error(`${prefix}layer ${ref.layer} ("${layer.name}") has no kernel`)
  const [rows, cols] = kernel.shape
  const shape = `layer ${ref.layer} ("${layer.name}") has a ${rows}×${cols} kernel`
  if (ref.row >= rows) throw new Error(`${prefix}row ${ref.row} is out of range: ${shape} (rows 0…${rows - 1}, one per input)`)
  if (ref.column >= cols) throw new Error(`${prefix}column ${ref.column} is out of range: ${shape} (columns 0…${cols - 1}, one per unit)`)
  return { data: kernel.data, index: ref.row * cols + ref.column, label: `${layer.name} W[${ref.row}, ${ref.column}]` }
}
