import type { Layer } from '../layers/index.ts'
import type { Tensor } from '../tensor.ts'
import { copyOverlap } from '../overlap.ts'
import type { Sequential } from './sequential.ts'

/** How well a new layer stands for an old one: -1 when it cannot (another class). */
function likeness(a: Layer, b: Layer): number {
  if (a.className !== b.className) return -1
  // Names a model chose ("dense_1") shift when a layer is inserted before: only given names identify a layer.
  const named = !a.autoNamed && !b.autoNamed && a.name === b.name ? 4 : 0
  const shapes = a.weights.length === b.weights.length && a.weights.every((w, i) => w.shape.join() === b.weights[i].shape.join()) ? 2 : 0
  return 1 + named + shapes
}

/**
 * Which layer of the new stack carries on which of the old one: the order-keeping pairing
 * with the greatest total likeness (an alignment, as a diff pairs lines), so an inserted
 * or removed layer leaves the others paired with themselves.
 */
export function pairLayers(from: readonly Layer[], to: readonly Layer[]): [old: Layer, next: Layer][] {
  const n = from.length
  const m = to.length
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const like = likeness(from[i], to[j])
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], like < 0 ? -Infinity : like + best[i + 1][j + 1])
    }
  }
  const pairs: [Layer, Layer][] = []
  for (let i = 0, j = 0; i < n && j < m; ) {
    const like = likeness(from[i], to[j])
    if (like >= 0 && best[i][j] === like + best[i + 1][j + 1]) pairs.push([from[i], to[j++]]), i++
    else if (best[i][j] === best[i + 1][j]) i++
    else j++
  }
  return pairs
}

/**
 * Carries a trained model's state into a freshly built model of a changed architecture (a
 * wider or narrower layer, another activation or dropout rate, a layer inserted or removed).
 * Each paired layer keeps what the shapes share: a widened layer keeps every old unit's
 * weights and its new units keep their fresh initial ones, while the next layer's weights
 * from those new units start at zero, so the model computes the same function until
 * training moves them; removed units drop their weights. Batch-norm statistics carry over
 * the same way, and a dropout layer continues its mask stream. Unpaired (inserted) layers
 * keep their initial weights. Returns each old weight with the new one that replaces it,
 * for the optimizer to carry its state over.
 */
export function carryOver(from: Sequential, to: Sequential): [old: Tensor, next: Tensor][] {
  const replaced: [Tensor, Tensor][] = []
  for (const [old, next] of pairLayers(from.layers, to.layers)) {
    next.weights.forEach((w, k) => {
      const prev = old.weights[k]
      if (!prev) return
      copyOverlap(prev.data, prev.shape, w.data, w.shape, 'zero')
      replaced.push([prev, w])
    })
    next.carryStateFrom(old)
  }
  return replaced
}
