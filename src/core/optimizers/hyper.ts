import { check } from '../errors.ts'

export interface Range {
  min: number
  max: number
  /** Whether min itself is allowed (a learning rate of 0 is not; momentum 0 is). */
  minInclusive?: boolean
  maxInclusive?: boolean
}

/** Validates one hyperparameter, naming the optimizer and the argument when it is bad. */
export function checkHyper(optimizer: string, arg: string, value: number, range: Range): number {
  const lowOk = range.minInclusive === false ? value > range.min : value >= range.min
  const highOk = range.maxInclusive === false ? value < range.max : value <= range.max
  check(typeof value === 'number' && Number.isFinite(value) && lowOk && highOk, optimizer, () => {
    const lo = range.minInclusive === false ? '(' : '['
    const hi = range.maxInclusive === false ? ')' : ']'
    return `${arg} must be a finite number in ${lo}${range.min}, ${range.max}${hi}, got ${value}`
  })
  return value
}

export const POSITIVE: Range = { min: 0, max: Infinity, minInclusive: false, maxInclusive: false }
export const UNIT: Range = { min: 0, max: 1, maxInclusive: false }
export const NON_NEGATIVE: Range = { min: 0, max: Infinity, maxInclusive: false }
