import type { Connection, GraphDocument, GraphNode, ParamValues, Tweak } from '../../graph/graph-file.ts'
import type { RunCommand } from '../../runtime/define-node.ts'
import type { NodeRuntimeView, ProgressView } from '../view-types.ts'

/** Page → worker: edits to the graph and run control. */
export type ToWorker =
  | { readonly kind: 'load'; readonly doc: GraphDocument }
  | { readonly kind: 'setParam'; readonly nodeId: string; readonly name: string; readonly value: ParamValues[string] }
  | { readonly kind: 'setTitle'; readonly nodeId: string; readonly title: string | undefined }
  | { readonly kind: 'addNode'; readonly node: GraphNode }
  | { readonly kind: 'removeNode'; readonly nodeId: string }
  | { readonly kind: 'connect'; readonly connection: Connection }
  | { readonly kind: 'disconnect'; readonly connection: Connection }
  | { readonly kind: 'command'; readonly command: RunCommand; readonly nodeId?: string }
  /** A plot node's chart is laid out at this size (CSS pixels): the worker paints it so. */
  | { readonly kind: 'chartSize'; readonly nodeId: string; readonly width: number; readonly height: number }

/** Worker → page: what changed since the last frame, batched. */
export type FromWorker =
  | {
      readonly kind: 'frame'
      /** Changed node views by id. */
      readonly nodes: Readonly<Record<string, NodeRuntimeView>>
      /** Current progress of every trainer that changed. */
      readonly progress: readonly ProgressView[]
      /** Tweaks recorded live since the last frame. */
      readonly tweaks: readonly Tweak[]
    }
  | { readonly kind: 'refused'; readonly message: string; readonly request: ToWorker }
