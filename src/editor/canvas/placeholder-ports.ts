import type { GraphDocument } from '../../graph/graph-file.ts'

/** The ports of a node of unknown type: those its connections name, in file order. */
export function placeholderPorts(nodeId: string, doc: GraphDocument): { inputs: string[]; outputs: string[] } {
  const inputs = new Set<string>()
  const outputs = new Set<string>()
  for (const c of doc.connections) {
    if (c.to.node === nodeId) inputs.add(c.to.port)
    if (c.from.node === nodeId) outputs.add(c.from.port)
  }
  return { inputs: [...inputs], outputs: [...outputs] }
}
