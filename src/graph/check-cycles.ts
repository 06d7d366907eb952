import { cycleThrough, describeCycle, findCycles } from './graph-ops.ts'
import { jsonPath } from './json-path.ts'
import type { Problem } from './problems.ts'
import { nodesById } from './view.ts'
import type { GraphView } from './view.ts'

/** Every node caught in a cycle gets a problem naming a cycle through it. */
export function checkCycles(view: GraphView): Problem[] {
  const nodes = nodesById(view)
  const problems: Problem[] = []
  for (const component of findCycles(view)) {
    for (const id of component) {
      const node = nodes.get(id)
      const cycle = cycleThrough(view, id)
      if (!node || !cycle) continue
      problems.push({ path: jsonPath(['nodes', node.index]), nodeId: id, message: `cycle: ${describeCycle(cycle)}` })
    }
  }
  return problems.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))
}
