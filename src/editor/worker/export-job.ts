import type { NodeRegistry } from '../../runtime/registry.ts'
import { ExportError, exportGraph, exportZip } from '../../export/index.ts'
import type { ExportTarget } from '../../export/index.ts'
import onnxSchema from '../../export/onnx/onnx.proto?raw'
import type { ExportReply, ExportRequest } from './protocol.ts'

/** The folder (and zip) name of an export: the graph's title and the target, "standardization-matters-pytorch". */
export function exportFolder(title: string, to: ExportTarget): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
  return `${slug || 'graph'}-${to}`
}

/**
 * Runs one export in the worker, where the compute is: the graph is evaluated (and, for
 * ONNX, trained) on a runtime of its own, so the live one the page shows is left as it is.
 */
export async function runExport(request: ExportRequest, registry: NodeRegistry): Promise<ExportReply> {
  const { id, doc, to } = request
  try {
    const files = await exportGraph(doc, registry, { to, weights: 'initial', onnxSchema })
    const folder = exportFolder(doc.meta.title, to)
    return { kind: 'exported', id, folder, zip: exportZip(folder, files) }
  } catch (e) {
    const lines = e instanceof ExportError ? [...e.lines] : [e instanceof Error ? e.message : String(e)]
    return { kind: 'exportFailed', id, lines }
  }
}
