import { Random, epochBatches } from '../../core/index.ts'
import type { Endpoint, GraphNode } from '../../graph/graph-file.ts'
import type { Dataset } from '../../runtime/values.ts'
import { pyValue } from '../python/literals.ts'

/** What a preprocessing node does, as one line of the script's data pipeline. */
export interface StepCode {
  /** A Python expression of the input's variable, `input`. */
  readonly code: (input: string, rows: string) => string
  /** Row indices the step takes (shuffles and splits draw them from Flowgrad's generator). */
  readonly rows?: Int32Array
}

interface StepArgs {
  readonly node: GraphNode
  readonly port: string
  readonly input: Dataset
  readonly output: Dataset
}

/** Whether taking these rows (and columns) of the input gives exactly the output: the check that a step maps. */
function sameAsTaking(input: Dataset, output: Dataset, rows: ArrayLike<number> | null, columns: readonly number[] | null): boolean {
  const rowCount = rows ? rows.length : input.x.shape[0]
  const cols = input.x.shape[1]
  const picked = columns ?? Array.from({ length: cols }, (_, c) => c)
  if (output.x.shape[0] !== rowCount || output.x.shape[1] !== picked.length || output.y.size !== (input.y.size / input.y.shape[0]) * rowCount) return false
  const yWidth = input.y.size / input.y.shape[0]
  for (let r = 0; r < rowCount; r++) {
    const from = rows ? rows[r] : r
    for (let j = 0; j < picked.length; j++) if (output.x.data[r * picked.length + j] !== input.x.data[from * cols + picked[j]]) return false
    for (let j = 0; j < yWidth; j++) if (output.y.data[r * yWidth + j] !== input.y.data[from * yWidth + j]) return false
  }
  return true
}

/** The order Flowgrad's Shuffle and Split nodes draw: a permutation of the rows from Random(seed). */
function shuffledOrder(rows: number, seed: number): Int32Array {
  return Int32Array.from(epochBatches(rows, rows, 'shuffle', new Random(seed))[0])
}

function rowsStep(args: StepArgs, rows: Int32Array): StepCode | null {
  return sameAsTaking(args.input, args.output, rows, null) ? { code: (input, rowsName) => `take_rows(${input}, ${rowsName})`, rows } : null
}

type StepWriter = (args: StepArgs) => StepCode | null

/**
 * The preprocessing nodes whose work the script does itself, by node type. Each is checked
 * against the node's actual output where it can be; a node that is not here, or whose check
 * fails, has its output shipped as a data file instead.
 */
const writers: Readonly<Record<string, StepWriter>> = {
  'preprocess/shuffle': (args) => rowsStep(args, shuffledOrder(args.input.x.shape[0], Number(args.node.params.seed))),
  'preprocess/split': (args) => {
    const n = args.input.x.shape[0]
    const order = shuffledOrder(n, Number(args.node.params.seed))
    const held = Math.floor(n * Number(args.node.params.fraction))
    return rowsStep(args, args.port === 'validation' ? order.slice(n - held) : order.slice(0, n - held))
  },
  'preprocess/one-hot': ({ input, output }) => {
    if (input.encoding === 'one-hot') return { code: (v) => v }
    return output.encoding === 'one-hot' ? { code: (v) => `one_hot(${v}, classes=${output.y.shape[1]})` } : null
  },
  'preprocess/standardize': ({ port, node }) => (port !== 'dataset' ? null : node.params.enabled === false ? { code: (v) => v } : { code: (v) => `standardize(${v})` }),
  'preprocess/select-features': ({ input, output }) => {
    const columns = output.featureNames.map((name) => input.featureNames.indexOf(name))
    if (columns.some((c) => c < 0) || !sameAsTaking(input, output, null, columns)) return null
    return { code: (v) => `select_features(${v}, ${pyValue(columns)})` }
  },
}

/** The step that computes a node's output from its one data input, or null when it must be shipped as a file. */
export function stepFor(node: GraphNode, port: string, input: { ref: Endpoint; value: Dataset } | null, output: Dataset): StepCode | null {
  const writer = Object.hasOwn(writers, node.type) ? writers[node.type] : null
  return writer && input ? writer({ node, port, input: input.value, output }) : null
}
