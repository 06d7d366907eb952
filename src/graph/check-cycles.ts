import type { CheckContext } from './check-context.ts'
import { cycleReports } from './cycle-reports.ts'
import type { CycleReport } from './cycle-reports.ts'
import { describeCycle } from './graph-ops.ts'
import type { Problem } from './problems.ts'
import { formatCount, shorten } from './shorten.ts'
import { nodesById } from './view.ts'

/** Nodes of a cycle named in its problem; a 4,000-node cycle is summed up, not printed. */
const SHOWN_MEMBERS = 8

function describe({ members, cycle }: CycleReport): string {
  const length = cycle.length - 1
  const names = cycle.map((id) => shorten(id))
  const path = length <= SHOWN_MEMBERS ? `cycle: ${describeCycle(names)}` : `cycle of ${formatCount(length)} nodes: ${describeCycle([...names.slice(0, SHOWN_MEMBERS), '…', names[0]])}`
  return members.length > length ? `${path}; ${formatCount(members.length)} nodes in all are caught in cycles with ${JSON.stringify(names[0])}` : path
}

/**
 * Each cycle once, on its first node in the file: reporting it on every node, with the whole
 * cycle as text, printed 156 MB for a 4,000-node cycle.
 */
export function checkCycles({ view, at }: CheckContext): Problem[] {
  const nodes = nodesById(view)
  const problems: Problem[] = []
  for (const report of cycleReports(view)) {
    const node = nodes.get(report.members[0])
    if (node) problems.push({ path: at(['nodes', node.index]), nodeId: node.id, message: describe(report) })
  }
  return problems
}
