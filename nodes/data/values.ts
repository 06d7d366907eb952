import { fromStorage } from '../../src/core/index.ts'
import { defineNode, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'

/**
 * Reads a compact list of numbers: comma-separated items, each a number ("0.5") or a
 * count and a number ("75×0", also written 75x0 or 75*0) meaning the number repeated.
 * "75×0, 75×1" is NumPy's `[0] * 75 + [1] * 75`.
 */
export function parseValues(text: string): number[] {
  const items = text.split(/[,;\n]/).map((s) => s.trim())
  if (items.every((s) => s === '')) throw new Error('values is empty: write numbers separated by commas, e.g. "75×0, 75×1" or "1, 2, 3"')
  const out: number[] = []
  items.forEach((item, i) => {
    if (item === '') throw new Error(`item ${i + 1} is empty: write a number or count×number between the commas`)
    const repeat = /^(\d+)\s*[×xX*]\s*(.+)$/.exec(item)
    const [count, valueText] = repeat ? [Number(repeat[1]), repeat[2]] : [1, item]
    const value = Number(valueText.replace('−', '-'))
    if (valueText.trim() === '' || !Number.isFinite(value)) throw new Error(`item ${i + 1} ("${item}"): "${valueText}" is not a number`)
    if (count > 10_000_000 || out.length + count > 10_000_000) throw new Error(`item ${i + 1} ("${item}"): at most 10,000,000 values in all`)
    for (let k = 0; k < count; k++) out.push(value)
  })
  return out
}

export default defineNode({
  type: 'data/values',
  title: 'Values',
  doc: 'A list of numbers you type, as a 1-D tensor: e.g. class labels for a Dataset from tensors. Separate items with commas; "75×0" means 0 written 75 times, so "75×0, 75×1" is 75 zeros then 75 ones (NumPy\'s [0] * 75 + [1] * 75). Kept in double precision (float64).',
  inputs: {},
  outputs: { tensor: output(Port.Tensor, { doc: 'Shape [count of values].' }) },
  params: {
    values: param.string({ default: '5×0, 5×1', doc: 'Numbers separated by commas; count×number repeats a number (75×0, 75x0 and 75*0 are the same).' }),
  },
  evaluate: ({ params }) => {
    const values = parseValues(params.values)
    return { tensor: fromStorage(Float64Array.from(values), [values.length]) }
  },
  shapes: (_inputs, params) => {
    try {
      return { tensor: [parseValues(params.values).length] }
    } catch {
      return {}
    }
  },
})
