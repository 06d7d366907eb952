import { readFileSync } from 'node:fs'
import { formatProblem, parseGraph } from '../graph/index.ts'
import type { Catalog, GraphDocument, Problem } from '../graph/index.ts'
import { UserError } from './user-error.ts'

export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new UserError([`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a graph file' : `cannot read (${code ?? String(e)})`}`], 1)
  }
}

/** Problems printed at most; a damaged file can have a million, and the first ones are the ones to fix. */
export const MAX_PRINTED_PROBLEMS = 100

/** One line per problem, prefixed with the file: `graph.json: $.nodes[2].params.epochs (node "fit"): …`. */
export function problemLines(path: string, problems: readonly Problem[]): string[] {
  const lines = problems.slice(0, MAX_PRINTED_PROBLEMS).map((p) => `${path}: ${formatProblem(p)}`)
  const more = problems.length - MAX_PRINTED_PROBLEMS
  if (more > 0) lines.push(`${path}: and ${more.toLocaleString('en-US')} more ${more === 1 ? 'problem' : 'problems'} (not shown)`)
  return lines
}

/** Reads and validates a graph file; any problem is a UserError listing all of them. */
export function loadGraphFile(path: string, catalog: Catalog): GraphDocument {
  const { document, problems } = parseGraph(readText(path), catalog)
  if (problems.length > 0 || !document) throw new UserError(problemLines(path, problems), 1)
  return document
}
