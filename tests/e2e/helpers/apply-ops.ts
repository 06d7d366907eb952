import type { GraphDocument, Connection, ParamValues } from '../../../src/graph/index.ts'
import type { EditorOp } from './editor-ops.ts'

/** What the property test reads back: the canvas's and the document's nodes and connections. */
export interface AppliedOps {
  readonly canvasNodes: string[]
  readonly docNodes: string[]
  readonly canvasConnections: string[]
  readonly docConnections: string[]
  readonly docJson: string
}

interface PageParam {
  readonly default: unknown
  readonly min?: number
  readonly max?: number
  readonly integer?: boolean
}

/** The parts of the app's controller (window.flowgrad) the operations go through. */
interface PageApp {
  readonly catalog: { get(type: string): { inputs: Record<string, { type: string }>; outputs: Record<string, { type: string }>; params: Record<string, PageParam> } | undefined }
  readonly store: {
    readonly doc: GraphDocument
    load(doc: GraphDocument): void
    setParam(id: string, name: string, value: ParamValues[string], final: boolean): void
    removeNodes(ids: string[]): void
    sealHistory(): void
    undo(): void
    redo(): void
  }
  readonly canvas: {
    readonly container: HTMLElement
    /** Rete's connection plugin: `pick` is what its pointerdown and pointerup listeners call. */
    readonly connection: {
      readonly socketsCache: Map<Element, { nodeId: string; side: 'input' | 'output'; key: string }>
      pick(event: { clientX: number; clientY: number; preventDefault(): void; stopPropagation(): void }, type: 'down' | 'up'): Promise<void>
    }
    readonly editor: {
      getNodes(): { id: string; schema: { type: string } }[]
      getConnections(): { id: string; source: string; sourceOutput: string; target: string; targetInput: string }[]
      addConnection(c: { id: string; source: string; sourceOutput: string; target: string; targetInput: string }): Promise<boolean>
      removeConnection(id: string): Promise<boolean>
    }
    readonly area: {
      translate(id: string, position: { x: number; y: number }): Promise<boolean>
      readonly nodeViews: Map<string, { position: { x: number; y: number } }>
    }
  }
  /** Where added and duplicated nodes go (the app's node placer). */
  readonly placer: {
    addNode(type: string, position: [number, number]): void
    duplicate(ids: string[]): void
  }
  settled(): Promise<void>
  command(command: 'fit'): Promise<void>
}

/**
 * Runs in the page (page.evaluate serializes it): loads `start`, applies each operation the
 * way the app does, waits for the canvas after each, and reads both sides back. It must not
 * refer to anything outside itself.
 */
