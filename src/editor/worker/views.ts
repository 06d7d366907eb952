import { Tensor } from '../../core/index.ts'
import type { ChartData, TableData } from '../../charts/data.ts'
import type { ChartPicture } from '../../charts/picture.ts'
import type { NodeState } from '../../runtime/node-record.ts'
import type { Runtime } from '../../runtime/runtime.ts'
import { Port } from '../../runtime/ports.ts'
import type { NodeSchema } from '../../graph/node-schema.ts'
import { modelOutputWidth } from '../../runtime/model-builder.ts'
import { stackView } from './stack-view.ts'
import type { Dataset, ModelSpec } from '../../runtime/values.ts'
import type { NodeRuntimeView } from '../view-types.ts'

function shapeText(type: string, value: unknown): string | null {
  if (value === undefined || value === null) return null
  switch (type) {
    case 'Tensor':
      return value instanceof Tensor ? (value.rank === 0 ? 'scalar' : value.shape.join('×')) : null
    case 'Dataset':
      return (value as Dataset).x.shape.join('×')
    case 'Model': {
      const m = value as ModelSpec
      return `${m.inputShape[0]}→${modelOutputWidth(m)}`
    }
    case 'Table':
      return mappingText(value as TableData)
    default:
      return null
  }
}

const PAIRS_SHOWN = 8
const CELL_CHARS = 20

/**
 * A two-column table — a mapping, such as a CSV node's class label → index — as one line,
 * "setosa→0, versicolor→1, virginica→2", shown where other outputs show their shape, so the
 * mapping is on the node without wiring a table plot. Other tables have no one-line form.
 */
export function mappingText(table: TableData): string | null {
  if (table.columns.length !== 2 || table.rows.length === 0) return null
  const cut = (v: string | number): string => {
    const text = String(v)
    return text.length > CELL_CHARS ? `${text.slice(0, CELL_CHARS - 1)}…` : text
  }
  const pairs = table.rows.slice(0, PAIRS_SHOWN).map(([key, value]) => `${cut(key)}→${cut(value)}`)
  return pairs.join(', ') + (table.rows.length > PAIRS_SHOWN ? `, … (${table.rows.length} in all)` : '')
}

/** The cloneable view of one node for the page: state, output shapes, its chart and the chart's picture. */
export function nodeView(
  runtime: Runtime,
  nodeId: string,
  schema: NodeSchema,
  state: NodeState,
  paint: (chart: ChartData | null) => ChartPicture | null,
): NodeRuntimeView {
  const shapes: Record<string, string> = {}
  let chart: ChartData | null = null
  let notice: string | null = null
  let stack: NodeRuntimeView['stack'] = null
  for (const [port, out] of Object.entries(schema.outputs)) {
    const value = runtime.value(nodeId, port)
    if (out.type === 'Chart') chart = runtime.value(nodeId, port, Port.Chart) ?? null
    if (out.type === 'Training') {
      const training = runtime.value(nodeId, port, Port.Training)
      // A run a change restarted says why, until it has something more pressing to say.
      notice = training?.notice?.message ?? training?.earlier.at(-1)?.reason ?? null
    }
    if (out.type === 'Model' && schema.params.layers?.kind === 'layers') {
      const model = runtime.value(nodeId, port, Port.Model)
      stack = model ? stackView(model, nodeId) : null
    }
    const text = shapeText(out.type, value)
    if (text) shapes[port] = text
  }
  return { status: state.status, error: state.error, notice, shapes, chart, picture: paint(chart), stack }
}
