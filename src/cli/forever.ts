import type { GraphDocument } from '../graph/index.ts'
import { isLongRunning } from '../runtime/define-node.ts'
import type { NodeRegistry } from '../runtime/registry.ts'
import { UserError } from './user-error.ts'

/**
 * A trainer set to run forever never ends on the command line, so the CLI asks for an end:
 * `--set NODE.epochs=N` caps it at N epochs; without one the run is refused, one line per
 * trainer. Run after the --set overrides are applied.
 */
export function endForeverTrainers(doc: GraphDocument, sets: readonly string[], registry: NodeRegistry): void {
  const problems: string[] = []
  for (const node of doc.nodes) {
    if (!isLongRunning(registry.definition(node.type)) || node.params.forever !== true) continue
    if (sets.some((s) => s.startsWith(`${node.id}.epochs=`))) node.params.forever = false
    else problems.push(`node "${node.id}" runs forever (forever: true): give it an end with --set ${node.id}.epochs=N`)
  }
  if (problems.length > 0) throw new UserError(problems, 2)
}
