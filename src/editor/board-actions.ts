import type { Catalog, ChartSize } from '../graph/index.ts'
import type { BoardPin } from './components/events.ts'
import { isPinned, withChartSize, withPin } from './board-edits.ts'
import type { AppStore } from './store.ts'

/** What the pin buttons, the context menu and the board ask of the document. */
export class BoardActions {
  constructor(
    private readonly store: AppStore,
    private readonly catalog: Catalog,
  ) {}

  pin(pin: BoardPin, pinned: boolean): void {
    if (isPinned(this.store.doc.board, pin) === pinned) return
    this.store.setBoard(withPin(this.store.doc.board, pin, pinned))
  }

  /** A plot node's chart output, as a pin. */
  private chartOf(nodeId: string): BoardPin | null {
    const node = this.store.doc.nodes.find((n) => n.id === nodeId)
    const outputs = node ? (this.catalog.get(node.type)?.outputs ?? {}) : {}
    const port = Object.entries(outputs).find(([, o]) => o.type === 'Chart')?.[0]
    return port === undefined ? null : { kind: 'chart', node: nodeId, port }
  }

  pinChart(nodeId: string, pinned: boolean): void {
    const pin = this.chartOf(nodeId)
    if (pin) this.pin(pin, pinned)
  }

  chartPinned(nodeId: string): boolean {
    const pin = this.chartOf(nodeId)
    return pin !== null && isPinned(this.store.doc.board, pin)
  }

  resizeChart(node: string, port: string, size: ChartSize): void {
    const board = this.store.doc.board
    if (board) this.store.setBoard(withChartSize(board, node, port, size))
  }
}
