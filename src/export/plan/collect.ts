import type { Connection, Endpoint, GraphDocument, GraphNode } from '../../graph/graph-file.ts'
import { Runtime } from '../../runtime/runtime.ts'
import type { NodeRegistry } from '../../runtime/registry.ts'
import { isLongRunning } from '../../runtime/define-node.ts'
import { Port } from '../../runtime/ports.ts'
import type { Dataset } from '../../runtime/values.ts'
import type { SessionConfig } from '../../runtime/training/session.ts'
import type { DataSource, ExportPlan, TrainerPlan } from './trainer-plan.ts'
import { refKey } from './trainer-plan.ts'
import { callbackSettings } from './callback-settings.ts'

/** A graph that cannot be exported: one line per reason, as the user should read them. */
export class ExportError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'))
    this.name = 'ExportError'
  }
}

function isTrainer(registry: NodeRegistry, node: GraphNode): boolean {
  const def = registry.definition(node.type)
  return isLongRunning(def) && def.outputs.training?.port.id === Port.Training.id
}

function sessionConfig(node: GraphNode): SessionConfig {
  // Loading filled every param in, defaults included, and checked each against its declaration.
  const p = node.params
  return {
    epochs: Number(p.epochs),
    batchSize: Number(p.batchSize),
    sampling: p.sampling === 'replacement' ? 'replacement' : p.sampling === 'sequential' ? 'sequential' : 'shuffle',
    seed: Number(p.seed),
    generator: p.generator === 'numpy-legacy' ? 'numpy-legacy' : 'default',
    skipUniforms: Number(p.skipUniforms),
    recordTrajectory: false,
    recordGradNorms: false,
    ...callbackSettings(p),
  }
}

/** The nodes a trainer depends on, itself included. */
function upstream(doc: GraphDocument, from: string): Set<string> {
  const seen = new Set<string>([from])
  const queue = [from]
  while (queue.length > 0) {
    const id = queue.pop() ?? ''
    for (const c of doc.connections) if (c.to.node === id && !seen.has(c.from.node)) (seen.add(c.from.node), queue.push(c.from.node))
  }
  return seen
}

/**
 * Evaluates the graph without training (as the editor does before Run) and reads what each
 * trainer node receives: its data, model, loss and optimizer, and its params. Problems on a
 * trainer (an unconnected input, a bad wiring) are reported as they are on the node.
 */
export async function collectPlan(doc: GraphDocument, registry: NodeRegistry): Promise<ExportPlan> {
  const trainerNodes = doc.nodes.filter((n) => isTrainer(registry, n))
  if (trainerNodes.length === 0) throw new ExportError([`the graph "${doc.meta.title}" has no trainer: nothing to export (add a Trainer node fed by data, a model, a loss and an optimizer)`])
  const runtime = new Runtime(registry, { autoplay: false })
  try {
    runtime.load(doc)
    await runtime.whenIdle()
    const problems = trainerNodes.flatMap((n) => {
      const state = runtime.stateNow(n.id)
      return state.status === 'error' || state.status === 'blocked' ? [`node "${n.id}": ${state.error ?? 'cannot run'}`] : []
    })
    if (problems.length > 0) throw new ExportError(problems)
    const inputsOf = (nodeId: string, port: string): Endpoint | null => doc.connections.find((c: Connection) => c.to.node === nodeId && c.to.port === port)?.from ?? null
    const datasets = new Map<string, Dataset>()
    for (const node of doc.nodes) {
      const def = registry.definition(node.type)
      for (const [port, spec] of Object.entries(def?.outputs ?? {})) {
        if (spec.port.id !== Port.Dataset.id) continue
        const value = runtime.value(node.id, port, Port.Dataset)
        if (value) datasets.set(refKey({ node: node.id, port }), value)
      }
    }
    const source = (ref: Endpoint | null): DataSource | null => {
      const value = ref ? datasets.get(refKey(ref)) : undefined
      return ref && value ? { ref, value } : null
    }
    const trainers = trainerNodes.map((node): TrainerPlan => {
      const value = <T>(port: string, read: (ref: Endpoint) => T | undefined): T => {
        const ref = inputsOf(node.id, port)
        const v = ref ? read(ref) : undefined
        if (v === undefined) throw new ExportError([`node "${node.id}": its ${port} input has no value`])
        return v
      }
      const model = value('model', (r) => runtime.value(r.node, r.port, Port.Model))
      const data = source(inputsOf(node.id, 'data') ?? inputsOf(model.inputNodeId, 'data'))
      if (!data) throw new ExportError([`node "${node.id}": connect training data, to its data input or at the start of the model chain`])
      const optimizerRef = inputsOf(node.id, 'optimizer')
      const tweaks = doc.tweaks.filter((t) => t.trainer === node.id)
      const other = tweaks.find((t) => t.param === undefined || t.node !== optimizerRef?.node)
      if (other) {
        const what = other.label ?? `${other.node}.${other.param ?? other.input ?? ''}`
        throw new ExportError([`node "${node.id}": its tweak "${what}" (step ${other.step}) is not an optimizer hyperparameter, and the exporters replay only those yet. To export the graph as it stands, reset its training in the editor (a reset keeps the latest values and clears the tweaks) or remove the file's other tweaks`])
      }
      return {
        id: node.id,
        label: node.title ?? node.id,
        data,
        validation: source(inputsOf(node.id, 'validation')),
        model,
        loss: value('loss', (r) => runtime.value(r.node, r.port, Port.Loss)),
        optimizer: value('optimizer', (r) => runtime.value(r.node, r.port, Port.Optimizer)),
        optimizerSource: optimizerRef?.node ?? '',
        config: sessionConfig(node),
        tweaks,
      }
    })
    const used = new Set(trainerNodes.flatMap((t) => [...upstream(doc, t.id)]))
    const byId = new Map(doc.nodes.map((n) => [n.id, n]))
    return { title: doc.meta.title, trainers, unexported: doc.nodes.filter((n) => !used.has(n.id)), datasets, inputsOf, node: (id) => byId.get(id) }
  } finally {
    runtime.dispose()
  }
}
