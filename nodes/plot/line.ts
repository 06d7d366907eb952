import type { LineChart, LineSeries } from '../../src/charts/data.ts'
import type { Tensor } from '../../src/core/index.ts'
import { defineNode, input, multiInput, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'

/** The names given in a comma-separated list, falling back to y1, y2… */
export function seriesNames(list: string, count: number): string[] {
  const given = list.split(',').map((s) => s.trim())
  return Array.from({ length: count }, (_, i) => (given[i] ? given[i] : `y${i + 1}`))
}

/**
 * The curves of one y input: a tensor with as many values as x is one curve; a
 * matrix with one row per x value gives one curve per column.
 */
function curves(name: string, y: Tensor, xs: number[]): LineSeries[] {
  const n = xs.length
  if (y.size === n) return [{ name, x: xs, y: Array.from(y.data) }]
  if (y.rank === 2 && y.shape[0] === n) {
    const cols = y.shape[1]
    return Array.from({ length: cols }, (_, c) => ({ name: `${name}[${c}]`, x: xs, y: Array.from({ length: n }, (_, r) => y.data[r * cols + c]) }))
  }
  throw new Error(`${name} has shape [${y.shape.join(', ')}] (${y.size} values) but x has ${n} values: connect a y with one value per x`)
}

export default defineNode({
  type: 'plot/line',
  title: 'Line plot',
  doc: 'Draws one or more curves y(x) over the same x values, e.g. an activation function and its derivative over a Linspace. Connect several tensors to y for several curves; a matrix with one row per x value draws one curve per column.',
  inputs: {
    x: input(Port.Tensor, { doc: 'The x values (any shape; read in order).' }),
    y: multiInput(Port.Tensor, { doc: 'One or more curves, each with one value per x.' }),
  },
  outputs: { chart: output(Port.Chart) },
  params: {
    title: param.string({ default: '', doc: 'The chart title.' }),
    xLabel: param.string({ default: 'x', label: 'x label', doc: 'The x-axis label.' }),
    yLabel: param.string({ default: 'y', label: 'y label', doc: 'The y-axis label.' }),
    names: param.string({ default: '', doc: 'Comma-separated legend names for the y inputs, in connection order (default y1, y2, …).' }),
    yScale: param.select({ default: 'linear', options: ['linear', 'log'], label: 'y scale', doc: 'log spreads out values spanning many orders of magnitude (all must be > 0).' }),
    fixYRange: param.boolean({ default: false, label: 'fix y range', doc: 'On: show y from yMin to yMax (the chapter uses −0.1…1.1 for derivatives). Off: fit the data.' }),
    yMin: param.number({ default: -0.1, min: -1e9, max: 1e9, label: 'y min', doc: 'Bottom of the y axis when the range is fixed.' }),
    yMax: param.number({ default: 1.1, min: -1e9, max: 1e9, label: 'y max', doc: 'Top of the y axis when the range is fixed.' }),
  },
  evaluate: ({ inputs, params }) => {
    if (params.fixYRange && !(params.yMax > params.yMin)) throw new Error(`y max (${params.yMax}) must be greater than y min (${params.yMin})`)
    const xs = Array.from(inputs.x.data)
    const names = seriesNames(params.names, inputs.y.length)
    const chart: LineChart = {
      kind: 'line',
      title: params.title,
      xLabel: params.xLabel,
      yLabel: params.yLabel,
      series: inputs.y.flatMap((y, i) => curves(names[i], y, xs)),
      yScale: params.yScale,
      ...(params.fixYRange ? { yRange: [params.yMin, params.yMax] as [number, number] } : {}),
    }
    return { chart }
  },
})
