import type { GraphDocument } from '../graph/graph-file.ts'
import type { NodeRegistry } from '../runtime/registry.ts'
import type { ExportFile } from './files/export-file.ts'
import { textFile } from './files/export-file.ts'
import { writePipeline } from './data/pipeline.ts'
import { collectPlan } from './plan/collect.ts'
import type { ExportPlan } from './plan/trainer-plan.ts'
import { arrayFiles, buildTrainer } from './script/arrays.ts'
import { pytorchWriter } from './pytorch/script.ts'
import { writeScript } from './script/assemble.ts'
import { onnxExport } from './onnx/export.ts'
import { kerasWriter } from './keras/script.ts'

export const EXPORT_TARGETS = ['pytorch', 'keras', 'onnx'] as const
export type ExportTarget = (typeof EXPORT_TARGETS)[number]

export function isExportTarget(text: string): text is ExportTarget {
  return (EXPORT_TARGETS as readonly string[]).includes(text)
}

export interface ExportOptions {
  readonly to: ExportTarget
  /** Whether the script also saves the weights it trains (PyTorch, Keras); ONNX always carries trained weights. */
  readonly weights: 'initial' | 'trained'
  /** The text of ONNX's onnx.proto (src/export/onnx/onnx.proto): the caller reads it, so this module needs no file system. */
  readonly onnxSchema?: string
}

/** The files of a script export: train.py, the data, the initial weights and the minibatch order. */
function scriptExport(plan: ExportPlan, options: ExportOptions): ExportFile[] {
  const trainers = plan.trainers.map(buildTrainer)
  const pipeline = writePipeline(
    plan,
    plan.trainers.flatMap((t) => [t.data.ref, ...(t.validation ? [t.validation.ref] : [])]),
  )
  const script = writeScript(options.to === 'keras' ? kerasWriter : pytorchWriter, plan, trainers, pipeline, options.weights === 'trained')
  return [textFile('train.py', script), ...arrayFiles(trainers, pipeline)]
}

/**
 * Exports a loaded graph: evaluates it, reads what each trainer trains with, and writes
 * every file in memory, so nothing is written when anything fails.
 */
export async function exportGraph(doc: GraphDocument, registry: NodeRegistry, options: ExportOptions): Promise<ExportFile[]> {
  const plan = await collectPlan(doc, registry)
  if (options.to === 'onnx') {
    if (!options.onnxSchema) throw new Error('exporting to ONNX needs the text of onnx.proto')
    return onnxExport(plan, options.onnxSchema)
  }
  return scriptExport(plan, options)
}
