import { Port } from '../../src/runtime/ports.ts'
import type { AnyPort, ValueOf } from '../../src/runtime/ports.ts'
// Every example graph: it validates, lays out left to right, runs headless through the same
// runGraph as `flowgrad run` and writes its plots; plus the acceptance figures of each chapter
// figure. The iris example's figures (≥ 0.97 final accuracy standardized, raw loss higher at
// epoch 5) need its full 100-epoch run and are checked by tests/cli/run.test.ts; here it runs
// for 3 epochs.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRegistry } from '../../nodes/index.ts'
import { runGraph } from '../../src/cli/run.ts'
import { capturedOutput } from '../../src/cli/captured-output.ts'
import { loadGraphFile } from '../../src/cli/load-graph.ts'
import { applySets } from '../../src/cli/overrides.ts'
import { parseGraph } from '../../src/graph/index.ts'
import type { GraphDocument } from '../../src/graph/index.ts'
import { Runtime } from '../../src/runtime/runtime.ts'
import { loadReference } from '../helpers/reference.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const EXAMPLES = join(ROOT, 'examples')
const registry = createRegistry()
const fileOf = (name: string): string => join(EXAMPLES, `${name}.flowgrad.json`)
const names = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.flowgrad.json'))
  .map((f) => f.replace(/\.flowgrad\.json$/, ''))
  .sort()

/** Epochs for the smoke runs: enough for an epoch record and a plot, a few seconds at most. */
const SHORT_EPOCHS = 3

interface TrainerJson {
  status: string
  history: { epoch: number; loss: number }[]
  trajectory?: number[][]
  gradNorms?: { layers: string[]; steps: number[][] }
}
type RunJson = Record<string, TrainerJson>

/** `flowgrad run <example> --out <tmp> [--set …]`, in process. */
async function run(name: string, sets: readonly string[] = []): Promise<{ code: number; out: string; stderr: string; runJson: RunJson }> {
  const out = mkdtempSync(join(tmpdir(), `flowgrad-example-${name}-`))
  const stderr = capturedOutput()
  const code = await runGraph({ file: fileOf(name), out, sets, seed: null, png: false, stderr, stdout: capturedOutput() }, registry)
  return { code, out, stderr: stderr.text(), runJson: JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as RunJson }
}

/** --set overrides capping every trainer's epochs at SHORT_EPOCHS. */
function shortRun(doc: GraphDocument): string[] {
  return doc.nodes.filter((n) => n.type === 'train/trainer' && Number(n.params.epochs) > SHORT_EPOCHS).map((n) => `${n.id}.epochs=${SHORT_EPOCHS}`)
}

/** The plot files runGraph writes for a document: <node>.svg, or <node>-<port>.svg for several chart outputs. */
function expectedPlots(doc: GraphDocument): string[] {
  return doc.nodes.flatMap((n) => {
    const ports = Object.entries(registry.get(n.type)?.outputs ?? {}).filter(([, o]) => o.type === 'Chart')
    return ports.length === 1 ? [`${n.id}.svg`] : ports.map(([port]) => `${n.id}-${port}.svg`)
  })
}

/** Loads an example into a runtime (autoplay, as the CLI does) and waits until everything has run. */
async function evaluated(name: string): Promise<Runtime> {
  const doc = loadGraphFile(fileOf(name), registry)
  applySets(doc, shortRun(doc), registry)
  const runtime = new Runtime(registry, { autoplay: true })
  runtime.load(doc)
  await runtime.whenIdle()
  return runtime
}

function valueOf<P extends AnyPort>(runtime: Runtime, node: string, port: string, type: P): ValueOf<P> {
  const v = runtime.value(node, port, type)
  if (v === undefined || v === null) throw new Error(`no value on ${node}.${port}: ${runtime.stateNow(node).error ?? 'not evaluated'}`)
  return v
}

function maxError(actual: ArrayLike<number>, expected: readonly number[]): number {
  expect(actual.length).toBe(expected.length)
  let m = 0
  for (let i = 0; i < expected.length; i++) m = Math.max(m, Math.abs(actual[i] - expected[i]))
  return m
}

function localMinima(values: ArrayLike<number>): number {
  let count = 0
  for (let i = 1; i < values.length - 1; i++) if (values[i] < values[i - 1] && values[i] < values[i + 1]) count++
  return count
}

