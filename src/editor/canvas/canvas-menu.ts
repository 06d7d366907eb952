import { ContextMenuPlugin } from 'rete-context-menu-plugin'
import type { Catalog } from '../../graph/node-schema.ts'
import { FlowNode } from './schemes.ts'
import type { Schemes } from './schemes.ts'
import type { CanvasActions } from './canvas.ts'

/** Right-click: on the canvas, add any node type there; on a node, duplicate or delete it (or the selection). */
export function canvasMenu(catalog: Catalog, actions: CanvasActions, pointer: () => { x: number; y: number }, selectedIds: () => string[]): ContextMenuPlugin<Schemes> {
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
      const ids = context.selected ? selectedIds() : [context.id]
      return {
        list: [
          { label: 'Duplicate', key: 'duplicate', handler: () => actions.duplicate(ids) },
          { label: 'Delete', key: 'delete', handler: () => actions.remove(ids) },
        ],
      }
    },
  })
}
