import type { Shape, ShapeFn } from '../graph/shapes.ts'
import { inferShapes } from '../graph/shapes.ts'
import { defaultParams } from '../graph/defaults.ts'
import type { GraphDocument, ParamValues } from '../graph/graph-file.ts'
import type { NodeRegistry } from '../runtime/registry.ts'
import { NODE_WIDTH } from './canvas/schemes.ts'
import { GAP } from './placement.ts'
import type { AppStore } from './store.ts'
import { collapseIntoSequential } from './layer-chain/collapse.ts'
import { expandIntoLayers } from './layer-chain/expand.ts'
import { insertLayerAfter } from './layer-chain/insert-after.ts'
import { SEQUENTIAL } from './layer-chain/layer-nodes.ts'

/** Where a new node goes: the free place nearest to `near`. */
export type PlaceNear = (type: string, near: [number, number]) => [number, number]

/** What the canvas's context menu asks of the layer commands. */
export type LayerActions = Pick<LayerCommands, 'collapse' | 'expand' | 'addAfter'>

/**
 * The layer commands of the context menu: Collapse into Sequential, Expand into layers and
 * "+ layer after". Each is one document edit (one undo step); a refusal says why in a toast.
 */
export class LayerCommands {
  constructor(
    private readonly store: AppStore,
    private readonly registry: NodeRegistry,
    private readonly place: PlaceNear,
    /** Whether the teacher's lesson lets the edit through (it says why not). */
    private readonly allows: (next: GraphDocument) => boolean,
  ) {}

  private readonly defaultsOf = (type: string): ParamValues => {
    const schema = this.registry.get(type)
    return schema ? defaultParams(schema) : {}
  }

  collapse(ids: readonly string[]): void {
    const edit = collapseIntoSequential(this.store.doc, ids, this.defaultsOf(SEQUENTIAL))
    if (!edit.ok) return this.store.toast(`Cannot collapse into Sequential: ${edit.reason}`)
    if (!this.allows(edit.doc)) return
    this.store.commit(edit.doc)
    this.store.select([edit.nodeId])
  }

  expand(id: string): void {
    const edit = expandIntoLayers(this.store.doc, id, this.defaultsOf, NODE_WIDTH + GAP)
    if (!edit.ok) return this.store.toast(`Cannot expand into layers: ${edit.reason}`)
    if (!this.allows(edit.doc)) return
    this.store.commit(edit.doc)
    this.store.select(edit.nodeIds)
  }

  /** A Dense after the layer, as wide as the layer's output (when known before running). */
  addAfter(id: string): void {
    const node = this.store.doc.nodes.find((n) => n.id === id)
    if (!node) return
    const width = this.outputWidth(id)
    const spot = this.place('model/dense', [node.position[0] + NODE_WIDTH + GAP, node.position[1]])
    const edit = insertLayerAfter(this.store.doc, id, width, this.defaultsOf, spot)
    if (!edit.ok) return this.store.toast(`Cannot add a layer: ${edit.reason}`)
    if (!this.allows(edit.doc)) return
    this.store.commit(edit.doc)
    this.store.select([edit.nodeId])
  }

  /** The width of a node's model output from static shape inference; null when unknown. */
  private outputWidth(id: string): number | null {
    const shapeFn = (type: string): ShapeFn | undefined => {
      const shapes = this.registry.definition(type)?.shapes
      return shapes ? (inputs, params) => shapes(inputs, params as never) : undefined
    }
    const shape: Shape | undefined = inferShapes(this.store.doc, shapeFn).get(id)?.model
    const width = shape?.[shape.length - 1]
    return typeof width === 'number' && width > 0 ? width : null
  }
}
