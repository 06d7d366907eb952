/**
 * The nodes ready to evaluate, handed out earliest in topological order first: a binary
 * min-heap on each node's position, so taking the next one costs log n, not a scan.
 */
export class ReadyQueue {
  private readonly heap: { readonly position: number; readonly id: string }[] = []

  get size(): number {
    return this.heap.length
  }

  push(id: string, position: number): void {
    const heap = this.heap
    heap.push({ position, id })
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1
      if (heap[parent].position <= heap[i].position) break
      this.swap(parent, i)
      i = parent
    }
  }

  pop(): string | undefined {
    const heap = this.heap
    const top = heap[0]
    const last = heap.pop()
    if (top === undefined || last === undefined) return undefined
    if (heap.length > 0) {
      heap[0] = last
      for (let i = 0; ; ) {
        const l = 2 * i + 1
        let m = i
        if (l < heap.length && heap[l].position < heap[m].position) m = l
        if (l + 1 < heap.length && heap[l + 1].position < heap[m].position) m = l + 1
        if (m === i) break
        this.swap(m, i)
        i = m
      }
    }
    return top.id
  }

  private swap(a: number, b: number): void {
    const t = this.heap[a]
    this.heap[a] = this.heap[b]
    this.heap[b] = t
  }
}
