import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GraphDocument } from '../graph/index.ts'
import { renderSvg } from '../charts/svg.ts'
import { renderPng, useRasterFontMetrics } from '../charts/png.ts'
import { Runtime } from '../runtime/runtime.ts'
import type { NodeRegistry } from '../runtime/registry.ts'
import { isLongRunning } from '../runtime/define-node.ts'
import { Port } from '../runtime/ports.ts'
import type { TrainingSnapshot } from '../runtime/values.ts'
import { INTERRUPTED_EXIT_CODE, pauseOnAbort } from './interrupt.ts'
import { loadGraphFile } from './load-graph.ts'
import { writeJsonFile } from './json-writer.ts'
import { applySeed, applySets } from './overrides.ts'
import { endForeverTrainers } from './forever.ts'
import { ProgressReporter } from './progress.ts'
import { runRecord } from './run-record.ts'
import { UserError } from './user-error.ts'
import { firstBuilt } from '../graph/tweaks.ts'

export interface RunOptions {
  file: string
  out: string
  sets: readonly string[]
  seed: number | null
  png: boolean
  /** Run the graph as first built: every tweak undone, none replayed. */
  noTweaks?: boolean
  stderr: { isTTY?: boolean; write(text: string): unknown }
  stdout: { write(text: string): unknown }
  /** Aborted by Ctrl-C or SIGTERM: training stops at the next step and what exists is written. */
  signal?: AbortSignal
}

/** How often the progress reporter is asked whether a quiet log needs a line. */
const TICK_MS = 1_000

function chartPorts(registry: NodeRegistry, type: string): string[] {
  const schema = registry.get(type)
  return Object.entries(schema?.outputs ?? {})
    .filter(([, o]) => o.type === 'Chart')
    .map(([port]) => port)
}

function writeCharts(runtime: Runtime, doc: GraphDocument, registry: NodeRegistry, out: string, png: boolean): string[] {
  const written: string[] = []
  useRasterFontMetrics()
  for (const node of doc.nodes) {
    const ports = chartPorts(registry, node.type)
    for (const port of ports) {
      const chart = runtime.value(node.id, port, Port.Chart)
      if (!chart) continue
      const name = ports.length === 1 ? node.id : `${node.id}-${port}`
      const svg = renderSvg(chart)
      writeFileSync(join(out, `${name}.svg`), svg)
      written.push(`${name}.svg`)
      if (png) {
        writeFileSync(join(out, `${name}.png`), renderPng(svg))
        written.push(`${name}.png`)
      }
    }
  }
  return written
}

/**
 * `flowgrad run`: trains every trainer to the end (or until interrupted), then writes the
 * plots and run.json. Exit 0, 1 when a node failed, 130 when interrupted.
 */
export async function runGraph(options: RunOptions, registry: NodeRegistry): Promise<number> {
  const loaded = loadGraphFile(options.file, registry)
  const doc = options.noTweaks ? firstBuilt(loaded) : loaded
  if (options.seed !== null) applySeed(doc, options.seed, registry)
  applySets(doc, options.sets, registry)
  endForeverTrainers(doc, options.sets, registry)
  const trainers = doc.nodes.filter((n) => isLongRunning(registry.definition(n.type)))
  // Loading filled every param in, defaults included.
  const epochs = new Map(trainers.map((t) => [t.id, Number(t.params.epochs)]))
  const runtime = new Runtime(registry, { autoplay: true })
  const snapshot = (id: string): TrainingSnapshot | undefined => runtime.value(id, 'training', Port.Training)
  const progress = new ProgressReporter({ tty: options.stderr.isTTY === true, write: (t) => options.stderr.write(t), epochs, stepsPerEpoch: (id) => snapshot(id)?.stepsPerEpoch })
  runtime.events.subscribe((e) => progress.onEvent(e))
  const interruption = pauseOnAbort(runtime, options.signal)
  const ticker = setInterval(() => progress.tick(), TICK_MS)
  runtime.load(doc)
  try {
    await runtime.whenIdle()
  } finally {
    clearInterval(ticker)
    interruption.dispose()
  }
  const interrupted = interruption.interrupted()

  try {
    mkdirSync(options.out, { recursive: true })
  } catch (e) {
    throw new UserError([`--out ${options.out}: cannot create the folder (${(e as NodeJS.ErrnoException).code ?? String(e)})`], 1)
  }
  const written = writeCharts(runtime, doc, registry, options.out, options.png)
  const snapshots = trainers.flatMap((t) => {
    const s = snapshot(t.id)
    return s ? [[t.id, s] as const] : []
  })
  writeJsonFile(join(options.out, 'run.json'), runRecord(snapshots, interrupted))
  written.push('run.json')
  for (const [id, s] of snapshots) {
    if (s.trajectory && s.trajectoryEvery > 1) {
      const weights = s.trajectory[0]?.length ?? 0
      options.stderr.write(`${id}: its trajectory keeps one step in ${s.trajectoryEvery} (${s.trajectory.length} of ${s.step + 1} weight vectors of ${weights.toLocaleString('en')} weights), so run.json stays small\n`)
    }
  }
  options.stdout.write(`wrote ${written.map((f) => join(options.out, f)).join(', ')}\n`)

  const problems = doc.nodes.map((n) => ({ id: n.id, state: runtime.stateNow(n.id) })).filter(({ state }) => state.status === 'error' || state.status === 'blocked')
  runtime.dispose()
  for (const { id, state } of problems) options.stderr.write(`${options.file}: node "${id}": ${state.error}\n`)
  if (interrupted) {
    const done = snapshots.map(([id, s]) => `${id} ${s.history.length}/${epochs.get(id) ?? 0} epochs`).join(', ')
    options.stderr.write(`${options.file}: interrupted${done ? ` after ${done}` : ' before training'}; run.json marks unfinished trainers "interrupted"\n`)
    return INTERRUPTED_EXIT_CODE
  }
  return problems.length > 0 ? 1 : 0
}
