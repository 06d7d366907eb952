import type { Endpoint } from '../../graph/graph-file.ts'
import type { Dataset } from '../../runtime/values.ts'
import type { ExportFile } from '../files/export-file.ts'
import { textFile } from '../files/export-file.ts'
import type { NpyArray } from '../files/npy.ts'
import { int32Array } from '../files/npy.ts'
import type { ExportPlan } from '../plan/trainer-plan.ts'
import { refKey } from '../plan/trainer-plan.ts'
import { pyName, pyString } from '../python/literals.ts'
import { datasetCsv } from './csv.ts'
import { stepFor } from './data-steps.ts'

/** The script's data pipeline: one line per node, in an order where inputs come first. */
export interface DataPipeline {
  readonly lines: readonly string[]
  /** The data files the lines read (sources shipped as CSV). */
  readonly files: readonly ExportFile[]
  /** Row indices of shuffles and splits, for data/rows.npz, by "node.port". */
  readonly rows: ReadonlyMap<string, NpyArray>
  /** The Python variable holding a data set output. */
  variable(ref: Endpoint): string
}

export const ROWS_FILE = 'data/rows.npz'

const safeFileName = (text: string): string => text.replace(/[^A-Za-z0-9._-]/g, '_')

function describe(data: Dataset): string {
  const [rows, features] = data.x.shape
  const targets = data.encoding === 'index' && data.classes ? `class index (${data.classes.join(', ')})` : `${data.encoding} targets`
  return `${rows} rows, ${features} features; y: ${targets}`
}

/**
 * Writes the data pipeline that produced the given outputs: preprocessing nodes that map
 * become code, everything else (built-in and CSV data sets, generators, nodes without a
 * counterpart) is shipped as a CSV file of its output.
 */
export function writePipeline(plan: ExportPlan, outputs: readonly Endpoint[]): DataPipeline {
  const lines: string[] = []
  const files: ExportFile[] = []
  const rows = new Map<string, NpyArray>()
  const variables = new Map<string, string>()
  const taken = new Set<string>()

  const visit = (ref: Endpoint): string => {
    const key = refKey(ref)
    const known = variables.get(key)
    if (known) return known
    const node = plan.node(ref.node)
    const value = plan.datasets.get(key)
    if (!node || !value) throw new Error(`no data set at ${key}`)
    const inputRef = plan.inputsOf(node.id, 'data')
    const inputValue = inputRef ? plan.datasets.get(refKey(inputRef)) : undefined
    const step = stepFor(node, ref.port, inputRef && inputValue ? { ref: inputRef, value: inputValue } : null, value)
    const base = ref.port === 'dataset' ? node.id : `${node.id}_${ref.port}`
    // "_data" keeps a variable apart from the helpers (standardize, one_hot…) and says what it holds.
    const variable = pyName(base, taken, /data$/i.test(base) ? '' : '_data')
    let line: string
    if (step && inputRef) {
      const input = visit(inputRef)
      if (step.rows) rows.set(key, int32Array(step.rows, [step.rows.length]))
      line = `${variable} = ${step.code(input, `rows[${pyString(key)}]`)}  # ${node.id} (${node.type})`
    } else {
      const path = `data/${safeFileName(ref.port === 'dataset' ? node.id : `${node.id}-${ref.port}`)}.csv`
      files.push(textFile(path, datasetCsv(value)))
      const targets = value.y.size / Math.max(1, value.y.shape[0])
      line = `${variable} = read_csv(${pyString(path)}, targets=${targets})  # ${node.id} (${node.type}): ${describe(value)}`
    }
    lines.push(line)
    variables.set(key, variable)
    return variable
  }

  for (const ref of outputs) visit(ref)
  return {
    lines,
    files,
    rows,
    variable: (ref) => {
      const v = variables.get(refKey(ref))
      if (!v) throw new Error(`no pipeline variable for ${refKey(ref)}`)
      return v
    },
  }
}