it('has the chapter’s figures as examples', () => {
  expect(names).toEqual(expect.arrayContaining(['gd-vs-sgd', 'nonconvex-slice', 'activation-derivatives', 'keras-summary', 'iris-standardization', 'optimizers-race', 'vanishing-gradients', 'playground-spiral']))
})

describe.each(names)('examples/%s.flowgrad.json', (name) => {
  const text = readFileSync(fileOf(name), 'utf8')

  it('validates with no problems', () => {
    expect(parseGraph(text, registry).problems).toEqual([])
  })

  it('has a title and a two-to-three-sentence description', () => {
    const { document } = parseGraph(text, registry)
    expect(document?.meta.title.trim()).not.toBe('')
    const sentences = (document?.meta.description ?? '').match(/[.!?](?=\s+\S|$)/g) ?? []
    expect(sentences.length).toBeGreaterThanOrEqual(2)
    expect(sentences.length).toBeLessThanOrEqual(3)
  })

  it('lays out left to right: every connection runs to a node further right, no two nodes overlap', () => {
    const doc = loadGraphFile(fileOf(name), registry)
    const at = new Map(doc.nodes.map((n) => [n.id, n.position]))
    for (const c of doc.connections) {
      const [from, to] = [at.get(c.from.node), at.get(c.to.node)]
      expect(from && to && from[0] < to[0], `${c.from.node} → ${c.to.node}`).toBe(true)
    }
    const taken = doc.nodes.map((n) => `${n.position[0]},${n.position[1]}`)
    expect(new Set(taken).size).toBe(taken.length)
  })

  it(`runs headless (epochs ≤ ${SHORT_EPOCHS}) and writes every plot and run.json`, async () => {
    const doc = loadGraphFile(fileOf(name), registry)
    const { code, out, stderr, runJson } = await run(name, shortRun(doc))
    expect(stderr.split('\n').filter((l) => /error/i.test(l))).toEqual([])
    expect(code).toBe(0)
    const plots = expectedPlots(doc)
    expect(plots.length).toBeGreaterThan(0)
    for (const plot of plots) {
      expect(existsSync(join(out, plot)), plot).toBe(true)
      const svg = readFileSync(join(out, plot), 'utf8')
      expect(svg.startsWith('<svg')).toBe(true)
    }
    const trainers = doc.nodes.filter((n) => n.type === 'train/trainer').map((n) => n.id)
    expect(Object.keys(runJson).sort()).toEqual([...trainers].sort())
    for (const t of trainers) expect(runJson[t].status).toBe('done')
  }, 30_000)
})

describe('gd-vs-sgd', () => {
  const ref = loadReference<{ alphas_gd: number[][]; alphas_sgd: number[][] }>('chapter-gd-vs-sgd.json')
  let runJson: RunJson

  beforeAll(async () => {
    const result = await run('gd-vs-sgd')
    expect(result.code).toBe(0)
    runJson = result.runJson
  })

  it('records the GD trajectory (11 points, the initial first) matching alphas_gd to 1e-4', () => {
    const path = runJson['fit-gd'].trajectory ?? []
    expect(path).toHaveLength(11)
    expect(maxError(path.flat(), ref.alphas_gd.flat())).toBeLessThan(1e-4)
  })

  it('records the SGD trajectory (51 points) matching alphas_sgd to 1e-4', () => {
    const path = runJson['fit-sgd'].trajectory ?? []
    expect(path).toHaveLength(51)
    expect(maxError(path.flat(), ref.alphas_sgd.flat())).toBeLessThan(1e-4)
  })
})

