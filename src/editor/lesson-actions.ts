import { BehaviorSubject } from 'rxjs'
import type { Observable } from 'rxjs'
import { serializeGraph } from '../graph/serialize.ts'
import type { Catalog, Connection, GraphDocument, Lesson, LessonItem } from '../graph/index.ts'
import { inputName, nodeName, paramName, sentence } from '../graph/node-names.ts'
import { connectionLocks, touchedLocks } from './lesson-guard.ts'
import { readGraphText } from './graph-text.ts'
import { activeLesson, controlAccess, fixedNodes, hasLesson, nodeAccess, paramAccess, withLessonItem } from './lesson-rules.ts'
import type { LessonList } from './lesson-rules.ts'
import type { AppStore } from './store.ts'

const STORAGE_KEY = 'flowgrad.lesson'

/** Private windows may refuse storage: the lesson to restore then lasts for this visit only. */
function safely<T>(act: () => T): T | null {
  try {
    return act()
  } catch {
    return null
  }
}

/** What the page shows of the lesson: whether the teacher is editing it, and whether it can be restored. */
export interface LessonState {
  /** Teacher mode: everything shows and can be edited, with lock and hide toggles. */
  readonly teaching: boolean
  /** The graph as the teacher shared it (or as it was opened), to restore from; null without a lesson. */
  readonly lessonText: string | null
}

/**
 * Teacher mode and the lesson view. The locks themselves are part of the graph (board.lesson,
 * so Share carries them); whether the teacher is editing them is this page's state. Leaving
 * or entering teacher mode is one click for anyone: a classroom focus tool, not security.
 */
export class LessonActions {
  private readonly subject = new BehaviorSubject<LessonState>({ teaching: false, lessonText: null })
  readonly state$: Observable<LessonState> = this.subject.asObservable()

  constructor(
    private readonly store: AppStore,
    private readonly catalog: Catalog,
    /** Keeps the lesson to restore across reloads, while the autosave keeps the student's changes. */
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = globalThis.localStorage ?? null,
  ) {}

  get state(): LessonState {
    return this.subject.value
  }

  /** The locks that apply now (none in teacher mode). */
  get active(): Lesson | null {
    return activeLesson(this.store.doc, this.state.teaching)
  }

  /**
   * A graph was opened: a lesson opens locked, and is what "Reset to the lesson" restores. The
   * autosaved graph (a reload) holds the student's changes: the lesson stored earlier stays.
   */
  opened(doc: GraphDocument, autosaved = false): void {
    const stored = autosaved && hasLesson(doc) ? safely(() => this.storage?.getItem(STORAGE_KEY) ?? null) : null
    this.subject.next({ teaching: false, lessonText: stored ?? (hasLesson(doc) ? serializeGraph(doc) : null) })
    this.remember()
  }

  /** The teacher shared this text: it is the lesson students (and this page) restore. */
  shared(text: string): void {
    if (!hasLesson(this.store.doc)) return
    this.subject.next({ ...this.state, lessonText: text })
    this.remember()
  }

  private remember(): void {
    const text = this.state.lessonText
    safely(() => (text === null ? this.storage?.removeItem(STORAGE_KEY) : this.storage?.setItem(STORAGE_KEY, text)))
  }

  setTeaching(teaching: boolean): void {
    this.subject.next({ ...this.state, teaching })
  }

  /** Locks or hides (on) a node or a param, or takes that back: a document edit, undoable. */
  set(list: LessonList, item: LessonItem, on: boolean): void {
    this.store.setBoard(withLessonItem(this.store.doc.board, list, item, on))
  }

  /** Restores the graph as the teacher shared it; one Undo brings the student's version back. */
  reset(): void {
    const text = this.state.lessonText
    const parsed = text === null ? null : readGraphText(text, this.catalog)
    if (parsed?.ok) this.store.commit(parsed.doc)
  }

  /** Whether a student may change this param now. */
  canEditParam(node: string, param: string): boolean {
    return paramAccess(this.active, node, param) === 'open'
  }

  /** Whether a student may change what feeds this input now (on the board or by a wire). */
  canEditInput(node: string, input: string): boolean {
    return controlAccess(this.active, { node, input }) === 'open'
  }

  /** Whether a student may draw or remove this wire: neither end locked, nor the input; a toast says which is. */
  canWire(c: Connection): boolean {
    return this.allowed(this.active ? connectionLocks(this.active, c) : [])
  }

  /** Whether a student may turn the graph into `next` (a layer command's edit); a toast names what is locked. */
  allows(next: GraphDocument): boolean {
    return this.allowed(touchedLocks(this.active, this.store.doc, next))
  }

  private allowed(locks: readonly LessonItem[]): boolean {
    if (locks.length === 0) return true
    const names = locks.map((item) => this.nameOf(item)).join(', ')
    this.store.toast(`${sentence(names)} ${locks.length === 1 ? 'is' : 'are'} locked by the teacher.`)
    return false
  }

  /** A lesson entry as the canvas names it: a node, "the optimizer of SGD", "the learning rate of Adam". */
  private nameOf(item: LessonItem): string {
    const doc = this.store.doc
    if (item.input !== undefined) return inputName(doc, this.catalog, { node: item.node, port: item.input })
    if (item.param !== undefined) return paramName(doc, this.catalog, item.node, item.param)
    return nodeName(doc, this.catalog, item.node)
  }

  /** Whether a student may move, delete, rename or rewire this node now. */
  canEditNode(node: string): boolean {
    return nodeAccess(this.active, node) === 'open'
  }

  /** The nodes among `ids` a student may delete; a toast names the others. */
  removable(ids: readonly string[]): string[] {
    const fixed = fixedNodes(this.active, ids)
    this.allowed(fixed.map((node) => ({ node })))
    return ids.filter((id) => !fixed.includes(id))
  }
}
