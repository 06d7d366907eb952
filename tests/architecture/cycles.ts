/**
 * The import cycles of a module graph: one cycle per strongly connected component (Tarjan),
 * written as the path that closes it, so a failing test names the files to untangle.
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []
  const connect = (v: string): void => {
    index.set(v, index.size)
    low.set(v, index.get(v) ?? 0)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w)
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    let w: string | undefined
    do {
      w = stack.pop()
      if (w === undefined) break
      onStack.delete(w)
      component.push(w)
    } while (w !== v)
    const selfLoop = component.length === 1 && (graph.get(v) ?? []).includes(v)
    if (component.length > 1 || selfLoop) components.push(component)
  }
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v)
  return components.map((component) => cycleIn(graph, new Set(component)))
}

/** A closed path through the component, from its first member (by name) back to it. */
function cycleIn(graph: ReadonlyMap<string, readonly string[]>, members: ReadonlySet<string>): string[] {
  const start = [...members].sort()[0]
  const previous = new Map<string, string>()
  const queue = [start]
  // Breadth-first, so the path named is a shortest one back to the start.
  for (let i = 0; i < queue.length; i++) {
    for (const w of graph.get(queue[i]) ?? []) {
      if (!members.has(w)) continue
      if (w === start) {
        const path = [start]
        for (let v: string | undefined = queue[i]; v !== undefined && v !== start; v = previous.get(v)) path.splice(1, 0, v)
        return [...path, start]
      }
      if (!previous.has(w)) {
        previous.set(w, queue[i])
        queue.push(w)
      }
    }
  }
  return [start, start]
}
