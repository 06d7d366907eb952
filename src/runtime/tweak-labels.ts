import type { LayerEntryValue, ParamValue, Tweak } from '../graph/graph-file.ts'
import { layersLabel, unitsLabel } from './layers-label.ts'
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

function isLayerList(v: ParamValue | undefined): v is LayerEntryValue[] {
  return Array.isArray(v) && v.every((entry: number | LayerEntryValue) => typeof entry === 'object')
}

/** How a layer is called in a label: the name the user gave its node, else its id ("hidden"). */
function layerName(record: NodeRecord | undefined, fallback: string): string {
  return record?.node.title ?? record?.node.id ?? fallback
}

/** The graph as labels see it: its nodes, and which nodes feed each. */
export interface LabelGraph {
  find(nodeId: string): NodeRecord | undefined
  parents(nodeId: string): readonly string[]
}

/** A model input rewired: a layer inserted ("+ layer extra") or taken out ("− layer extra"), or another source. */
function rewiredLabel(edit: TweakEdit, graph: LabelGraph): string {
  const from = edit.from === undefined ? '' : parseSourceRef(String(edit.from)).node
  const to = parseSourceRef(String(edit.value)).node
  // The new source fed by the old one is a layer put in between; the other way round, one taken out.
  if (edit.input === 'model' && graph.parents(to).includes(from)) return `+ layer ${layerName(graph.find(to), to)}`
  if (edit.input === 'model' && from !== '' && graph.parents(from).includes(to)) return `− layer ${layerName(graph.find(from), from)}`
  return `${nodeName(graph.find(from), from)} → ${nodeName(graph.find(to), to)}`
}

/**
 * The short text a curve marker shows for an edit: "batch 30 → 5", "SGD → Adam",
 * "standardize on" (a node's `enabled` switch names the node), "+16 units in hidden".
 */
export function editLabel(edit: TweakEdit, graph: LabelGraph): string {
  if (edit.param === undefined) return rewiredLabel(edit, graph)
  if (edit.param === 'units' && typeof edit.value === 'number' && typeof edit.from === 'number') return unitsLabel(edit.from, edit.value, layerName(graph.find(edit.node), edit.node))
  if (isLayerList(edit.value) && isLayerList(edit.from)) return layersLabel(edit.from, edit.value)
  if (typeof edit.value === 'boolean') {
    const what = edit.param === 'enabled' ? nodeName(graph.find(edit.node), edit.node).toLowerCase() : edit.param
    return `${what} ${edit.value ? 'on' : 'off'}`
  }
  const name = SHORT_NAMES[edit.param] ?? edit.param
  return edit.from === undefined ? `${name} → ${formatValue(edit.value)}` : `${name} ${formatValue(edit.from)} → ${formatValue(edit.value)}`
}
