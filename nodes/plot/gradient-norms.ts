import type { LineChart, LineSeries } from '../../src/charts/data.ts'
import { defineNode, multiInput, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import type { TrainingSnapshot } from '../../src/runtime/values.ts'

export const VIEWS = ['by-layer', 'over-steps'] as const
export type GradientView = (typeof VIEWS)[number]
export const STATISTICS = ['mean', 'first', 'latest'] as const
export type StepStatistic = (typeof STATISTICS)[number]

function recorded(run: TrainingSnapshot): readonly (readonly number[])[] {
  if (!run.gradNorms) throw new Error(`trainer ${run.label} does not record gradient norms: turn on 'record grad norms'`)
  return run.gradNorms
}

/** One norm per layer: the mean over all recorded steps, the first step's, or the latest step's. */
export function layerNorms(steps: readonly (readonly number[])[], statistic: StepStatistic): number[] {
  if (steps.length === 0) return []
  if (statistic === 'first') return [...steps[0]]
  if (statistic === 'latest') return [...steps[steps.length - 1]]
  const sums = steps[0].map(() => 0)
  for (const norms of steps) norms.forEach((v, k) => (sums[k] += v))
  return sums.map((s) => s / steps.length)
}

/** x = layer depth (1 is next to the input), y = that layer's kernel gradient norm; one line per run. */
function byLayer(runs: readonly TrainingSnapshot[], statistic: StepStatistic): LineSeries[] {
  return runs.map((run) => {
    const y = layerNorms(recorded(run), statistic)
    return { name: run.label, x: y.map((_, k) => k + 1), y }
  })
}

/** x = step, y = norm; one line per layer (prefixed with the run's name when there are several runs). */
function overSteps(runs: readonly TrainingSnapshot[]): LineSeries[] {
  return runs.flatMap((run) => {
    const steps = recorded(run)
    const layers = steps[0]?.length ?? run.layerNames.length
    const x = steps.map((_, i) => i + 1)
    return Array.from({ length: layers }, (_, k) => ({
      name: runs.length > 1 ? `${run.label}: layer ${k + 1}` : `layer ${k + 1}`,
      x,
      y: steps.map((norms) => norms[k]),
    }))
  })
}

const STATISTIC_TEXT: Readonly<Record<StepStatistic, string>> = { mean: 'mean over the steps', first: 'first step', latest: 'latest step' }

export function gradientNormsChart(runs: readonly TrainingSnapshot[], view: GradientView, statistic: StepStatistic, yScale: 'linear' | 'log', title: string): LineChart {
  const yLabel = 'gradient norm ‖∂L/∂W‖'
  return view === 'by-layer'
    ? { kind: 'line', title, xLabel: `layer (1 = next to the input; ${STATISTIC_TEXT[statistic]})`, yLabel, series: byLayer(runs, statistic), yScale }
    : { kind: 'line', title, xLabel: 'step', yLabel, series: overSteps(runs), yScale }
}

export default defineNode({
  type: 'plot/gradient-norms',
  title: 'Gradient norms',
  doc: "How big each layer's gradient is — the length ‖∂L/∂W‖ of the loss gradient with respect to the layer's kernel — to see vanishing gradients. Backpropagation multiplies the gradient by each layer's activation derivative on its way back to the input; sigmoid′ is at most 0.25, so in a deep sigmoid network the first layers get gradients many times smaller than the last ones and barely learn, while ReLU (derivative 1 where active) keeps them comparable. 'by-layer' draws the norm against the layer's depth, one line per trainer; 'over-steps' draws each layer's norm as training goes. Connect trainers with 'record grad norms' on.",
  inputs: { runs: multiInput(Port.Training, { doc: "Trainers with 'record grad norms' on; each is named by its title." }) },
  outputs: { chart: output(Port.Chart) },
  params: {
    view: param.select({ default: 'by-layer', options: VIEWS, doc: "by-layer: norm against depth (layer 1 is next to the input), one line per trainer. over-steps: one line per layer, norm against the training step." }),
    statistic: param.select({ default: 'mean', options: STATISTICS, doc: 'by-layer only: which steps to show — the mean over every step so far, the first step (the initial weights) or the latest step.' }),
    yScale: param.select({ default: 'log', options: ['linear', 'log'], label: 'y scale', doc: 'log: each factor of 10 takes the same height, so layers whose gradients differ a thousandfold stay readable.' }),
    title: param.string({ default: 'Gradient norm per layer', doc: 'The chart title.' }),
  },
  evaluate: ({ inputs, params }) => ({ chart: gradientNormsChart(inputs.runs, params.view, params.statistic, params.yScale, params.title) }),
})
