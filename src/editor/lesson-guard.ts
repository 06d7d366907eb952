/**
 * Whether an edit of the whole document keeps to the teacher's lesson. Commands that rewrite
 * a part of the graph at once (Collapse into Sequential, Expand into layers, "+ layer after")
 * are checked on what they change, as the runtime receives it (graph-diff.ts), so no command
 * can reach around a lock the canvas's own gestures respect.
 */
import type { Connection, GraphDocument, Lesson, LessonItem } from '../graph/graph-file.ts'
import { diffDocs } from './graph-diff.ts'
import { controlAccess, nodeAccess, paramAccess, sameItem } from './lesson-rules.ts'
import type { ToWorker } from './worker/protocol.ts'

const open = (lesson: Lesson, node: string): boolean => nodeAccess(lesson, node) === 'open'

/** What drawing or removing this wire touches: a locked or hidden node at either end, else a locked input. */
export function connectionLocks(lesson: Lesson, c: Connection): LessonItem[] {
  const ends = [c.from.node, c.to.node].filter((node) => !open(lesson, node)).map((node) => ({ node }))
  if (ends.length > 0) return ends
  return controlAccess(lesson, { node: c.to.node, input: c.to.port }) === 'open' ? [] : [{ node: c.to.node, input: c.to.port }]
}

/** The locked or hidden things one change touches. */
function touched(lesson: Lesson, op: ToWorker): LessonItem[] {
  switch (op.kind) {
    case 'connect':
    case 'disconnect':
      return connectionLocks(lesson, op.connection)
    case 'removeNode':
    case 'setTitle':
      return open(lesson, op.nodeId) ? [] : [{ node: op.nodeId }]
    case 'setParam':
      return paramAccess(lesson, op.nodeId, op.name) === 'open' ? [] : [{ node: op.nodeId, param: op.name }]
    default:
      return []
  }
}

/** What of the lesson turning `before` into `after` would change, each once; none without a lesson. */
export function touchedLocks(lesson: Lesson | null, before: GraphDocument, after: GraphDocument): LessonItem[] {
  if (!lesson) return []
  const items: LessonItem[] = []
  for (const item of diffDocs(before, after).flatMap((op) => touched(lesson, op))) {
    if (!items.some((i) => sameItem(i, item))) items.push(item)
  }
  return items
}
