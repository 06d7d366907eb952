/**
 * The teacher's lesson (a graph's `board.lesson`): what a student may see and change. Pure
 * functions over the document, shared by the board, the inspector, the canvas and the store's
 * callers. A classroom focus tool, not security: teacher mode turns it off with one click.
 */
import type { Board, GraphDocument, Lesson, LessonItem } from '../graph/graph-file.ts'
import { emptyBoard } from '../graph/graph-file.ts'

/** How a student meets a node or a param: as usual, shown but not editable, or not at all. */
export type Access = 'open' | 'locked' | 'hidden'

export type LessonList = keyof Lesson

function hasEntries(lesson: Lesson | undefined): lesson is Lesson {
  return lesson !== undefined && (lesson.locked.length > 0 || lesson.hidden.length > 0)
}

/** Whether the graph carries a lesson at all. */
export function hasLesson(doc: GraphDocument): boolean {
  return hasEntries(doc.board?.lesson)
}

/** The lesson that applies now: the graph's, unless the teacher is editing it (teacher mode). */
export function activeLesson(doc: GraphDocument, teaching: boolean): Lesson | null {
  const lesson = doc.board?.lesson
  return !teaching && hasEntries(lesson) ? lesson : null
}

/** Whether two entries (or board controls) name the same thing: the node, and the same param or input (or neither). */
export function sameItem(a: LessonItem, b: LessonItem): boolean {
  return a.node === b.node && a.param === b.param && a.input === b.input
}

function listed(list: readonly LessonItem[], item: LessonItem): boolean {
  return list.some((i) => sameItem(i, item))
}

/** Whether the teacher listed exactly this node (no param or input), param or input. */
export function isListed(lesson: Lesson | undefined, list: LessonList, item: LessonItem): boolean {
  return lesson !== undefined && listed(lesson[list], item)
}

export function nodeAccess(lesson: Lesson | null, node: string): Access {
  if (!lesson) return 'open'
  if (listed(lesson.hidden, { node })) return 'hidden'
  return listed(lesson.locked, { node }) ? 'locked' : 'open'
}

/** A control (a param or an input) is hidden or locked by its own entry or by its node's. */
export function controlAccess(lesson: Lesson | null, item: LessonItem): Access {
  const ofNode = nodeAccess(lesson, item.node)
  if (!lesson || ofNode === 'hidden') return ofNode
  if (listed(lesson.hidden, item)) return 'hidden'
  return ofNode === 'locked' || listed(lesson.locked, item) ? 'locked' : 'open'
}

export function paramAccess(lesson: Lesson | null, node: string, param: string): Access {
  return controlAccess(lesson, { node, param })
}

/** The board with `item` added to (on) or removed from (off) one of the lesson's lists. */
export function withLessonItem(board: Board | undefined, list: LessonList, item: LessonItem, on: boolean): Board {
  const b = board ?? emptyBoard()
  const lesson: Lesson = b.lesson ?? { locked: [], hidden: [] }
  const others = lesson[list].filter((i) => !sameItem(i, item))
  const next: Lesson = { ...lesson, [list]: on ? [...others, { ...item }] : others }
  // An emptied lesson leaves the file as it was before the teacher began.
  const { lesson: _old, ...rest } = b
  return hasEntries(next) ? { ...rest, lesson: next } : rest
}

/** An entry for a whole node, not one of its controls. */
function isWholeNode(item: LessonItem): boolean {
  return item.param === undefined && item.input === undefined
}

/** The lesson without the entries of nodes that are gone. */
export function lessonWithoutNodes(lesson: Lesson, gone: ReadonlySet<string>): Lesson | undefined {
  const next = { locked: lesson.locked.filter((i) => !gone.has(i.node)), hidden: lesson.hidden.filter((i) => !gone.has(i.node)) }
  return hasEntries(next) ? next : undefined
}

/** The document a student's canvas shows: without hidden nodes and their wires. */
export function shownDocument(doc: GraphDocument, lesson: Lesson | null): GraphDocument {
  const hidden = new Set((lesson?.hidden ?? []).filter(isWholeNode).map((i) => i.node))
  if (hidden.size === 0) return doc
  return {
    ...doc,
    nodes: doc.nodes.filter((n) => !hidden.has(n.id)),
    connections: doc.connections.filter((c) => !hidden.has(c.from.node) && !hidden.has(c.to.node)),
  }
}

/** The mark each node the teacher locked or hid carries on the canvas (a teacher sees what students will miss). */
export function lessonMarks(doc: GraphDocument): Map<string, 'locked' | 'hidden'> {
  const lesson = doc.board?.lesson
  const marks = new Map<string, 'locked' | 'hidden'>()
  for (const i of lesson?.locked ?? []) if (isWholeNode(i)) marks.set(i.node, 'locked')
  for (const i of lesson?.hidden ?? []) if (isWholeNode(i)) marks.set(i.node, 'hidden')
  return marks
}

/** The nodes among `ids` a student may not move, delete, rewire or edit (locked or hidden). */
export function fixedNodes(lesson: Lesson | null, ids: readonly string[]): string[] {
  return ids.filter((id) => nodeAccess(lesson, id) !== 'open')
}
