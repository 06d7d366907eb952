import type { ExportFile } from '../files/export-file.ts'
import { textFile } from '../files/export-file.ts'
import { jsonText } from '../files/json.ts'
import { exportedLayers } from '../layers/index.ts'
import type { ExportPlan } from '../plan/trainer-plan.ts'
import { encodeModel } from './encode.ts'
import { modelProto } from './graph.ts'
import { checkRows, trainToEnd } from './train.ts'

function docString(plan: ExportPlan, trainer: string): string {
  const skipped = plan.unexported.length > 0 ? ` Not exported, having no counterpart in ONNX: ${plan.unexported.map((n) => `${n.id} (${n.type})`).join(', ')}.` : ''
  return `"${plan.title}", trainer ${trainer}: trained by Flowgrad (flowgrad export --to onnx); input x is the data as the model sees them after the graph's preprocessing.${skipped}`
}

/**
 * Trains every trainer as `flowgrad run` does and writes each one's model with its
 * trained weights (<trainer>.onnx) and a check (<trainer>.check.json): the first rows of
 * its input and Flowgrad's predictions, which any ONNX runtime should reproduce.
 */
export function onnxExport(plan: ExportPlan, protoText: string): ExportFile[] {
  return plan.trainers.flatMap((trainer) => {
    const session = trainToEnd(trainer)
    const layers = exportedLayers(trainer.model, session.model)
    const outputs = Number(session.model.outputShape[1])
    const model = modelProto(trainer.id, layers, trainer.model.inputShape[0] ?? 0, outputs, docString(plan, trainer.id))
    const check = { trainer: trainer.id, inputName: 'x', outputName: 'y', ...checkRows(session) }
    return [
      { path: `${trainer.id}.onnx`, contents: encodeModel(model, protoText) },
      textFile(`${trainer.id}.check.json`, `${jsonText(check)}\n`),
    ]
  })
}
