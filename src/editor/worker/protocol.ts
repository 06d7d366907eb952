import type { Connection, GraphDocument, GraphNode, ParamValues, Tweak } from '../../graph/graph-file.ts'
import type { RunCommand } from '../../runtime/define-node.ts'
import type { ExportTarget } from '../../export/index.ts'
import type { NodeRuntimeView, ProgressView } from '../view-types.ts'

/** Page → worker: edits to the graph and run control. */
export type ToWorker =
  | { readonly kind: 'load'; readonly doc: GraphDocument }
  /** `gesture` names the slider drag the edit belongs to: one drag, one tweak. */
  | { readonly kind: 'setParam'; readonly nodeId: string; readonly name: string; readonly value: ParamValues[string]; readonly gesture?: number }
  | { readonly kind: 'setTitle'; readonly nodeId: string; readonly title: string | undefined }
  | { readonly kind: 'addNode'; readonly node: GraphNode }
  | { readonly kind: 'removeNode'; readonly nodeId: string }
  | { readonly kind: 'connect'; readonly connection: Connection }
  | { readonly kind: 'disconnect'; readonly connection: Connection }
  | { readonly kind: 'command'; readonly command: RunCommand; readonly nodeId?: string }
  /** A plot node's chart is laid out at this size (CSS pixels): the worker paints it so. */
  | { readonly kind: 'chartSize'; readonly nodeId: string; readonly width: number; readonly height: number }

/** A live tweak; `continues`: it carries on (and replaces) its trainer's last tweak of that param. */
export interface TweakRecord {
  readonly tweak: Tweak
  readonly continues: boolean
}

/**
 * Tweak records with one more: a continuation of a tweak still in the list replaces it there
 * (keeping that entry's own `continues`), so a long gesture stays one entry.
 */
export function addTweakRecord(list: readonly TweakRecord[], record: TweakRecord): TweakRecord[] {
  const { tweak } = record
  const at = record.continues ? list.findLastIndex((r) => r.tweak.trainer === tweak.trainer && r.tweak.node === tweak.node && r.tweak.param === tweak.param) : -1
  if (at < 0) return [...list, record]
  const out = [...list]
  out[at] = { tweak, continues: list[at].continues }
  return out
}

/** Worker → page: what changed since the last frame, batched. */
export type FromWorker =
  | {
      readonly kind: 'frame'
      /** Changed node views by id. */
      readonly nodes: Readonly<Record<string, NodeRuntimeView>>
      /** Current progress of every trainer that changed. */
      readonly progress: readonly ProgressView[]
      /** Tweaks recorded live since the last frame. */
      readonly tweaks: readonly TweakRecord[]
    }
  | { readonly kind: 'refused'; readonly message: string; readonly request: ToWorker }

/** Page → worker: export this graph (the page's, tweaks included) and send back the zip. */
export interface ExportRequest {
  readonly kind: 'export'
  readonly id: number
  readonly doc: GraphDocument
  readonly to: ExportTarget
}

/** Worker → page: the export's zip (its files under `folder`), or why there is none, one line per reason. */
export type ExportReply =
  | { readonly kind: 'exported'; readonly id: number; readonly folder: string; readonly zip: Uint8Array }
  | { readonly kind: 'exportFailed'; readonly id: number; readonly lines: readonly string[] }
