import { check, fail } from './errors.ts'

export type Shape = readonly number[]

export function sizeOf(shape: Shape): number {
  let n = 1
  for (const d of shape) n *= d
  return n
}

export function shapesEqual(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

export function formatShape(shape: Shape): string {
  return `[${shape.join(', ')}]`
}

export function checkShape(shape: Shape, where: string, arg: string): void {
  for (const d of shape) {
    check(Number.isInteger(d) && d >= 0, where, () => `${arg} has an invalid dimension ${d} in shape ${formatShape(shape)}`)
  }
}

export function stridesOf(shape: Shape): number[] {
  const strides = new Array<number>(shape.length)
  let s = 1
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s
    s *= shape[i]
  }
  return strides
}

/** NumPy broadcasting: align trailing dimensions; each pair must match or contain a 1. */
export function broadcastShapes(a: Shape, b: Shape, op: string): number[] {
  const rank = Math.max(a.length, b.length)
  const out = new Array<number>(rank)
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1
    const db = b[b.length - rank + i] ?? 1
    if (da !== db && da !== 1 && db !== 1) {
      fail(op, `shapes ${formatShape(a)} (a) and ${formatShape(b)} (b) cannot be broadcast together`)
    }
    out[i] = da === 1 ? db : da
  }
  return out
}

/** Resolves negative axes and rejects axes outside the rank. */
export function normalizeAxes(axes: number | readonly number[] | undefined, rank: number, op: string): number[] {
  if (axes === undefined) return Array.from({ length: rank }, (_, i) => i)
  const list = typeof axes === 'number' ? [axes] : [...axes]
  const out = list.map((ax) => {
    check(Number.isInteger(ax) && ax >= -rank && ax < rank, op, () => `axis ${ax} is out of range for a tensor of rank ${rank}`)
    return ax < 0 ? ax + rank : ax
  })
  check(new Set(out).size === out.length, op, () => `axis ${formatShape(list)} repeats an axis`)
  return out.sort((x, y) => x - y)
}
