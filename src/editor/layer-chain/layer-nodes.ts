/**
 * A layer as a node of a chain and as an entry of a Sequential node's `layers` list: the
 * two spellings of the same Keras layer, converted both ways without changing the model.
 * Fields at Keras' default are left out of an entry, as a user would write it.
 */
import type { GraphNode, LayerEntryValue, ParamValues } from '../../graph/graph-file.ts'

export const SEQUENTIAL = 'model/sequential'
export const INPUT = 'model/input'
export const DENSE = 'model/dense'

/** Node types that are one layer each, by the entry type they stand for. */
export const LAYER_NODE_TYPES: Readonly<Record<string, string>> = {
  dense: DENSE,
  dropout: 'model/dropout',
  batchnorm: 'model/batch-normalization',
  activation: 'model/activation',
}

const ENTRY_OF_TYPE = new Map(Object.entries(LAYER_NODE_TYPES).map(([entry, type]) => [type, entry]))

/** The params that say how a model's initial weights are drawn (Input, Dense, Sequential). */
export const INIT_PARAMS = ['generator', 'seed', 'skipNormals'] as const

/** Whether a node type adds layers to a model chain (Collapse takes these, "+ layer after" follows them). */
export function isChainNode(type: string): boolean {
  return type === SEQUENTIAL || type === INPUT || ENTRY_OF_TYPE.has(type)
}

/** Keras' defaults of the fields an entry may leave out. */
const ENTRY_DEFAULTS: Readonly<Record<string, Readonly<Record<string, number | boolean | string>>>> = {
  dense: { activation: 'linear', useBias: true, kernelInitializer: 'glorotUniform', biasInitializer: 'zeros', l1: 0, l2: 0 },
  dropout: {},
  batchnorm: { momentum: 0.99, epsilon: 0.001 },
  activation: {},
}

/** The node params each entry field comes from (all of them, required ones included). */
const ENTRY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  dense: ['units', 'activation', 'useBias', 'kernelInitializer', 'biasInitializer', 'l1', 'l2'],
  dropout: ['rate'],
  batchnorm: ['momentum', 'epsilon'],
  activation: ['activation'],
}

/** A layer name Keras and the layer list accept (node ids mostly are). */
const NAME = /^[A-Za-z0-9_-]{1,64}$/

/**
 * The entries a chain node stands for: none for an Input; a layer node's one layer, named for the node so that
 * summaries and plots keep naming it; a Sequential node's own list. Throws why not.
 */
export function entriesOf(node: GraphNode): LayerEntryValue[] {
  if (node.type === INPUT) return []
  if (node.type === SEQUENTIAL) return (node.params.layers as LayerEntryValue[] | undefined)?.map((e) => ({ ...e })) ?? []
  const type = ENTRY_OF_TYPE.get(node.type)
  if (!type) throw new Error(`"${node.id}" is not a layer node`)
  if (type === 'dense' && (node.params.kernelInitializer === 'values' || node.params.biasInitializer === 'values')) {
    throw new Error(`Dense "${node.id}" starts from weights given as values, which a Sequential layer cannot hold`)
  }
  const entry: LayerEntryValue = { type }
  for (const field of ENTRY_FIELDS[type]) {
    const value = node.params[field]
    if (typeof value !== 'number' && typeof value !== 'boolean' && typeof value !== 'string') continue
    if (ENTRY_DEFAULTS[type][field] !== value) entry[field] = value
  }
  if (NAME.test(node.id)) entry.name = node.id
  return [entry]
}

/** Each node type's params at their defaults. */
export type DefaultsOf = (type: string) => ParamValues

/**
 * The node of one entry, with params: the node type's defaults, the entry's fields,
 * and Keras' defaults for the fields it leaves out (a Dense node's own defaults differ).
 * Throws for what a layer node cannot hold.
 */
export function layerNodeParams(entry: LayerEntryValue, defaultsOf: DefaultsOf, at: string): { type: string; params: ParamValues } {
  const kind = String(entry.type)
  const type = LAYER_NODE_TYPES[kind]
  if (!type) throw new Error(`${at}: unknown layer type "${kind}"`)
  if (entry.seed !== undefined) throw new Error(`${at} (${kind}) has a seed of its own, which a Dropout node does not hold`)
  const params: ParamValues = { ...defaultsOf(type) }
  for (const field of ENTRY_FIELDS[kind]) {
    const value = entry[field] ?? ENTRY_DEFAULTS[kind][field]
    if (value !== undefined) params[field] = value
  }
  return { type, params }
}
