import type { LayerEntryValue } from '../graph/graph-file.ts'

const same = (a: LayerEntryValue | undefined, b: LayerEntryValue | undefined): boolean => JSON.stringify(a) === JSON.stringify(b)

/** A layer's width changed: "+16 units in hidden", "−8 units in layer 1". */
export function unitsLabel(before: number, after: number, where: string): string {
  const more = after - before
  return `${more > 0 ? '+' : '−'}${Math.abs(more)} units in ${where}`
}

/** A layer as a label names it: "dense 16", "dropout 0.2", "batchnorm". */
function layerText(entry: LayerEntryValue): string {
  const size = entry.units ?? entry.rate ?? entry.activation
  return size === undefined ? String(entry.type) : `${String(entry.type)} ${String(size)}`
}

/** One layer's change: "+16 units in layer 1", "layer 2 activation relu → tanh". */
function entryChange(before: LayerEntryValue, after: LayerEntryValue, where: string): string {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => before[k] !== after[k])
  if (keys.length === 1 && keys[0] === 'units' && typeof before.units === 'number' && typeof after.units === 'number') return unitsLabel(before.units, after.units, where)
  if (keys.length === 1) return `${where} ${keys[0]} ${String(before[keys[0]] ?? '–')} → ${String(after[keys[0]] ?? '–')}`
  return `${where}: ${layerText(before)} → ${layerText(after)}`
}

/**
 * The short text a curve marker shows for a change of a Sequential node's layer list: one
 * layer inserted or taken out ("+ layer dense 16"), one layer's field changed ("+16 units
 * in layer 1"), or, for anything bigger, that the layers changed. The marker already names
 * the trainer, whose model this is.
 */
export function layersLabel(before: readonly LayerEntryValue[], after: readonly LayerEntryValue[]): string {
  if (Math.abs(after.length - before.length) === 1) {
    const [longer, shorter] = after.length > before.length ? [after, before] : [before, after]
    const at = longer.findIndex((entry, i) => !same(entry, shorter[i]))
    if (longer.every((entry, i) => i === at || same(entry, shorter[i < at ? i : i - 1]))) return `${after.length > before.length ? '+' : '−'} layer ${layerText(longer[at])}`
  }
  if (after.length === before.length) {
    const changed = after.map((_, i) => i).filter((i) => !same(before[i], after[i]))
    if (changed.length === 1) return entryChange(before[changed[0]], after[changed[0]], `layer ${changed[0] + 1}`)
  }
  return 'layers changed'
}
