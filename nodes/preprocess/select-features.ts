import { fromStorage } from '../../src/core/index.ts'
import { defineNode, input, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import type { Dataset } from '../../src/runtime/values.ts'

function tokens(list: string): string[] {
  return list.split(',').map((t) => t.trim()).filter((t) => t !== '')
}

/** Column indices for a comma-separated list of feature names or 0-based indices. */
export function resolveFeatures(list: string, names: readonly string[]): number[] {
  const parts = tokens(list)
  if (parts.length === 0) throw new Error('list at least one feature, by name or by 0-based index (e.g. "0, 2" or "petal length (cm)")')
  const unknown: string[] = []
  const indices = parts.map((t) => {
    const exact = names.indexOf(t)
    if (exact >= 0) return exact
    const folded = names.findIndex((n) => n.toLowerCase() === t.toLowerCase())
    if (folded >= 0) return folded
    if (/^\d+$/.test(t)) {
      const i = Number(t)
      if (i >= names.length) throw new Error(`feature index ${i} is out of range: the data has ${names.length} features (0…${names.length - 1})`)
      return i
    }
    unknown.push(t)
    return -1
  })
  if (unknown.length > 0) {
    const what = unknown.length === 1 ? `unknown feature "${unknown[0]}"` : `unknown features ${unknown.map((u) => `"${u}"`).join(', ')}`
    throw new Error(`${what}: the data has ${names.map((n, i) => `${i}: "${n}"`).join(', ')}`)
  }
  return indices
}

export function selectFeatures(data: Dataset, list: string): Dataset {
  const columns = resolveFeatures(list, data.featureNames)
  const [rows, cols] = data.x.shape
  const src = data.x.data
  const out = src instanceof Float64Array ? new Float64Array(rows * columns.length) : new Float32Array(rows * columns.length)
  for (let r = 0; r < rows; r++) columns.forEach((c, j) => (out[r * columns.length + j] = src[r * cols + c]))
  return { ...data, x: fromStorage(out, [rows, columns.length]), featureNames: columns.map((c) => data.featureNames[c]) }
}

export default defineNode({
  type: 'preprocess/select-features',
  title: 'Select features',
  doc: 'Keeps only some columns of x, in the order listed: for example two iris measurements, to draw a decision boundary in the plane.',
  inputs: { data: input(Port.Dataset) },
  outputs: { dataset: output(Port.Dataset, { doc: 'The same rows and y; x with the listed columns only.' }) },
  params: {
    features: param.string({ default: '0, 1', doc: 'Comma-separated feature names (as in the data) or 0-based column numbers, e.g. "petal length (cm), petal width (cm)" or "2, 3".' }),
  },
  evaluate: ({ inputs, params }) => ({ dataset: selectFeatures(inputs.data, params.features) }),
  shapes: ({ data }, params) => ({ dataset: data ? [data[0] ?? null, tokens(params.features).length] : undefined }),
})
