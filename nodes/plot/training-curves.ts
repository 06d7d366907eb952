import type { CurvesPanel, LineSeries, Marker, TrainingCurvesChart } from '../../src/charts/data.ts'
import type { ParamValue, Tweak } from '../../src/graph/graph-file.ts'
import { defineNode, multiInput, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'
import { param } from '../../src/graph/params.ts'
import type { EpochRecord, TrainingSnapshot } from '../../src/runtime/values.ts'

/** Short names for the params students tweak most. */
const SHORT_NAMES: Readonly<Record<string, string>> = { learningRate: 'lr' }

function formatValue(v: ParamValue): string {
  if (Array.isArray(v)) return `${v.length} layers`
  return typeof v === 'number' ? String(Number(v.toPrecision(4))) : String(v)
}

/**
 * A marker's text for a live change: "lr 0.001 → 0.01", with the value before it taken from
 * the latest earlier tweak of the same node and param; "lr → 0.01" when it is not known.
 */
export function tweakLabel(tweak: Tweak, earlier: readonly Tweak[]): string {
  if (tweak.label !== undefined) return tweak.label
  if (tweak.param === undefined) return `${tweak.input ?? ''} → ${formatValue(tweak.value)}`
  const name = SHORT_NAMES[tweak.param] ?? tweak.param
  const before = tweak.from ?? earlier.findLast((t) => t.node === tweak.node && t.param === tweak.param)?.value
  return before !== undefined ? `${name} ${formatValue(before)} → ${formatValue(tweak.value)}` : `${name} → ${formatValue(tweak.value)}`
}

/** Epochs of the runs a change restarted before this one: the run's curves start after them. */
function epochOffset(run: TrainingSnapshot): number {
  return run.earlier.reduce((n, e) => n + e.history.length, 0)
}

/**
 * Where a step falls in epochs, counted from the run's start: step / steps per epoch while
 * every epoch had as many steps; otherwise (the batch size or the data changed) completed
 * epochs plus the fraction of the one under way.
 */
export function epochPosition(run: TrainingSnapshot): (step: number) => number {
  const ends = run.epochEnds
  const per = run.stepsPerEpoch
  if (ends.every((end, i) => end === (i + 1) * per)) return (step) => (per > 0 ? step / per : step)
  return (step) => {
    let e = 0
    while (e < ends.length && ends[e] <= step) e++
    const start = e > 0 ? ends[e - 1] : 0
    const length = e < ends.length ? ends[e] - start : per
    return e + (length > 0 ? (step - start) / length : 0)
  }
}

/** Markers at the fractional epoch of each run's tweaks, and where a change restarted a run (its reason, shortened). */
export function tweakMarkers(runs: readonly TrainingSnapshot[]): Marker[] {
  // With several runs, the text names the run; the chart prints it short, in the run's colour.
  const named = (run: TrainingSnapshot, text: string): Marker => (runs.length > 1 ? { x: 0, label: `${run.label}: ${text}`, series: run.label, short: text } : { x: 0, label: text })
  return runs.flatMap((run) => {
    const offset = epochOffset(run)
    let at = 0
    const restarts = run.earlier.map((e) => {
      at += e.history.length
      return { ...named(run, `restarted: ${e.reason.split(':')[0]}`), x: at }
    })
    const epochAt = epochPosition(run)
    const tweaks = run.tweaks.map((t, i) => ({ ...named(run, tweakLabel(t, run.tweaks.slice(0, i))), x: offset + epochAt(t.step) }))
    return [...restarts, ...tweaks]
  })
}

/** Where early stopping ended each run that it ended, naming the best epoch it kept or reached. */
export function earlyStopMarkers(runs: readonly TrainingSnapshot[]): Marker[] {
  return runs.flatMap((run) => {
    if (!run.earlyStop) return []
    const text = `early stop (best: epoch ${run.earlyStop.bestEpoch})`
    return [runs.length > 1 ? { x: run.earlyStop.stoppedEpoch, label: `${run.label}: ${text}`, series: run.label, short: text } : { x: run.earlyStop.stoppedEpoch, label: text }]
  })
}

const Y_LABELS: Readonly<Record<string, string>> = { loss: 'Loss', accuracy: 'Accuracy', learning_rate: 'Learning rate' }

/** The learning rate of every step, at its fractional epoch: a schedule's shape, live changes included. */
function learningRateCurve(run: TrainingSnapshot): LineSeries {
  const epochAt = epochPosition(run)
  const offset = epochOffset(run)
  return { name: run.label, x: run.steps.map((s) => (offset > 0 ? offset + epochAt(s.step) : epochAt(s.step))), y: run.steps.map((s) => s.learningRate) }
}

/** The metrics asked for, without val_ prefixes (validation curves join their metric's panel). */
export function requestedMetrics(list: string): string[] {
  const names = list.split(',').map((m) => m.trim().replace(/^val_/, '')).filter((m) => m !== '' && m !== 'epoch')
  return [...new Set(names)]
}

function curve(name: string, history: readonly EpochRecord[], key: string, offset = 0): LineSeries {
  const x: number[] = []
  const y: number[] = []
  history.forEach((record, i) => {
    const v = record[key]
    if (typeof v === 'number' && Number.isFinite(v)) {
      x.push(offset + i + 1)
      y.push(v)
    }
  })
  return { name, x, y }
}

/** A run's curve of one metric, and of its validation version, for those it records. */
function metricCurves(run: TrainingSnapshot, metric: string): LineSeries[] {
  const series: LineSeries[] = []
  // Runs a change restarted stay on the chart, each a segment of its own before the current one.
  let offset = 0
  run.earlier.forEach((e, k) => {
    if (e.history.some((h) => typeof h[metric] === 'number')) series.push(curve(`${run.label} (run ${k + 1})`, e.history, metric, offset))
    offset += e.history.length
  })
  if (run.metricKeys.includes(metric)) series.push(curve(run.earlier.length > 0 ? `${run.label} (run ${run.earlier.length + 1})` : run.label, run.history, metric, offset))
  if (run.metricKeys.includes(`val_${metric}`)) series.push(curve(`${run.label} (validation)`, run.history, `val_${metric}`, offset))
  return series
}

/**
 * One panel per requested metric that some run records; one series per run (and per run's
 * validation). Panels and series exist from the start, empty, so that training only ever
 * appends points: the chart in the editor grows instead of being rebuilt.
 */
export function trainingCurves(runs: readonly TrainingSnapshot[], metrics: string, title: string): TrainingCurvesChart {
  const panels: CurvesPanel[] = []
  for (const metric of requestedMetrics(metrics)) {
    const series = metric === 'learning_rate' ? runs.map(learningRateCurve) : runs.flatMap((run) => metricCurves(run, metric))
    if (series.length > 0 || metric === 'loss') panels.push({ metric, yLabel: Y_LABELS[metric] ?? metric, series })
  }
  return { kind: 'training-curves', title, xLabel: 'Epoch', panels, markers: [...tweakMarkers(runs), ...earlyStopMarkers(runs)] }
}

export default defineNode({
  type: 'plot/training-curves',
  title: 'Training curves',
  doc: 'Loss and metrics per epoch, one panel per metric, one line per connected trainer — e.g. training with and without standardized data side by side. Validation curves (val_loss…) join their metric’s panel. Live changes made during a run (a new learning rate) and early stops appear as dashed vertical lines; add learning_rate to the metrics to draw each step\'s learning rate (a schedule\'s shape).',
  inputs: { runs: multiInput(Port.Training, { doc: 'One or more trainers; each is named by its title.' }) },
  outputs: { chart: output(Port.Chart) },
  params: {
    metrics: param.string({ default: 'loss,accuracy', doc: 'Comma-separated metrics to show, as the trainer names them (loss, accuracy, …), and learning_rate for the rate of each step. Metrics no run records are left out.' }),
    title: param.string({ default: 'Training curves', doc: 'The chart title.' }),
  },
  evaluate: ({ inputs, params }) => ({ chart: trainingCurves(inputs.runs, params.metrics, params.title) }),
})
