import { ContextMenuPlugin } from 'rete-context-menu-plugin'
import type { Catalog } from '../../graph/node-schema.ts'
import { FlowNode } from './schemes.ts'
import type { Schemes } from './schemes.ts'
import type { CanvasActions } from './canvas-actions.ts'
import { SEQUENTIAL, isChainNode } from '../layer-chain/layer-nodes.ts'

type MenuItem = { label: string; key: string; handler: () => void }

/** A layer node's commands: "+ layer after", and Collapse (a selected chain) or Expand (a Sequential). */
function layerItems(node: FlowNode, ids: readonly string[], selection: readonly FlowNode[], actions: CanvasActions): MenuItem[] {
  if (!isChainNode(node.schema.type)) return []
  const items: MenuItem[] = [{ label: '+ layer after', key: 'layer-after', handler: () => actions.layers.addAfter(node.id) }]
  if (ids.length > 1 && selection.every((n) => isChainNode(n.schema.type))) items.push({ label: 'Collapse into Sequential', key: 'collapse', handler: () => actions.layers.collapse(ids) })
  if (node.schema.type === SEQUENTIAL) items.push({ label: 'Expand into layers', key: 'expand', handler: () => actions.layers.expand(node.id) })
  return items
}

/**
 * Right-click: on the canvas, add any node type there; on a node, pin it to the board (a plot),
 * its layer commands (a layer node), duplicate or delete it (or the selection).
 */
export function canvasMenu(catalog: Catalog, actions: CanvasActions, pointer: () => { x: number; y: number }, selected: () => FlowNode[]): ContextMenuPlugin<Schemes> {
  return new ContextMenuPlugin<Schemes>({
    items: (context) => {
      if (context === 'root') {
        const at = pointer()
        const byCategory = new Map<string, { label: string; key: string; handler: () => void }[]>()
        for (const schema of catalog.all()) {
          const list = byCategory.get(schema.category) ?? []
          list.push({ label: schema.title, key: schema.type, handler: () => actions.add(schema.type, [at.x, at.y]) })
          byCategory.set(schema.category, list)
        }
        return { searchBar: true, list: [...byCategory].map(([category, subitems]) => ({ label: category, key: category, handler: () => undefined, subitems })) }
      }
      if (!(context instanceof FlowNode)) return { list: [] }
      const selection = context.selected ? selected() : [context]
      const ids = selection.map((n) => n.id)
      const node = context
      const pinned = node.isPlot && actions.chartPinned(node.id)
      const pin = node.isPlot ? [{ label: pinned ? 'Take off the board' : 'Pin to the board', key: 'pin', handler: () => actions.pinChart(node.id, !pinned) }] : []
      return {
        list: [
          ...pin,
          ...layerItems(node, ids, selection, actions),
          { label: 'Duplicate', key: 'duplicate', handler: () => actions.duplicate(ids) },
          { label: 'Delete', key: 'delete', handler: () => actions.remove(ids) },
        ],
      }
    },
  })
}
