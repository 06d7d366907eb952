/**
 * The layer editor's edits as pure functions from one layer list to the next, so each
 * click makes one new list (one undo step) and the element only renders and emits.
 */
import type { LayerEntryValue } from '../../graph/graph-file.ts'

export type LayerList = readonly LayerEntryValue[]

/** What a new layer of each type starts as: Keras' defaults, a Dense of 32 relu units. */
export const NEW_LAYER: Readonly<Record<string, LayerEntryValue>> = {
  dense: { type: 'dense', units: 32, activation: 'relu' },
  dropout: { type: 'dropout', rate: 0.2 },
  batchnorm: { type: 'batchnorm' },
  activation: { type: 'activation', activation: 'relu' },
}

/** A copy of layer i right after it: "one more like this one", as Playground's + does. Names are unique, so the copy has none. */
export function insertAfter(list: LayerList, i: number): LayerEntryValue[] {
  const copy = list[i] ? withoutName(list[i]) : { ...NEW_LAYER.dense }
  return [...list.slice(0, i + 1), copy, ...list.slice(i + 1)]
}

function withoutName(layer: LayerEntryValue): LayerEntryValue {
  const copy = { ...layer }
  delete copy.name
  return copy
}

/** A new Dense at the end, as wide as the last Dense (or 32 units). */
export function append(list: LayerList): LayerEntryValue[] {
  const lastDense = [...list].reverse().find((l) => l.type === 'dense')
  const units = typeof lastDense?.units === 'number' ? lastDense.units : 32
  return [...list, { type: 'dense', units, activation: 'relu' }]
}

export function remove(list: LayerList, i: number): LayerEntryValue[] {
  return list.filter((_, j) => j !== i)
}

/** Layer i moved by `by` places (−1 up, +1 down); unchanged at the ends. */
export function move(list: LayerList, i: number, by: number): LayerEntryValue[] {
  const j = i + by
  if (j < 0 || j >= list.length) return [...list]
  const next = [...list]
  ;[next[i], next[j]] = [next[j], next[i]]
  return next
}

/** Layer i with one field set; a new type starts from that type's defaults. */
export function setField(list: LayerList, i: number, field: string, value: number | string | boolean): LayerEntryValue[] {
  return list.map((layer, j) => {
    if (j !== i) return layer
    if (field === 'type') return { ...(NEW_LAYER[String(value)] ?? { type: String(value) }) }
    return { ...layer, [field]: value }
  })
}

/** A Dense layer's units, one more or one fewer (at least 1). */
export function stepUnits(list: LayerList, i: number, by: number): LayerEntryValue[] {
  const units = list[i]?.units
  return typeof units === 'number' ? setField(list, i, 'units', Math.max(1, units + by)) : [...list]
}
