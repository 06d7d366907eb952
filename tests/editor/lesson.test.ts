import { describe, expect, it } from 'vitest'
import { createRegistry } from '../../nodes/index.ts'
import { AppStore } from '../../src/editor/store.ts'
import { LessonActions } from '../../src/editor/lesson-actions.ts'
import { activeLesson, paramAccess, shownDocument, withLessonItem } from '../../src/editor/lesson-rules.ts'
import { touchedLocks } from '../../src/editor/lesson-guard.ts'
import type { GraphDocument, Lesson } from '../../src/graph/index.ts'

const catalog = createRegistry()

function graph(lesson?: Lesson): GraphDocument {
  return {
    format: 'flowgrad',
    version: 2,
    meta: { title: 'lesson' },
    board: { charts: [], controls: [{ node: 'adam', param: 'learningRate' }], ...(lesson ? { lesson } : {}) },
    nodes: [
      { id: 'iris', type: 'data/iris', position: [0, 0], params: {} },
      { id: 'std', type: 'preprocess/standardize', position: [240, 0], params: {} },
      { id: 'adam', type: 'optimizer/adam', position: [0, 200], params: { learningRate: 0.01 } },
    ],
    connections: [{ from: { node: 'iris', port: 'dataset' }, to: { node: 'std', port: 'data' } }],
    tweaks: [],
  }
}

/** A page's lesson over a store whose runtime is a list, and storage that is a map. */
function lessonPage(): { store: AppStore; lesson: LessonActions; storage: Map<string, string> } {
  const store = new AppStore(catalog, { send: () => undefined })
  const storage = new Map<string, string>()
  const lesson = new LessonActions(store, catalog, { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v), removeItem: (k) => void storage.delete(k) })
  return { store, lesson, storage }
}

const lr = (store: AppStore) => store.doc.nodes.find((n) => n.id === 'adam')?.params.learningRate

describe('the lesson rules', () => {
  it('a param is locked by its own entry or its node\'s, and hidden by its node being hidden', () => {
    const lesson = { locked: [{ node: 'adam' }], hidden: [{ node: 'std' }, { node: 'adam', param: 'beta1' }] }
    expect([paramAccess(lesson, 'adam', 'learningRate'), paramAccess(lesson, 'adam', 'beta1'), paramAccess(lesson, 'std', 'x'), paramAccess(lesson, 'iris', 'x')]).toEqual(['locked', 'hidden', 'hidden', 'open'])
  })

  it('teacher mode lifts every lock', () => {
    expect(activeLesson(graph({ locked: [{ node: 'adam' }], hidden: [] }), true)).toBeNull()
  })

  it('a student\'s canvas lacks the hidden nodes and their wires', () => {
    const shown = shownDocument(graph(), { locked: [], hidden: [{ node: 'std' }] })
    expect([shown.nodes.map((n) => n.id), shown.connections]).toEqual([['iris', 'adam'], []])
  })

  it('taking back the last lock leaves the board as it was before the lesson', () => {
    const locked = withLessonItem(graph().board, 'locked', { node: 'adam', param: 'learningRate' }, true)
    expect(withLessonItem(locked, 'locked', { node: 'adam', param: 'learningRate' }, false)).toEqual(graph().board)
  })
})

describe('the lesson in the editor', () => {
  it('reset to the lesson restores the graph as it was opened, and Undo brings the student\'s back', () => {
    const { store, lesson } = lessonPage()
    const doc = graph({ locked: [], hidden: [{ node: 'std' }] })
    lesson.opened(doc)
    store.load(doc)
    store.setParam('adam', 'learningRate', 0.5)
    lesson.reset()
    expect(lr(store)).toBe(0.01)
    store.undo()
    expect(lr(store)).toBe(0.5)
  })

  it('after a reload the lesson to restore is the one stored, not the autosaved graph', () => {
    const { store, lesson } = lessonPage()
    const doc = graph({ locked: [{ node: 'adam' }], hidden: [] })
    lesson.opened(doc)
    const changed = { ...doc, nodes: doc.nodes.map((n) => (n.id === 'adam' ? { ...n, params: { learningRate: 0.5 } } : n)) }
    lesson.opened(changed, true)
    store.load(changed)
    lesson.reset()
    expect(lr(store)).toBe(0.01)
  })

  it('a graph without a lesson has nothing to reset to', () => {
    const { lesson, storage } = lessonPage()
    lesson.opened(graph({ locked: [{ node: 'adam' }], hidden: [] }))
    lesson.opened(graph())
    expect([lesson.state.lessonText, storage.size]).toEqual([null, 0])
  })
})

const unwired = (doc: GraphDocument): GraphDocument => ({ ...doc, connections: [] })
const without = (doc: GraphDocument, id: string): GraphDocument => ({ ...doc, nodes: doc.nodes.filter((n) => n.id !== id), connections: doc.connections.filter((c) => c.from.node !== id && c.to.node !== id) })
const withRate = (doc: GraphDocument, rate: number): GraphDocument => ({ ...doc, nodes: doc.nodes.map((n) => (n.id === 'adam' ? { ...n, params: { learningRate: rate } } : n)) })
const lesson = (locked: Lesson['locked'], hidden: Lesson['hidden'] = []): Lesson => ({ locked, hidden })

describe('an edit of the whole graph against the teacher\'s lesson', () => {
  it('touches nothing without a lesson', () => {
    expect(touchedLocks(null, graph(), without(graph(), 'std'))).toEqual([])
  })

  it('touches a locked node it removes', () => {
    expect(touchedLocks(lesson([{ node: 'std' }]), graph(), without(graph(), 'std'))).toEqual([{ node: 'std' }])
  })

  it('touches a locked node whose wire it removes, once', () => {
    expect(touchedLocks(lesson([{ node: 'std' }]), graph(), unwired(graph()))).toEqual([{ node: 'std' }])
  })

  it('touches a hidden node whose wire it removes', () => {
    expect(touchedLocks(lesson([], [{ node: 'iris' }]), graph(), unwired(graph()))).toEqual([{ node: 'iris' }])
  })

  it('touches a locked input whose wire it removes', () => {
    expect(touchedLocks(lesson([{ node: 'std', input: 'data' }]), graph(), unwired(graph()))).toEqual([{ node: 'std', input: 'data' }])
  })

  it('touches a locked param it changes', () => {
    expect(touchedLocks(lesson([{ node: 'adam', param: 'learningRate' }]), graph(), withRate(graph(), 0.1))).toEqual([{ node: 'adam', param: 'learningRate' }])
  })

  it('lets an edit of open things through', () => {
    expect(touchedLocks(lesson([{ node: 'adam' }]), graph(), unwired(graph()))).toEqual([])
  })
})
