import type { Bounds } from './types.ts'
import { formatNumber } from './format.ts'

/** Whether a finite number lies within the bounds, honouring open ends. The one range test. */
export function inBounds(b: Bounds, v: number): boolean {
  if (!Number.isFinite(v)) return false
  if (b.min !== undefined && (b.minInclusive === false ? v <= b.min : v < b.min)) return false
  if (b.max !== undefined && (b.maxInclusive === false ? v >= b.max : v > b.max)) return false
  return true
}

/** Bounds as an interval, `[0, 1)`; an absent bound shows as ∓Infinity. */
export function formatInterval(b: Bounds): string {
  const lo = b.min === undefined ? '(-Infinity' : `${b.minInclusive === false ? '(' : '['}${formatNumber(b.min)}`
  const hi = b.max === undefined ? 'Infinity)' : `${formatNumber(b.max)}${b.maxInclusive === false ? ')' : ']'}`
  return `${lo}, ${hi}`
}
