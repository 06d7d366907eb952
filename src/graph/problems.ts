/** Something wrong with a graph file, located by its JSON path (and node/port when known). */
export interface Problem {
  /** A JSON path into the file, e.g. `$.nodes[2].params.learningRate`. */
  path: string
  message: string
  /** The node the problem concerns, so the editor can mark it. */
  nodeId?: string
  /** The port (input or output name) on that node. */
  port?: string
}

/**
 * One line per problem, e.g.
 * `$.nodes[2].params.learningRate (node "adam"): 12 is out of range: expected a number between 1e-6 and 10`.
 */
export function formatProblem(p: Problem): string {
  const where: string[] = []
  if (p.nodeId !== undefined) where.push(`node ${JSON.stringify(p.nodeId)}`)
  if (p.port !== undefined) where.push(`port ${JSON.stringify(p.port)}`)
  const context = where.length > 0 ? ` (${where.join(', ')})` : ''
  return `${p.path}${context}: ${p.message.replace(/\s*\n\s*/g, ' ')}`
}

/** All problems, one line each. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n')
}
