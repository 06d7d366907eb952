import type { BatchShape } from '../layers/index.ts'
import { formatBatchShape } from '../layers/index.ts'

export interface SummaryRow {
  layer: string
  type: string
  outputShape: BatchShape
  params: number
}

export interface ModelSummary {
  name: string
  rows: SummaryRow[]
  totalParams: number
  trainableParams: number
  nonTrainableParams: number
}

function formatBytes(params: number): string {
  const bytes = params * 4
  if (bytes < 1024) return `${bytes.toFixed(2)} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(2)} KB`
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`
}

/** Keras' summary table: layer (type), output shape, param #, and the totals. */
export function formatSummary(s: ModelSummary): string {
  const widths = [29, 26, 10]
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join(' ').trimEnd()
  const rule = (ch: string): string => ch.repeat(widths.reduce((a, b) => a + b + 1, -1))
  const out = [
    `Model: "${s.name}"`,
    rule('_'),
    line(['Layer (type)', 'Output Shape', 'Param #']),
    rule('='),
    ...s.rows.map((r) => line([`${r.layer} (${r.type})`, formatBatchShape(r.outputShape), String(r.params)])),
    rule('='),
    `Total params: ${s.totalParams} (${formatBytes(s.totalParams)})`,
    `Trainable params: ${s.trainableParams} (${formatBytes(s.trainableParams)})`,
    `Non-trainable params: ${s.nonTrainableParams} (${formatBytes(s.nonTrainableParams)})`,
    rule('_'),
  ]
  return out.join('\n')
}
