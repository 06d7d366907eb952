import type { ExportTarget } from '../export/index.ts'
import type { AppStore } from './store.ts'
import type { RuntimeClient } from './runtime-client.ts'
import { downloadBytes } from './persistence/files.ts'

/** The Export menu's entries, in its order, with the names users know the targets by. */
export const EXPORT_LABELS: Readonly<Record<ExportTarget, string>> = { pytorch: 'PyTorch', keras: 'Keras', onnx: 'ONNX' }

const CONTENTS: Readonly<Record<ExportTarget, string>> = {
  pytorch: 'train.py, the data and the initial weights',
  keras: 'train.py, the data and the initial weights',
  onnx: "each trainer's trained model (.onnx) and its check",
}

/**
 * The Export menu's command: the worker exports the graph as it stands (ONNX trains it
 * there first) and the page downloads the zip `flowgrad export` would have written as a
 * folder. A graph that cannot be exported lists why, naming the nodes.
 */
export async function exportFromEditor(client: RuntimeClient, store: AppStore, to: ExportTarget): Promise<void> {
  const label = EXPORT_LABELS[to]
  store.toast(to === 'onnx' ? `Exporting to ${label}: training the graph first…` : `Exporting to ${label}…`, true)
  const reply = await client.exportGraph(store.doc, to)
  if (reply.kind === 'exportFailed') {
    store.toast(null)
    store.showProblems(`The graph was not exported to ${label}`, reply.lines)
    return
  }
  downloadBytes(reply.zip, `${reply.folder}.zip`, 'application/zip')
  store.toast(`Exported to ${label}: ${reply.folder}.zip holds ${CONTENTS[to]}`)
}
