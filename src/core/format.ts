import type { Tensor } from './tensor.ts'
import { formatShape } from './shape.ts'

const EDGE = 3
const MAX_FULL = 1000

function formatNumber(v: number): string {
  if (Number.isNaN(v) || !Number.isFinite(v)) return String(v)
  if (Number.isInteger(v) && Math.abs(v) < 1e9) return String(v)
  const abs = Math.abs(v)
  return abs !== 0 && (abs < 1e-4 || abs >= 1e6) ? v.toExponential(4) : String(Number(v.toPrecision(6)))
}

/** NumPy-style printing, eliding the middle of long dimensions. */
export function formatTensor(t: Tensor): string {
  const summarize = t.size > MAX_FULL
  const strides: number[] = []
  let s = 1
  for (let i = t.shape.length - 1; i >= 0; i--) {
    strides[i] = s
    s *= t.shape[i]
  }
  const cells: string[] = []
  const visit = (offset: number, dim: number): void => {
    if (dim === t.shape.length) {
      cells.push(formatNumber(t.data[offset]))
      return
    }
    for (const i of indices(t.shape[dim], summarize)) if (i >= 0) visit(offset + i * strides[dim], dim + 1)
  }
  visit(0, 0)
  const width = Math.max(1, ...cells.map((c) => c.length))
  let next = 0
  const render = (dim: number, indent: string): string => {
    if (dim === t.shape.length) return cells[next++].padStart(width)
    const parts = indices(t.shape[dim], summarize).map((i) => (i < 0 ? '...' : render(dim + 1, indent + ' ')))
    const sep = dim === t.shape.length - 1 ? ', ' : ',' + '\n'.repeat(t.shape.length - dim - 1) + indent + ' '
    return `[${parts.join(sep)}]`
  }
  const body = t.shape.length === 0 ? formatNumber(t.data[0]) : render(0, '')
  const head = `Tensor ${t.dtype} ${formatShape(t.shape)}${t.name ? ` "${t.name}"` : ''}${t.requiresGrad ? ' grad' : ''}`
  return `${head}\n${body}`
}

function indices(n: number, summarize: boolean): number[] {
  if (!summarize || n <= 2 * EDGE) return Array.from({ length: n }, (_, i) => i)
  return [...Array.from({ length: EDGE }, (_, i) => i), -1, ...Array.from({ length: EDGE }, (_, i) => n - EDGE + i)]
}
