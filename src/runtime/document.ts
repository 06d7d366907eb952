import type { Connection, GraphDocument, GraphNode, ParamValues as FileParams, Tweak } from '../graph/graph-file.ts'
import { describeCycle, indexTopology } from '../graph/graph-ops.ts'
import type { TopologyIndex } from '../graph/graph-ops.ts'
import { paramProblem } from '../graph/params.ts'
import { connectionProblem } from '../graph/connect.ts'
import type { NodeRegistry } from './registry.ts'
import { NodeRecord } from './node-record.ts'
import { placeholderDefinition } from './placeholder-node.ts'
import type { InputSources } from './inputs.ts'
import type { PropagationGraph } from './pending-inputs.ts'

function emptyDocument(): GraphDocument {
  return { format: 'flowgrad', version: 1, meta: { title: '' }, nodes: [], connections: [], tweaks: [] }
}

function sameConnection(a: Connection, b: Connection): boolean {
  return a.from.node === b.from.node && a.from.port === b.from.port && a.to.node === b.to.node && a.to.port === b.to.port
}

/**
 * The graph a runtime runs: the file, one record per node, and the topology derived from
 * them. Edits are checked with the loader's and the editor's rules; each returns the nodes
 * it changed, for the propagator to mark dirty. It evaluates nothing itself.
 */
export class RuntimeDocument implements InputSources, PropagationGraph {
  private doc = emptyDocument()
  private readonly records = new Map<string, NodeRecord>()
  private topology: TopologyIndex = indexTopology(this.doc)
  /** Each evaluable node's place in the topological order; nodes on a cycle have none. */
  private positions = new Map<string, number>()

  constructor(private readonly registry: NodeRegistry) {}

  /** Replaces the whole graph (a validated document); every node is new. */
  load(doc: GraphDocument): string[] {
    this.disposeRecords()
    this.doc = structuredClone(doc)
    for (const node of this.doc.nodes) this.addRecord(node)
    this.reindex()
    return this.nodeIds()
  }

  /** A copy of the file as it stands. */
  file(): GraphDocument {
    return structuredClone(this.doc)
  }

  /** The tweaks the file was loaded with, to replay. */
  get tweaks(): readonly Tweak[] {
    return this.doc.tweaks
  }

  nodeIds(): string[] {
    return this.doc.nodes.map((n) => n.id)
  }

  find(nodeId: string): NodeRecord | undefined {
    return this.records.get(nodeId)
  }

  record(nodeId: string): NodeRecord {
    const record = this.records.get(nodeId)
    if (!record) throw new Error(`no node "${nodeId}" in the graph`)
    return record
  }

  all(): Iterable<NodeRecord> {
    return this.records.values()
  }

  setParam(nodeId: string, name: string, value: FileParams[string]): string[] {
    const record = this.record(nodeId)
    const decl = record.def.params[name]
    if (!decl) throw new Error(`node "${nodeId}" (${record.def.type}) has no param "${name}"`)
    const problem = paramProblem(decl, value)
    if (problem) throw new Error(`node "${nodeId}", param "${name}": ${problem}`)
    record.node.params[name] = value
    return [nodeId]
  }

  /** Renames a node: legends and labels follow, so its outputs change too. */
  setTitle(nodeId: string, title: string | undefined): string[] {
    const record = this.record(nodeId)
    if (title === undefined || title === '') delete record.node.title
    else record.node.title = title
    return [nodeId]
  }

  addNode(node: GraphNode): string[] {
    if (this.records.has(node.id)) throw new Error(`a node with id "${node.id}" already exists`)
    const copy = structuredClone(node)
    this.doc.nodes.push(copy)
    this.addRecord(copy)
    this.reindex()
    return [node.id]
  }

  /** Removes a node and its connections; returns the nodes it fed. */
  removeNode(nodeId: string): string[] {
    const record = this.record(nodeId)
    const children = this.topology.children(nodeId)
    this.doc.nodes = this.doc.nodes.filter((n) => n.id !== nodeId)
    this.doc.connections = this.doc.connections.filter((c) => c.from.node !== nodeId && c.to.node !== nodeId)
    record.dispose()
    this.records.delete(nodeId)
    this.reindex()
    return [...children]
  }

  /** Adds a connection, refusing it with the editor's and the loader's reason when it breaks a rule. */
  connect(c: Connection): string[] {
    const problem = connectionProblem(this.doc, this.registry, c)
    if (problem) throw new Error(problem)
    this.doc.connections.push(structuredClone(c))
    this.reindex()
    return [c.to.node]
  }

  /** Removes a connection; nothing changes when there was none. */
  disconnect(c: Connection): string[] {
    const before = this.doc.connections.length
    this.doc.connections = this.doc.connections.filter((x) => !sameConnection(x, c))
    if (this.doc.connections.length === before) return []
    this.reindex()
    return [c.to.node]
  }

  /** Connections into one input port, in file order. */
  sources(nodeId: string, port: string): readonly Connection[] {
    return this.topology.incoming(nodeId).filter((c) => c.to.port === port)
  }

  position(nodeId: string): number | undefined {
    return this.positions.get(nodeId)
  }

  parents(nodeId: string): readonly string[] {
    return this.topology.parents(nodeId)
  }

  children(nodeId: string): readonly string[] {
    return this.topology.children(nodeId)
  }

  downstream(nodeIds: Iterable<string>): Iterable<string> {
    return this.topology.downstream(nodeIds)
  }

  dispose(): void {
    this.disposeRecords()
  }

  private disposeRecords(): void {
    for (const record of this.records.values()) record.dispose()
    this.records.clear()
  }

  private addRecord(node: GraphNode): void {
    const def = this.registry.definition(node.type) ?? placeholderDefinition(node.type)
    this.records.set(node.id, new NodeRecord(node, def))
  }

  /** A cycle is the user's to fix, not a crash: its nodes show it as their error and are never evaluated. */
  private reindex(): void {
    this.topology = indexTopology(this.doc)
    this.positions = new Map(this.topology.order.map((id, i) => [id, i]))
    for (const cycle of this.topology.cycles) {
      const path = describeCycle([...cycle, cycle[0]])
      for (const id of cycle) this.records.get(id)?.setState({ status: 'error', error: `part of a cycle: ${path}` })
    }
  }
}
