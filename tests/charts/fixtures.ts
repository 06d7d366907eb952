/** Small charts of every kind, shared by the tests. */

import type {
  DecisionBoundaryChart,
  Grid,
  LandscapeChart,
  LineChart,
  TableChart,
  TrainingCurvesChart,
  TrajectoryChart,
} from '../../src/charts/data.ts'

export function linspace(a: number, b: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1))
}

export function gridOf(xs: number[], ys: number[], f: (x: number, y: number) => number): Grid {
  return { x: xs, y: ys, z: ys.map((y) => xs.map((x) => f(x, y))) }
}

/** z = x² + y² on [-2, 2]². */
export function bowl(n = 41): Grid {
  const t = linspace(-2, 2, n)
  return gridOf(t, t, (x, y) => x * x + y * y)
}

export function lineChart(): LineChart {
  return {
    kind: 'line',
    title: 'Loss per step',
    xLabel: 'step',
    yLabel: 'loss',
    series: [
      { name: 'SGD', x: [0, 1, 2, 3, 4], y: [2.3, 1.7, 1.2, 0.9, 0.8] },
      { name: 'Adam', x: [0, 1, 2, 3, 4], y: [2.3, 1.1, 0.6, 0.4, 0.35] },
    ],
    markers: [{ x: 2, label: 'lr 0.001 → 0.01' }],
  }
}

export function trainingCurves(epochs = 12): TrainingCurvesChart {
  const x = Array.from({ length: epochs }, (_, i) => i + 1)
  return {
    kind: 'training-curves',
    title: 'Training history',
    xLabel: 'epoch',
    panels: [
      {
        metric: 'loss',
        yLabel: 'loss',
        series: [
          { name: 'SGD', x, y: x.map((e) => 1.2 * Math.exp(-e / 6) + 0.15) },
          { name: 'Adam', x, y: x.map((e) => 1.1 * Math.exp(-e / 2.5) + 0.08) },
        ],
      },
      {
        metric: 'accuracy',
        yLabel: 'accuracy',
        series: [
          { name: 'SGD', x, y: x.map((e) => 0.95 - 0.5 * Math.exp(-e / 5)) },
          { name: 'Adam', x, y: x.map((e) => 0.98 - 0.45 * Math.exp(-e / 2)) },
        ],
      },
    ],
    markers: [{ x: 5, label: 'lr 0.001 → 0.01' }, { x: 9, label: 'batch 32 → 128' }],
  }
}

/**
 * Gradient descent on an elongated bowl, with and without momentum, framed on [-3, 3]² with the
 * contour reaching 3 times as wide and 1.5 times as high, as the trajectory node computes it.
 */
export function trajectory(): TrajectoryChart {
  const f = (x: number, y: number): number => 0.5 * x * x + 4 * y * y
  const descend = (lr: number, beta: number, steps: number): [number, number][] => {
    let p: [number, number] = [-2.6, 1.4]
    let v: [number, number] = [0, 0]
    const out: [number, number][] = [p]
    for (let s = 0; s < steps; s++) {
      const g: [number, number] = [p[0], 8 * p[1]]
      v = [beta * v[0] + g[0], beta * v[1] + g[1]]
      p = [p[0] - lr * v[0], p[1] - lr * v[1]]
      out.push(p)
    }
    return out
  }
  return {
    kind: 'trajectory',
    title: 'Optimizer paths',
    xLabel: 'w₁',
    yLabel: 'w₂',
    view: { x: [-3, 3], y: [-3, 3] },
    note: null,
    contour: gridOf(linspace(-9, 9, 97), linspace(-4.5, 4.5, 49), f),
    paths: [
      { name: 'SGD', points: descend(0.2, 0, 25) },
      { name: 'Momentum', points: descend(0.05, 0.8, 25) },
    ],
    optimum: [0, 0],
  }
}

export function decisionBoundary(): DecisionBoundaryChart {
  const t = linspace(-3, 3, 31)
  const prob = (x: number, y: number): number => 1 / (1 + Math.exp(-(1.5 * x - y + 0.3 * x * y)))
  const points = []
  for (let k = 0; k < 40; k++) {
    const a = (k * 2.399963) % (2 * Math.PI)
    const r = 0.4 + ((k * 7) % 10) / 5
    const x = r * Math.cos(a)
    const y = r * Math.sin(a)
    points.push({ x, y, label: prob(x, y) > 0.5 ? 1 : 0 })
  }
  return {
    kind: 'decision-boundary',
    title: 'Decision boundary',
    xLabel: 'x₁',
    yLabel: 'x₂',
    grid: gridOf(t, t, prob),
    points,
    classes: ['negative', 'positive'],
  }
}

export function landscape(): LandscapeChart {
  const t = linspace(-2, 2, 41)
  return {
    kind: 'landscape',
    title: 'Loss landscape',
    xLabel: 'direction 1',
    yLabel: 'direction 2',
    grid: gridOf(t, t, (x, y) => (1 - x) ** 2 + 5 * (y - x * x) ** 2),
  }
}

export function table(): TableChart {
  return {
    kind: 'table',
    table: {
      title: 'Results <final> & notes',
      columns: ['optimizer', 'loss', 'accuracy', 'epochs'],
      rows: [
        ['SGD', 0.123456, 0.91234, 20],
        ['Adam <β=0.9>', 0.0456789, 0.97, 20],
        ['RMSprop & co', 1.5e-7, 0.5, 3],
      ],
      footer: ['best: Adam', 'times are wall clock & approximate'],
    },
  }
}
