import type { Dataset } from '../../runtime/values.ts'
import { storageText } from '../files/numbers.ts'

function cell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The column names of a data file: the features, then the targets (named as the data name them when they can). */
export function csvColumns(data: Dataset): string[] {
  const targets = data.y.size / Math.max(1, data.y.shape[0])
  const targetNames = data.targetNames.length === targets ? data.targetNames : Array.from({ length: targets }, (_, j) => `y${j}`)
  return [...data.featureNames, ...targetNames]
}

/** A data set as CSV text: a header, then one row per sample, features then targets, each value exact in its precision. */
export function datasetCsv(data: Dataset): string {
  const [rows, cols] = data.x.shape
  const targets = data.y.size / Math.max(1, rows)
  const xText = (v: number) => storageText(v, data.x.data instanceof Float32Array)
  const yText = (v: number) => storageText(v, data.y.data instanceof Float32Array)
  const lines = [csvColumns(data).map(cell).join(',')]
  for (let r = 0; r < rows; r++) {
    const values: string[] = []
    for (let c = 0; c < cols; c++) values.push(xText(data.x.data[r * cols + c]))
    for (let j = 0; j < targets; j++) values.push(yText(data.y.data[r * targets + j]))
    lines.push(values.join(','))
  }
  return `${lines.join('\n')}\n`
}
