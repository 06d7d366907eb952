import type { Storage } from '../dtype.ts'
import { allocate } from '../dtype.ts'
import { Tensor } from '../tensor.ts'
import { check } from '../errors.ts'
import { formatShape, shapesEqual } from '../shape.ts'
import { kernels } from '../kernels/index.ts'

/** Nodes that lead to `root` through differentiable ops, parents before children. */
function topologicalOrder(root: Tensor): Tensor[] {
  const order: Tensor[] = []
  const seen = new Set<Tensor>()
  // Iterative DFS: deep networks unrolled over many ops must not overflow the stack.
  const stack: Array<[Tensor, number]> = [[root, 0]]
  seen.add(root)
  while (stack.length > 0) {
    const top = stack[stack.length - 1]
    const [node, next] = top
    if (next < node.parents.length) {
      top[1]++
      const p = node.parents[next]
      if (p.requiresGrad && !seen.has(p)) {
        seen.add(p)
        stack.push([p, 0])
      }
    } else {
      stack.pop()
      order.push(node)
    }
  }
  return order
}

/**
 * Runs the reverse pass from `root`. `seed` defaults to ones, so a non-scalar root is
 * differentiated as the sum of its values (TensorFlow's GradientTape convention).
 */
function reversePass(root: Tensor, seed: Tensor | undefined, grads: Map<Tensor, Storage>, keep: (t: Tensor) => boolean): void {
  check(root.requiresGrad, 'backward', () => 'the output does not depend on any variable (no tensor in its graph requires a gradient)')
  const rootGrad = allocate(root.dtype, root.size)
  if (seed) {
    check(shapesEqual(seed.shape, root.shape), 'backward', () => `seed shape ${formatShape(seed.shape)} does not match output shape ${formatShape(root.shape)}`)
    rootGrad.set(seed.data)
  } else {
    rootGrad.fill(1)
  }
  const gradOf = (t: Tensor): Storage => {
    let g = grads.get(t)
    if (!g) {
      g = allocate(t.dtype, t.size)
      grads.set(t, g)
    }
    return g
  }
  const existing = grads.get(root)
  if (existing) kernels().accumulate(root.size, rootGrad, existing)
  else grads.set(root, rootGrad)
  const order = topologicalOrder(root)
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]
    const g = grads.get(node)
    if (node.backwardFn && g) {
      node.backwardFn(g, gradOf)
      // Interior gradients are no longer needed once passed on; free them early.
      if (!keep(node)) grads.delete(node)
    }
  }
}

/**
 * PyTorch-style: accumulates d(root)/d(leaf) into `leaf.grad` for every leaf variable
 * the root depends on. Gradients add up across calls until `zeroGrad`.
 */
export function backward(root: Tensor, seed?: Tensor): void {
  const grads = new Map<Tensor, Storage>()
  reversePass(root, seed, grads, (t) => t.isLeaf)
  for (const [t, g] of grads) {
    if (!t.isLeaf) continue
    if (t.grad) {
      kernels().accumulate(t.size, g, t.grad.data)
    } else {
      t.grad = Tensor.constant(g, t.shape)
    }
  }
}

export function zeroGrad(tensors: Iterable<Tensor>): void {
  for (const t of tensors) t.grad = null
}

/** Tape-style: the gradients of `y` with respect to `xs`, leaving `.grad` untouched. */
export function gradients(y: Tensor, xs: readonly Tensor[], seed?: Tensor): Tensor[] {
  const grads = new Map<Tensor, Storage>()
  // Pre-registering the sources keeps their gradients when the pass frees interior ones.
  const sources = xs.map((x) => {
    const g = allocate(x.dtype, x.size)
    grads.set(x, g)
    return g
  })
  const wanted = new Set(xs)
  reversePass(y, seed, grads, (t) => wanted.has(t))
  return xs.map((x, i) => Tensor.constant(grads.get(x) ?? sources[i], x.shape))
}