export async function applyOpsInPage({ start, ops }: { start: GraphDocument; ops: readonly EditorOp[] }): Promise<AppliedOps> {
  const app = (window as unknown as { flowgrad: PageApp }).flowgrad
  const at = <T>(fraction: number, list: readonly T[]): T | undefined => list[Math.floor(fraction * list.length)]
  const keys = (record: Record<string, unknown> | undefined): string[] => Object.keys(record ?? {})
  /** Every output of the graph with its port type. */
  const outputs = () =>
    app.store.doc.nodes.flatMap((n) => Object.entries(app.catalog.get(n.type)?.outputs ?? {}).map(([port, o]) => ({ node: n.id, port, type: o.type })))
  const inputType = (node: string, port: string): string | undefined => {
    const n = app.store.doc.nodes.find((x) => x.id === node)
    return n ? app.catalog.get(n.type)?.inputs[port]?.type : undefined
  }
  const link = (c: Connection) => `${c.from.node}.${c.from.port}>${c.to.node}.${c.to.port}`
  // A wire drawn the way the pointer draws it: Rete's connection plugin picks the socket under
  // the pointer on down and on up, with everything its flow does in between (the whole view is
  // shown first, so every socket is on screen).
  const pointer = (x: number, y: number) => ({ clientX: x, clientY: y, preventDefault: () => undefined, stopPropagation: () => undefined })
  // A pointer's down and up are separate tasks, never one: Rete finishes picking a wire up in between.
  const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
  const socketAt = (node: string, side: 'input' | 'output', key: string) => {
    for (const [element, s] of app.canvas.connection.socketsCache) if (s.nodeId === node && s.side === side && s.key === key) return element.getBoundingClientRect()
    return null
  }
  const wire = async (source: string, sourceOutput: string, target: string, targetInput: string) => {
    await app.command('fit')
    const a = socketAt(source, 'output', sourceOutput)
    const b = socketAt(target, 'input', targetInput)
    if (!a || !b) return
    await app.canvas.connection.pick(pointer(a.x + a.width / 2, a.y + a.height / 2), 'down')
    await nextTask()
    await app.canvas.connection.pick(pointer(b.x + b.width / 2, b.y + b.height / 2), 'up')
  }
  /** Picks a wire up at its input and drops it on empty canvas, as a user detaches it. */
  const unwire = async (target: string, targetInput: string) => {
    await app.command('fit')
    const b = socketAt(target, 'input', targetInput)
    if (!b) return
    const free = app.canvas.container.getBoundingClientRect()
    await app.canvas.connection.pick(pointer(b.x + b.width / 2, b.y + b.height / 2), 'down')
    await nextTask()
    await app.settled()
    await app.canvas.connection.pick(pointer(free.x + 2, free.y + 2), 'up')
  }
  app.store.load(start)
  await app.settled()
  for (const op of ops) {
    const nodes = app.store.doc.nodes
    switch (op.kind) {
      case 'add':
        app.placer.addNode(op.type, [op.x, op.y])
        break
      case 'remove': {
        const n = at(op.node, nodes)
        if (n) app.store.removeNodes([n.id])
        break
      }
      case 'duplicate': {
        const n = at(op.node, nodes)
        if (n) app.placer.duplicate([n.id])
        break
      }
      case 'move': {
        const n = at(op.node, nodes)
        if (n) await app.canvas.area.translate(n.id, { x: op.x, y: op.y })
        app.store.sealHistory()
        break
      }
      case 'connect': {
        const inputs = nodes.flatMap((n) => keys(app.catalog.get(n.type)?.inputs).map((port) => ({ node: n.id, port })))
        const pairs = outputs().flatMap((o) => inputs.filter((i) => i.node !== o.node && inputType(i.node, i.port) === o.type).map((i) => ({ o, i })))
        const pair = at(op.pair, pairs)
        if (pair) await wire(pair.o.node, pair.o.port, pair.i.node, pair.i.port)
        break
      }
      case 'reconnect': {
        const taken = at(op.connection, app.store.doc.connections)
        const source = taken && at(op.source, outputs().filter((o) => o.type === inputType(taken.to.node, taken.to.port) && o.node !== taken.to.node))
        if (taken && source) await wire(source.node, source.port, taken.to.node, taken.to.port)
        break
      }
      case 'disconnect': {
        const c = at(op.connection, app.store.doc.connections)
        if (c) await unwire(c.to.node, c.to.port)
        break
      }
      case 'param': {
        const n = at(op.node, nodes)
        const params = n ? app.catalog.get(n.type)?.params : undefined
        const name = params && at(op.param, keys(params).filter((p) => typeof params[p].default === 'number' && params[p].min !== undefined && params[p].max !== undefined))
        if (n && params && name) {
          const { min = 0, max = 1, integer } = params[name]
          // Inside the range, off its ends (some ends are open: β₁ < 1).
          const raw = min + (0.01 + 0.98 * op.value) * (Math.min(max, min + 1000) - min)
          app.store.setParam(n.id, name, integer ? Math.round(raw) : raw, true)
        }
        break
      }
      case 'undo':
        app.store.undo()
        break
      case 'redo':
        app.store.redo()
        break
    }
    await app.settled()
  }
  const doc = app.store.doc
  const views = app.canvas.area.nodeViews
  return {
    canvasNodes: app.canvas.editor
      .getNodes()
      .map((n) => `${n.id} ${n.schema.type} ${views.get(n.id)?.position.x},${views.get(n.id)?.position.y}`)
      .sort(),
    docNodes: doc.nodes.map((n) => `${n.id} ${n.type} ${n.position[0]},${n.position[1]}`).sort(),
    canvasConnections: app.canvas.editor
      .getConnections()
      .map((c) => link({ from: { node: c.source, port: c.sourceOutput }, to: { node: c.target, port: c.targetInput } }))
      .sort(),
    docConnections: doc.connections.map(link).sort(),
    docJson: JSON.stringify(doc),
  }
}
