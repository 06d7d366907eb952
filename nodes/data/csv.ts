import { tensor } from '../../src/core/index.ts'
import { defineNode, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import type { Dataset } from '../../src/runtime/values.ts'
import type { TableData } from '../../src/charts/data.ts'
import { parseCsvRecords, parseNumber } from './csv-text.ts'
import { encodeLabels } from './class-labels.ts'
import type { EncodedLabels, LabelCell } from './class-labels.ts'

const EXAMPLE = `sepal length,sepal width,petal length,petal width,species
5.1,3.5,1.4,0.2,setosa
4.9,3.0,1.4,0.2,setosa
7.0,3.2,4.7,1.4,versicolor
6.4,3.2,4.5,1.5,versicolor
6.3,3.3,6.0,2.5,virginica
5.8,2.7,5.1,1.9,virginica
`

export interface CsvOptions {
  /** Target column name; '' means the last column. */
  target: string
  classification: boolean
  name: string
}

export interface CsvData {
  readonly dataset: Dataset
  /** Each class label with its index in y (no rows for a regression target). */
  readonly classes: TableData
}

/** A Dataset from CSV text: a header row, numeric feature columns, one target column. */
export function parseCsvDataset(text: string, options: CsvOptions): CsvData {
  if (text.trim() === '') throw new Error('the CSV text is empty: paste or load a file with a header row and data rows')
  const records = parseCsvRecords(text)
  const [header, ...rows] = records
  if (!header) throw new Error('the CSV text is empty: paste or load a file with a header row and data rows')
  const columns = header.cells.map((c, i) => (c === '' ? `column ${i + 1}` : c))
  columns.forEach((c, i) => {
    const first = columns.indexOf(c)
    if (first !== i) throw new Error(`the header names column "${c}" twice (columns ${first + 1} and ${i + 1})`)
  })
  if (rows.length === 0) throw new Error(`the CSV has a header row (${columns.join(', ')}) but no data rows`)
  const targetName = options.target.trim() === '' ? columns[columns.length - 1] : options.target.trim()
  const targetIndex = columns.indexOf(targetName)
  if (targetIndex < 0) throw new Error(`target column "${targetName}" is not in the header; the columns are ${columns.map((c) => `"${c}"`).join(', ')}`)
  if (columns.length < 2) throw new Error(`the CSV has only the target column "${targetName}": add at least one feature column`)
  const featureIndices = columns.map((_, i) => i).filter((i) => i !== targetIndex)
  const featureNames = featureIndices.map((i) => columns[i])

  const x = new Float64Array(rows.length * featureIndices.length)
  const numbers = new Float64Array(rows.length)
  const targets: LabelCell[] = []
  rows.forEach((record, r) => {
    if (record.cells.length !== columns.length) {
      throw new Error(`row ${record.row} has ${record.cells.length} column${record.cells.length === 1 ? '' : 's'} but the header has ${columns.length}`)
    }
    featureIndices.forEach((c, j) => {
      x[r * featureIndices.length + j] = parseNumber(record.cells[c], record.row, columns[c])
    })
    // Class labels are read once all are known: their kind (numbers or text) decides the indices.
    if (options.classification) targets.push({ text: record.cells[targetIndex], row: record.row })
    else numbers[r] = parseNumber(record.cells[targetIndex], record.row, targetName)
  })
  const labels = options.classification ? encodeLabels(targets, targetName) : null
  const y = labels ? labels.indices : numbers

  const dataset: Dataset = {
    name: options.name,
    x: tensor(x, [rows.length, featureIndices.length]),
    y: tensor(y, [rows.length, 1]),
    featureNames,
    targetNames: [targetName],
    ...(labels ? { classes: labels.classes } : {}),
    encoding: labels ? 'index' : 'real',
  }
  return { dataset, classes: classTable(labels) }
}

/** The label → index mapping, to show on the node: a two-column table. */
function classTable(labels: EncodedLabels | null): TableData {
  return {
    title: 'Classes',
    columns: ['label', 'index'],
    rows: labels ? labels.classes.map((c, k) => [c, k]) : [],
    footer: [labels ? labels.rule : 'no classes: the target is a number to regress'],
  }
}

export default defineNode({
  type: 'data/csv',
  title: 'CSV file',
  doc: "A data set from a CSV file: the first row names the columns, every other row is one sample. All columns except the target must hold numbers in decimal or scientific notation (2.5, -1e-3). For a class label target, y holds the class index: numeric labels are their own index (0, 1, 2…, as keras.utils.to_categorical keeps them), text labels are numbered in sorted order (as scikit-learn's LabelEncoder); the node shows the mapping. Otherwise y holds the numbers themselves (regression).",
  inputs: {},
  outputs: {
    dataset: output(Port.Dataset, { doc: 'x: rows × feature columns; y: rows × 1 (class index or number).' }),
    classes: output(Port.Table, { doc: 'Each class label and its index in y; empty for a regression target.' }),
  },
  params: {
    text: param.string({ default: EXAMPLE, multiline: true, file: '.csv', doc: 'The CSV text: a header row, then one row per sample. Cells may be "quoted".' }),
    target: param.string({ default: '', doc: 'The column to predict, by its header name. Empty: the last column.' }),
    classification: param.boolean({ default: true, doc: 'On: the target is a class label (text or whole numbers), turned into class indices. Off: the target is a number to regress.' }),
  },
  evaluate: ({ params, label }) => parseCsvDataset(params.text, { target: params.target, classification: params.classification, name: label }),
  shapes: (_inputs, params) => {
    try {
      const records = parseCsvRecords(params.text)
      if (records.length < 2) return {}
      return { dataset: [records.length - 1, records[0].cells.length - 1], classes: [null, 2] }
    } catch {
      return {}
    }
  },
})
