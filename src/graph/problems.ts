import { quote, shorten } from './shorten.ts'

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
  if (p.nodeId !== undefined) where.push(`node ${quote(p.nodeId)}`)
  if (p.port !== undefined) where.push(`port ${quote(p.port)}`)
  const context = where.length > 0 ? ` (${where.join(', ')})` : ''
  return `${displayPath(p.path)}${context}: ${shorten(p.message.replace(/\s*\n\s*/g, ' '), MAX_MESSAGE_LENGTH)}`
}

/** The messages shorten what they quote; this only guards against one that forgot. */
const MAX_MESSAGE_LENGTH = 1_000

/** A path as printed: a 40,000-character key shows its start and its length. */
function displayPath(path: string): string {
  return path.length <= MAX_MESSAGE_LENGTH ? path : path.replace(/\['((?:[^'\\]|\\.)*)'\]|\.([A-Za-z_$][A-Za-z0-9_$]*)/g, (whole, quoted?: string, name?: string) => {
    const key = quoted ?? name ?? ''
    return key.length <= 64 ? whole : `['${shorten(key)}']`
  })
}

/** All problems, one line each. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n')
}
