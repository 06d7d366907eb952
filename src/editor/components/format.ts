/** Number text for the UI: short and readable. */
import { formatNumber } from '../../graph/params.ts'
import type { NodeRuntimeView } from '../view-types.ts'

/** A loss or metric: 4 significant digits ("0.1234", "1.235e-5"), "—" when unknown. */
export function formatMetric(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—'
  if (!Number.isFinite(value)) return String(value)
  if (value === 0) return '0'
  const abs = Math.abs(value)
  if (abs >= 1e-3 && abs < 1e6) return String(Number(value.toPrecision(4)))
  return value.toExponential(3).replace(/\.?0+e/, 'e')
}

/** Steps per second: whole numbers from 10 on, one decimal below. */
export function formatRate(value: number): string {
  if (!Number.isFinite(value) || value <= 0) return '0'
  return value >= 10 ? String(Math.round(value)) : value.toFixed(1)
}

/** A run's length in epochs: "∞" for a trainer that runs forever. */
export function formatEpochs(epochs: number): string {
  return Number.isFinite(epochs) ? String(epochs) : '∞'
}

/** A param value in a text field: "0.001", "1e-7", "4, 8, 3". */
export function formatParamText(value: number | boolean | string | readonly number[] | readonly object[]): string {
  if (typeof value === 'number') return formatNumber(value)
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return String(value)
  // A layer list has no short text form: JSON, as --set takes it.
  return value.map((v) => (typeof v === 'number' ? formatNumber(v) : JSON.stringify(v))).join(', ')
}

/** `learningRate` → "Learning rate", `batch_size` → "Batch size". */
export function humanize(name: string): string {
  const words = name
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** How a node's runtime status reads in the inspector. */
export const STATUS_TEXT: Readonly<Record<NodeRuntimeView['status'], string>> = {
  idle: 'Idle',
  evaluating: 'Computing…',
  ready: 'Ready',
  running: 'Running',
  error: 'Error',
  blocked: 'Waiting for inputs',
}
