import { Random, fromStorage } from '../../src/core/index.ts'
import { defineNode, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import type { Dataset } from '../../src/runtime/values.ts'
import { cos, sin } from '../../src/core/math.ts'

export const PLAYGROUND_KINDS = ['circle', 'xor', 'gauss', 'spiral'] as const
export type PlaygroundKind = (typeof PLAYGROUND_KINDS)[number]

interface Point {
  x: number
  y: number
  /** 1 for Playground's positive (blue) class, 0 for its negative (orange) one. */
  label: number
}

/**
 * TensorFlow Playground's four classification sets (github.com/tensorflow/playground,
 * dataset.ts), with its geometry and noise model, drawn from a seeded generator. The
 * positive class gets ⌈n/2⌉ points and the negative one ⌊n/2⌋; the rows are then shuffled,
 * as Playground does before splitting.
 */
export function playgroundPoints(kind: PlaygroundKind, n: number, noise: number, rng: Random): Point[] {
  const uniform = (a: number, b: number): number => rng.next() * (b - a) + a
  const positives = Math.ceil(n / 2)
  const negatives = n - positives
  const points: Point[] = []
  switch (kind) {
    case 'circle': {
      // Inside radius 2.5 is positive, the ring from 3.5 to 5 negative; with noise a label
      // is decided by where the point would be after a random nudge.
      const radius = 5
      const ring = (count: number, rMin: number, rMax: number): void => {
        for (let i = 0; i < count; i++) {
          const r = uniform(rMin, rMax)
          const angle = uniform(0, 2 * Math.PI)
          const x = r * sin(angle)
          const y = r * cos(angle)
          const nx = uniform(-radius, radius) * noise
          const ny = uniform(-radius, radius) * noise
          points.push({ x, y, label: Math.sqrt((x + nx) * (x + nx) + (y + ny) * (y + ny)) < radius * 0.5 ? 1 : 0 })
        }
      }
      ring(positives, 0, radius * 0.5)
      ring(negatives, radius * 0.7, radius)
      break
    }
    case 'xor': {
      // Uniform in [−5, 5]², pushed 0.3 away from the axes; positive where x·y ≥ 0.
      const padded = (): number => {
        const v = uniform(-5, 5)
        return v > 0 ? v + 0.3 : v - 0.3
      }
      for (let i = 0; i < n; i++) {
        const x = padded()
        const y = padded()
        const nx = uniform(-5, 5) * noise
        const ny = uniform(-5, 5) * noise
        points.push({ x, y, label: (x + nx) * (y + ny) >= 0 ? 1 : 0 })
      }
      break
    }
    case 'gauss': {
      // Two round clouds centred on (2, 2) and (−2, −2); noise widens them (variance 0.5 → 4).
      const std = Math.sqrt(0.5 + (noise / 0.5) * 3.5)
      const cloud = (count: number, c: number, label: number): void => {
        for (let i = 0; i < count; i++) points.push({ x: rng.normal(c, std), y: rng.normal(c, std), label })
      }
      cloud(positives, 2, 1)
      cloud(negatives, -2, 0)
      break
    }
    case 'spiral': {
      // Two interleaved spirals of radius 5, 1.75 turns each, half a turn apart.
      const arm = (count: number, deltaT: number, label: number): void => {
        for (let i = 0; i < count; i++) {
          const r = (i / count) * 5
          const t = ((1.75 * i) / count) * 2 * Math.PI + deltaT
          const x = r * sin(t) + uniform(-1, 1) * noise
          const y = r * cos(t) + uniform(-1, 1) * noise
          points.push({ x, y, label })
        }
      }
      arm(positives, 0, 1)
      arm(negatives, Math.PI, 0)
      break
    }
  }
  const order = rng.permutation(points.length)
  return Array.from(order, (i) => points[i])
}

export default defineNode({
  type: 'data/playground-2d',
  title: 'Playground data (2-D)',
  doc: "The four classification puzzles of TensorFlow Playground, as points in the plane (about −6…6 on each axis) with two classes: circle (a disc inside a ring), xor (opposite quadrants), gauss (two clouds) and spiral (two interleaved spirals). A straight line separates only gauss: the others need a hidden layer. y is 1 for the blue class and 0 for the orange one, for binary cross-entropy.",
  inputs: {},
  outputs: { dataset: output(Port.Dataset, { doc: 'x: n×2 points; y: n×1 labels 0/1.' }) },
  params: {
    kind: param.select({ default: 'circle', options: PLAYGROUND_KINDS, doc: 'Which puzzle: circle, xor, gauss or spiral.' }),
    n: param.integer({ default: 200, min: 2, max: 100_000, scale: 'log', doc: 'Number of points (half of each class).' }),
    noise: param.number({ default: 0, min: 0, max: 0.5, step: 0.05, doc: 'How much the classes blur into each other: 0 is clean, 0.5 is Playground’s noisiest (50).' }),
    seed: param.integer({ default: 0, min: 0, max: 2 ** 32 - 1, doc: 'Fixes the random points: the same seed gives the same data.' }),
  },
  evaluate: ({ params }) => {
    const points = playgroundPoints(params.kind, params.n, params.noise, new Random(params.seed))
    const dataset: Dataset = {
      name: params.kind,
      x: fromStorage(Float32Array.from(points.flatMap((p) => [p.x, p.y])), [points.length, 2]),
      y: fromStorage(Float32Array.from(points, (p) => p.label), [points.length, 1]),
      featureNames: ['x₁', 'x₂'],
      targetNames: ['class'],
      classes: ['orange', 'blue'],
      encoding: 'binary',
    }
    return { dataset }
  },
  shapes: (_inputs, params) => ({ dataset: [params.n, 2] }),
})