describe('runtime values', () => {
  const runtimes: Runtime[] = []
  const open = async (name: string): Promise<Runtime> => {
    const r = await evaluated(name)
    runtimes.push(r)
    return r
  }
  afterAll(() => runtimes.forEach((r) => r.dispose()))

  it('nonconvex-slice matches losses_per_sample_mse to 1e-5 and has two local minima', async () => {
    const ref = loadReference<{ w0: number[]; losses_per_sample_mse: number[] }>('chapter-nonconvex.json')
    const runtime = await open('nonconvex-slice')
    const losses = valueOf(runtime, 'sweep', 'losses', Port.Tensor)
    expect(maxError(losses.data, ref.losses_per_sample_mse)).toBeLessThan(1e-5)
    expect(localMinima(losses.data)).toBe(2)
    const curve = valueOf(runtime, 'sweep', 'curve', Port.Chart)
    if (curve.kind !== 'line') throw new Error(`expected a line chart, got ${curve.kind}`)
    expect(maxError(curve.series[0].x, ref.w0)).toBeLessThan(1e-12)
  })

  it('activation-derivatives: max tanh′ = 1, max sigmoid′ = 0.25, ReLU′ ∈ {0, 1}, to 1e-6', async () => {
    const runtime = await open('activation-derivatives')
    const max = (node: string): number => Math.max(...valueOf(runtime, node, 'dydx', Port.Tensor).data)
    expect(Math.abs(max('d-tanh') - 1)).toBeLessThan(1e-6)
    expect(Math.abs(max('d-sigmoid') - 0.25)).toBeLessThan(1e-6)
    const relu = Array.from(valueOf(runtime, 'd-relu', 'dydx', Port.Tensor).data)
    expect(relu.every((v) => Math.abs(v) < 1e-6 || Math.abs(v - 1) < 1e-6)).toBe(true)
    expect(relu.some((v) => v === 0) && relu.some((v) => v === 1)).toBe(true)
    const chart = valueOf(runtime, 'plot', 'chart', Port.Chart)
    if (chart.kind !== 'line') throw new Error(`expected a line chart, got ${chart.kind}`)
    expect(chart.series.map((s) => s.name)).toEqual(['tanh′', 'sigmoid′', 'ReLU′'])
  })

  it('keras-summary shows 220, 63 and 283', async () => {
    const runtime = await open('keras-summary')
    const chart = valueOf(runtime, 'table', 'chart', Port.Chart)
    if (chart.kind !== 'table') throw new Error(`expected a table, got ${chart.kind}`)
    expect(chart.table.rows).toEqual([
      ['dense (Dense)', '(None, 20)', 220],
      ['dense_1 (Dense)', '(None, 3)', 63],
    ])
    expect(chart.table.footer[0]).toBe('Total params: 283')
  })

  it('keras-summary draws the numbers into its SVG', async () => {
    const { out } = await run('keras-summary')
    const svg = readFileSync(join(out, 'table.svg'), 'utf8')
    for (const n of ['220', '63', '283']) expect(svg).toContain(n)
  })
})

describe('vanishing-gradients', () => {
  let runJson: RunJson

  beforeAll(async () => {
    const result = await run('vanishing-gradients')
    expect(result.code).toBe(0)
    runJson = result.runJson
  }, 30_000)

  /** Last layer's gradient norm ÷ first layer's: averaged over every step, and at the first step. */
  function ratios(trainer: string): { mean: number; first: number } {
    const steps = runJson[trainer].gradNorms?.steps ?? []
    expect(steps.length).toBeGreaterThan(0)
    const layers = steps[0].length
    const mean = (k: number): number => steps.reduce((s, norms) => s + norms[k], 0) / steps.length
    return { mean: mean(layers - 1) / mean(0), first: steps[0][layers - 1] / steps[0][0] }
  }

  it('records one norm per layer per step for both networks', () => {
    for (const t of ['fit-sig', 'fit-relu']) {
      const g = runJson[t].gradNorms
      expect(g?.layers).toHaveLength(8)
      expect(g?.steps.every((s) => s.length === 8)).toBe(true)
    }
  })

  it("sigmoid: the first layer's gradient norm is at least 10× smaller than the last layer's", () => {
    const { mean, first } = ratios('fit-sig')
    expect(mean).toBeGreaterThanOrEqual(10)
    expect(first).toBeGreaterThanOrEqual(10)
  })

  it('ReLU: not so — the first and last layers’ norms are within a factor of 10', () => {
    const { mean, first } = ratios('fit-relu')
    expect(mean).toBeLessThan(10)
    expect(mean).toBeGreaterThan(0.1)
    expect(first).toBeLessThan(10)
  })

  it('the ReLU network learns the task while the sigmoid one barely moves', () => {
    const last = (t: string): TrainerJson['history'][number] => runJson[t].history[runJson[t].history.length - 1]
    expect(last('fit-relu').loss).toBeLessThan(last('fit-sig').loss / 10)
  })
})
