import type { Connection, GraphDocument } from '../graph/graph-file.ts'
import type { ToWorker } from './worker/protocol.ts'

function connectionKey(c: Connection): string {
  return `${c.from.node}.${c.from.port}>${c.to.node}.${c.to.port}`
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * The runtime operations that turn graph `a` into graph `b`. Every edit, undo and redo goes
 * through this one path, so the worker's graph always equals the page's.
 */
export function diffDocs(a: GraphDocument, b: GraphDocument): ToWorker[] {
  const ops: ToWorker[] = []
  const aNodes = new Map(a.nodes.map((n) => [n.id, n]))
  const bNodes = new Map(b.nodes.map((n) => [n.id, n]))
  const aConns = new Map(a.connections.map((c) => [connectionKey(c), c]))
  const bConns = new Map(b.connections.map((c) => [connectionKey(c), c]))
  // A node whose type changed is replaced: removed (with its connections) and added anew.
  const removed = new Set(a.nodes.filter((n) => bNodes.get(n.id)?.type !== n.type).map((n) => n.id))
  for (const [key, c] of aConns) if (!bConns.has(key) && !removed.has(c.from.node) && !removed.has(c.to.node)) ops.push({ kind: 'disconnect', connection: c })
  for (const id of removed) ops.push({ kind: 'removeNode', nodeId: id })
  for (const n of b.nodes) {
    const old = aNodes.get(n.id)
    if (!old || removed.has(n.id)) {
      ops.push({ kind: 'addNode', node: n })
      continue
    }
    const names = new Set([...Object.keys(old.params), ...Object.keys(n.params)])
    for (const name of names) {
      if (name in n.params && !sameValue(old.params[name], n.params[name])) ops.push({ kind: 'setParam', nodeId: n.id, name, value: n.params[name] })
    }
    if (old.title !== n.title) ops.push({ kind: 'setTitle', nodeId: n.id, title: n.title })
  }
  for (const [key, c] of bConns) {
    if (!aConns.has(key) || removed.has(c.from.node) || removed.has(c.to.node)) ops.push({ kind: 'connect', connection: c })
  }
  return ops
}
