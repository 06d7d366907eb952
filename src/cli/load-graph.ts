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

/** One line per problem, prefixed with the file: `graph.json: $.nodes[2].params.epochs (node "fit"): …`. */
export function problemLines(path: string, problems: readonly Problem[]): string[] {
  return problems.map((p) => `${path}: ${formatProblem(p)}`)
}

/** Reads and validates a graph file; any problem is a UserError listing all of them. */
export function loadGraphFile(path: string, catalog: Catalog): GraphDocument {
  const { document, problems } = parseGraph(readText(path), catalog)
  if (problems.length > 0 || !document) throw new UserError(problemLines(path, problems), 1)
  return document
}
