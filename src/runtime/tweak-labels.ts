import type { Tweak } from '../graph/graph-file.ts'
import { parseSourceRef } from '../graph/tweaks.ts'
import type { TweakEdit } from '../graph/tweaks.ts'
import type { NodeRecord } from './node-record.ts'

/** Short names for the params students tweak most. */
const SHORT_NAMES: Readonly<Record<string, string>> = { learningRate: 'lr', batchSize: 'batch' }

function formatValue(v: Tweak['value']): string {
  return typeof v === 'number' ? String(Number(v.toPrecision(4))) : String(v)
}

/** How a node is called in a label: its type's title ("Adam", "Standardize"), which says what changed. */
function nodeName(record: NodeRecord | undefined, fallback: string): string {
  return record?.def.title ?? fallback
}

/**
 * The short text a curve marker shows for an edit: "batch 30 → 5", "SGD → Adam",
 * "standardize on" (a node's `enabled` switch names the node).
 */
export function editLabel(edit: TweakEdit, find: (nodeId: string) => NodeRecord | undefined): string {
  if (edit.param === undefined) {
    const from = edit.from === undefined ? '' : parseSourceRef(String(edit.from)).node
    const to = parseSourceRef(String(edit.value)).node
    return `${nodeName(find(from), from)} → ${nodeName(find(to), to)}`
  }
  if (typeof edit.value === 'boolean') {
    const what = edit.param === 'enabled' ? nodeName(find(edit.node), edit.node).toLowerCase() : edit.param
    return `${what} ${edit.value ? 'on' : 'off'}`
  }
  const name = SHORT_NAMES[edit.param] ?? edit.param
  return edit.from === undefined ? `${name} → ${formatValue(edit.value)}` : `${name} ${formatValue(edit.from)} → ${formatValue(edit.value)}`
}
